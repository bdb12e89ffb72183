import type { ScriptContext } from '../runtime/context';
import { createContentService } from './content';
import { createHtmlService } from './service';

export { createHtmlService } from './service';
export { createContentService, MimeType, CONTENT_TYPES } from './content';
export { XFrameOptionsMode, SandboxMode, snapshotOf, type OutputSnapshot } from './output';
export { compileTemplate, escapeHtml } from './template';

/** The globals this folder contributes to every execution. */
export function createHtmlGlobals(ctx: ScriptContext): Record<string, unknown> {
  return { HtmlService: createHtmlService(ctx), ContentService: createContentService(ctx) };
}
