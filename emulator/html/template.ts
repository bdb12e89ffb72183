import * as vm from 'node:vm';

/**
 * Apps Script's HTML templates (https://developers.google.com/apps-script/guides/html/templates):
 * `<?= expr ?>` prints the value escaped, `<?!= expr ?>` prints it as it is (force-printing),
 * `<? code ?>` runs code (loops, ifs spanning HTML). Compiled, as Google does, into JavaScript
 * that appends to an output buffer; the template's own properties are its variables.
 */

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The JavaScript a template compiles to (what HtmlTemplate.getCode shows). */
export function compileTemplate(source: string): string {
  const parts: string[] = ['(function () { var __out = [];'];
  const pattern = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null) {
    if (match.index > last)
      parts.push(`__out.push(${JSON.stringify(source.slice(last, match.index))});`);
    const code = match[2].trim();
    if (match[1] === '=') parts.push(`__out.push(__escape(${code}));`);
    else if (match[1] === '!=') parts.push(`__out.push(String((${code}) ?? ''));`);
    else parts.push(`${code}\n`);
    last = pattern.lastIndex;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  parts.push("return __out.join(''); })()");
  return parts.join('\n');
}

/**
 * Runs a compiled template. Scriptlets see the template's properties and the standard
 * JavaScript globals; unlike Apps Script they do not see the calling script's own functions
 * (see LIMITATIONS.md).
 */
export function runTemplate(code: string, variables: Record<string, unknown>): string {
  const sandbox = vm.createContext({ ...variables, __escape: escapeHtml });
  try {
    return String(vm.runInContext(code, sandbox, { filename: 'HtmlTemplate' }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message);
  }
}
