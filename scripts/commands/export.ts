import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportSheetCsv, listSheets } from '../../emulator/spreadsheet';
import { outbox } from '../../emulator/mail';
import { driveTree } from '../../emulator/drive';
import { scriptStore, type ScriptStore } from '../../emulator/script/store';
import type { Workspace } from '../../emulator/workspace';
import { say, withWorkspace, type WorkspaceOptions } from './common';

export interface OutboxEntry {
  id: string;
  to: string[];
  cc: string[];
  bcc: string[];
  /** Where a reply goes: a client's mail names the client's own coach. */
  replyTo: string | null;
  subject: string;
  sentAt: string;
  kind: string | null;
  clientId: string | null;
  week: string | null;
  links: string[];
}

/**
 * Etäpaja marks each mail's HTML root with `data-etapaja-kind`, `-client` and `-week` so that
 * tools can tell mails apart without reading our own logs; everything else is read from the mail.
 */
export function describeMail(message: {
  id: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string | null;
  subject: string;
  sentAt: number;
  html?: string;
}): OutboxEntry {
  const html = message.html ?? '';
  const attr = (name: string) =>
    html.match(new RegExp(`data-etapaja-${name}="([^"]*)"`))?.[1] ?? null;
  const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  return {
    id: message.id,
    to: message.to,
    cc: message.cc,
    bcc: message.bcc,
    replyTo: message.replyTo ?? null,
    subject: message.subject,
    sentAt: new Date(message.sentAt).toISOString(),
    kind: attr('kind'),
    clientId: attr('client'),
    week: attr('week'),
    links: [...new Set(links)],
  };
}

export function exportWorkspace(workspace: Workspace, out: string): string[] {
  const written: string[] = [];
  const write = (name: string, content: string) => {
    const file = path.join(out, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    written.push(file);
  };
  const sheetsStore = workspace.rt.store('spreadsheet');
  const id = workspace.meta.boundSpreadsheetId as string;
  for (const { name } of listSheets(sheetsStore as never, id)) {
    write(
      path.join('sheets', `${name.replace(/[\\/:*?"<>|]/g, '_')}.csv`),
      exportSheetCsv(sheetsStore as never, id, name),
    );
  }
  write(
    'outbox.json',
    JSON.stringify(outbox(workspace.rt.store('mail') as never).map(describeMail), null, 2),
  );
  write('drive.json', JSON.stringify(driveTree(workspace.rt.store('drive') as never), null, 2));
  const scripts = workspace.rt.store<ScriptStore>(scriptStore.name);
  write('triggers.json', JSON.stringify(scripts.triggers, null, 2));
  write('calls.json', JSON.stringify(scripts.executions, null, 2));
  const calendar = workspace.rt.stores.calendar ?? { calendars: {} };
  write('calendar.json', JSON.stringify(calendar, null, 2));
  return written;
}

export function exportCommand(options: WorkspaceOptions & { out: string }): void {
  withWorkspace(options, (workspace) => {
    const files = exportWorkspace(workspace, options.out);
    say(
      options.json
        ? JSON.stringify({ files }, null, 2)
        : `Wrote ${files.length} files under ${options.out}`,
    );
  });
}
