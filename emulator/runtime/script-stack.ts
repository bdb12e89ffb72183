/**
 * Stack traces as Apps Script shows them: only the script's own frames, named by its files.
 * A script's `e.stack` reads `at helper(Util:3:12)`; the editor's execution log lists a failed
 * execution's frames as `helper @ Util.gs:3`. The runtime's own frames (services, the CLI, Node)
 * never show: they are not the script author's, and Apps Script has none of them.
 *
 * A project's files are loaded as one script (one global scope); each file after the first
 * begins with a `//@file NAME` line (scripts/commands/script-project.ts writes them), which maps
 * a line of the whole back to its file. A project without markers is one file, `Code`.
 */

export const FILE_MARKER = '//@file ';

interface FileStart {
  /** 1-based line of the whole script where this file's first line is. */
  line: number;
  name: string;
}

export interface ScriptFrame {
  fn: string | null;
  file: string;
  line: number;
  column: number;
}

const projects = new Map<string, FileStart[]>();
const traces = new WeakMap<object, ScriptFrame[]>();

/** Records where each file of a compiled project begins (`filename` as given to vm.Script). */
export function registerScript(filename: string, code: string): void {
  const starts: FileStart[] = [{ line: 1, name: 'Code' }];
  let at = 0;
  for (let line = 1; at !== -1; line++) {
    if (code.startsWith(FILE_MARKER, at)) {
      const end = code.indexOf('\n', at);
      const name = code.slice(at + FILE_MARKER.length, end === -1 ? undefined : end).trim();
      starts.push({ line: line + 1, name: name.replace(/\.(js|gs)$/, '') });
    }
    at = code.indexOf('\n', at);
    if (at !== -1) at++;
  }
  // Code before the first marker (none, for a folder) is not a file of its own.
  if (starts.length > 1 && starts[1].line === 2) starts.shift();
  projects.set(filename, starts);
}

function locate(filename: string | null, line: number, column: number, fn: string | null) {
  const files = filename ? projects.get(filename) : undefined;
  if (!files) return undefined;
  let file = files[0];
  for (const start of files) if (start.line <= line) file = start;
  return { fn, file: file.name, line: line - file.line + 1, column };
}

const V8_FRAME = /^\s*at (?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

function framesOfText(stack: string): ScriptFrame[] {
  const frames: ScriptFrame[] = [];
  for (const text of stack.split('\n')) {
    const m = V8_FRAME.exec(text);
    const frame = m && locate(m[2], Number(m[3]), Number(m[4]), m[1] ?? null);
    if (frame) frames.push(frame);
  }
  return frames;
}

function header(error: { name?: unknown; message?: unknown }): string {
  const message = String(error.message ?? '');
  return message ? `${String(error.name ?? 'Error')}: ${message}` : String(error.name ?? 'Error');
}

function stackText(error: { name?: unknown; message?: unknown }, frames: ScriptFrame[]): string {
  const lines = frames.map((f) =>
    f.fn
      ? `    at ${f.fn}(${f.file}:${f.line}:${f.column})`
      : `    at ${f.file}:${f.line}:${f.column}`,
  );
  return [header(error), ...lines].join('\n');
}

/** Error.prepareStackTrace for a script's context: errors made by script code. */
export function prepareScriptStack(error: object, sites: NodeJS.CallSite[]): string {
  const frames: ScriptFrame[] = [];
  for (const site of sites) {
    const frame = locate(
      site.getFileName() ?? null,
      site.getLineNumber() ?? 0,
      site.getColumnNumber() ?? 0,
      site.getFunctionName(),
    );
    if (frame) frames.push(frame);
  }
  traces.set(error, frames);
  return stackText(error as Error, frames);
}

/**
 * A service's error (made in the runtime's realm) gets the script's frames only, as Google's
 * `Exception: …` has. Errors raised outside any script keep Node's stack.
 */
export function scriptOnlyStack(error: Error): Error {
  const frames = framesOfText(String(error.stack ?? ''));
  if (frames.length === 0) return error;
  traces.set(error, frames);
  Object.defineProperty(error, 'stack', {
    value: stackText(error, frames),
    writable: true,
    configurable: true,
  });
  return error;
}

/** The script frames of an error that ended an execution, for the execution log. */
export function scriptFramesOf(error: unknown): ScriptFrame[] {
  if (!error || typeof error !== 'object') return [];
  // Reading the stack first runs the context's prepareStackTrace, which records the frames.
  const stack = (error as { stack?: unknown }).stack;
  const known = traces.get(error);
  if (known) return known;
  return typeof stack === 'string' ? framesOfText(stack) : [];
}

/** A script's error copied into the runtime's realm keeps its frames. */
export function carryFrames(from: unknown, to: Error): Error {
  traces.set(to, scriptFramesOf(from));
  return to;
}

/** The editor's lines under a failed execution's error: `helper @ Util.gs:3`. */
export function logFrames(frames: ScriptFrame[]): string[] {
  return frames.map((f) => `    ${f.fn ?? '(anonymous)'}\t@ ${f.file}.gs:${f.line}`);
}
