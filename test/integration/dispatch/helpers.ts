import { bundle } from '../../helpers/workspace';
import { Workspace } from '../../../emulator/workspace';
import { outbox, type MailStore, type SentMessage } from '../../../emulator/mail';

export const START = '2026-11-26T08:00:00+02:00'; // Thursday; the weekly trigger fires 12:00–13:00

/** A workspace with setup done, the demo roster loaded and next week planned. */
// Read once: other suites may rebuild dist/ while this one runs.
const BUILT = bundle();

export function plannedWorkspace(start = START): Workspace {
  const ws = Workspace.init('', { start });
  ws.push('etapaja', BUILT.code, BUILT.manifest, 'Etäpaja');
  ws.call('setup');
  ws.call('loadDemoRoster');
  ws.call('planNextWeek');
  return ws;
}

export function mails(ws: Workspace): SentMessage[] {
  return outbox(ws.rt.store<MailStore>('mail'));
}

/** What the mail itself says about itself: the data attributes on its HTML root. */
export function meta(message: SentMessage): { kind: string; client: string; week: string } {
  const html = message.html ?? '';
  const attr = (name: string) => new RegExp(`<html[^>]*\\b${name}="([^"]*)"`).exec(html)?.[1] ?? '';
  return {
    kind: attr('data-etapaja-kind'),
    client: attr('data-etapaja-client'),
    week: attr('data-etapaja-week'),
  };
}

export function weeklyCounts(ws: Workspace): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mails(ws)) {
    const { kind, client } = meta(m);
    if (kind === 'weekly') counts.set(client, (counts.get(client) ?? 0) + 1);
  }
  return counts;
}
