import { byId, clear, h } from './dom';

/** Words from the server (every `sidebar.` message of the workbook's language). */
let messages: Record<string, string> = {};

export function setMessages(m: Record<string, string>): void {
  messages = m;
}

export function msg(key: string, params: Record<string, string | number> = {}): string {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

let busy = 0;

/**
 * Runs a server call with visible progress (the polite status region and aria-busy) and shows
 * any failure in plain words in the alert region. Repeated presses while busy are ignored.
 */
export async function withProgress<T>(work: () => Promise<T>): Promise<T | undefined> {
  if (busy > 0) return undefined;
  busy++;
  const status = byId('status');
  const error = byId('error');
  clear(error);
  document.body.setAttribute('aria-busy', 'true');
  status.textContent = msg('sidebar.working');
  try {
    const value = await work();
    status.textContent = msg('sidebar.done');
    return value;
  } catch (e) {
    status.textContent = '';
    showError(plain(e));
    return undefined;
  } finally {
    busy--;
    document.body.removeAttribute('aria-busy');
  }
}

export function showError(text: string): void {
  const error = byId('error');
  clear(error);
  error.appendChild(h('p', {}, text));
}

/** An error in words a coach understands: the server's own message without stack or prefix. */
export function plain(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e ?? '');
  if (/failed to fetch|network/i.test(text)) return msg('sidebar.error.network');
  return msg('sidebar.error', { message: text.replace(/^(Error|Exception):\s*/, '') });
}
