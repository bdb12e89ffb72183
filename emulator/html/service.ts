import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { projectsStore, type ProjectsStore } from '../projects/store';
import { SandboxMode, XFrameOptionsMode, createHtmlOutput } from './output';
import { compileTemplate, runTemplate } from './template';

/**
 * HtmlService: https://developers.google.com/apps-script/reference/html/html-service
 * Files come from the project as pushed (`files` of the projects store: dist/*.html), named
 * without `.html` as in the Apps Script editor; `createHtmlOutputFromFile('sidebar.html')` works
 * too, as it does in Apps Script.
 */

function projectFile(ctx: ScriptContext, name: string): string {
  const project = ctx.rt.store<ProjectsStore>(projectsStore.name).projects[ctx.projectId];
  const files = project?.files ?? {};
  const key = String(name).replace(/\.html$/, '');
  const html = files[key];
  // Google's text for a file the project lacks.
  if (html === undefined) throw new Error(`No HTML file named ${String(name)} was found.`);
  return html;
}

function createTemplate(ctx: ScriptContext, source: string): GoogleAppsScript.HTML.HtmlTemplate {
  const call = (method: string) => ctx.rt.call('HtmlTemplate', method);
  // Scriptlet variables are the template's own enumerable properties, set by the script.
  const template: Record<string, unknown> = {};
  const methods = {
    evaluate() {
      call('evaluate');
      const variables: Record<string, unknown> = {};
      for (const key of Object.keys(template)) variables[key] = template[key];
      const html = runTemplate(compileTemplate(source), variables);
      return createHtmlOutput(ctx, html, (h) => createTemplate(ctx, h));
    },
    getCode() {
      call('getCode');
      return compileTemplate(source);
    },
    getCodeWithComments() {
      call('getCodeWithComments');
      return compileTemplate(source);
    },
    getRawContent() {
      call('getRawContent');
      return source;
    },
    toString: () => 'HtmlTemplate',
  };
  const target = new Proxy(template, {
    get(object, property) {
      if (typeof property === 'string' && property in methods)
        return methods[property as keyof typeof methods];
      return Reflect.get(object, property);
    },
    set(object, property, value) {
      if (typeof property === 'string' && property in methods) return false;
      return Reflect.set(object, property, value);
    },
    has(object, property) {
      return property in methods || Reflect.has(object, property);
    },
  });
  return withCoverage(target, 'HtmlTemplate') as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

export function createHtmlService(ctx: ScriptContext): GoogleAppsScript.HTML.HtmlService {
  const call = (method: string) => ctx.rt.call('HtmlService', method);
  const service = {
    XFrameOptionsMode,
    SandboxMode,
    createHtmlOutput(html?: unknown) {
      call('createHtmlOutput');
      let content = '';
      if (html !== undefined && html !== null) {
        const blob = html as { getDataAsString?: () => string };
        content =
          typeof blob.getDataAsString === 'function' ? blob.getDataAsString() : String(html);
      }
      return createHtmlOutput(ctx, content, (h) => createTemplate(ctx, h));
    },
    createHtmlOutputFromFile(filename: string) {
      call('createHtmlOutputFromFile');
      return createHtmlOutput(ctx, projectFile(ctx, filename), (h) => createTemplate(ctx, h));
    },
    createTemplate(html: unknown) {
      call('createTemplate');
      const blob = html as { getDataAsString?: () => string };
      return createTemplate(
        ctx,
        typeof blob?.getDataAsString === 'function' ? blob.getDataAsString() : String(html),
      );
    },
    createTemplateFromFile(filename: string) {
      call('createTemplateFromFile');
      return createTemplate(ctx, projectFile(ctx, filename));
    },
    getUserAgent() {
      call('getUserAgent');
      return 'Mozilla/5.0 (Etäpaja offline Apps Script runtime)';
    },
    toString: () => 'HtmlService',
  };
  return withCoverage(service, 'HtmlService') as unknown as GoogleAppsScript.HTML.HtmlService;
}
