import type { drive_v3, sheets_v4 } from 'googleapis';
import { dateInZone } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/types';
import { Workspace } from '../../emulator/workspace';
import { startRestServer } from '../../emulator/rest';
import {
  FOLDER_MIME_TYPE,
  getItem,
  listChildren,
  listPermissions,
  type AuditItem,
  type AuditPermission,
} from './audit-drive';
import {
  readWorkbook,
  retentionEnds,
  type AuditClient,
  type AuditWorkbook,
} from './audit-workbook';
import { DEFAULT_DIR } from './common';

/**
 * `etapaja audit`: who can reach which client folder, what is past retention, what is shared by
 * link, and who owns the triggers — read through the Google APIs (`googleapis`, Drive v3 and
 * Sheets v4), never through Apps Script. Offline it talks to the emulator's REST server on
 * 127.0.0.1; online to Google with an administrator's OAuth token (docs/admin/audit.md).
 */

export type FindingKind =
  | 'stranger'
  | 'link-sharing'
  | 'domain-sharing'
  | 'past-retention'
  | 'closed-without-end-date'
  | 'trigger-owner'
  | 'folder-unreachable'
  | 'folder-trashed'
  | 'workbook-shared';

export interface Finding {
  kind: FindingKind;
  /** What it means in one sentence, in English (the JSON is for tools and the DPO's notes). */
  detail: string;
  clientId?: string;
  itemId?: string;
  itemName?: string;
  /** The folder or file path under the client's folder, e.g. `A0003 SM/2026-W49/photo.jpg`. */
  path?: string;
  email?: string;
  role?: string;
  permissionType?: string;
  domain?: string;
}

export interface AuditReport {
  spreadsheetId: string;
  workbook: string;
  workbookOwner: string;
  today: IsoDate;
  coaches: string[];
  retentionMonths: number;
  checked: { clients: number; folders: number; files: number };
  triggerLedger: { owner: string; functions: string[]; time: string }[];
  notes: string[];
  findings: Finding[];
}

export interface AuditApis {
  drive: drive_v3.Drive;
  sheets: sheets_v4.Sheets;
}

/**
 * The audit over any Drive v3 and Sheets v4 clients: the emulator's or Google's. `today` is the
 * calendar day retention is measured against (the workbook's zone).
 */
export async function runAudit(
  apis: AuditApis,
  spreadsheetId: string,
  today: IsoDate,
): Promise<AuditReport> {
  const wb = await readWorkbook(apis.sheets, spreadsheetId);
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const key of wb.missingSheets)
    notes.push(`Sheet "${key}" not found: run setup (Etäpaja → Ota käyttöön).`);

  const book = await getItem(apis.drive, spreadsheetId);
  const workbookOwner = book?.owner ?? '';
  const coaches = [...new Set(wb.settings.coaches.map((c) => c.toLowerCase()))];
  // Staff: the coaches in the settings, the coach named on an open client's row and the
  // account that owns the workbook (it owns the folders and runs the triggers).
  const staff = new Set<string>([...coaches, ...(workbookOwner ? [workbookOwner] : [])]);
  for (const c of wb.clients) if (c.status !== 'closed' && c.coach) staff.add(c.coach);

  await auditWorkbookSharing(apis.drive, spreadsheetId, staff, findings);
  const checked = { clients: wb.clients.length, folders: 0, files: 0 };
  for (const client of wb.clients) {
    auditRetention(client, wb, today, findings);
    if (!client.folderId) continue;
    const allowed = new Set([...staff, client.email, client.coach].filter((e) => e !== ''));
    await auditClientFolder(apis.drive, client, allowed, findings, checked);
  }
  auditTriggers(wb, staff, findings, notes);
  return {
    spreadsheetId,
    workbook: wb.title,
    workbookOwner,
    today,
    coaches,
    retentionMonths: wb.settings.retentionMonths,
    checked,
    triggerLedger: wb.triggerLedger,
    notes,
    findings,
  };
}

/**
 * The same rule as the nightly retention job (src/core/retention.ts): a client whose last period
 * ended more than the retention months ago is due for archiving and purging, whatever the
 * status says; a closed client without any end date cannot be measured at all.
 */
function auditRetention(
  client: AuditClient,
  wb: AuditWorkbook,
  today: IsoDate,
  findings: Finding[],
): void {
  const until = retentionEnds(client, wb.settings.retentionMonths);
  if (until === null) {
    if (client.status !== 'closed') return;
    findings.push({
      kind: 'closed-without-end-date',
      clientId: client.id,
      detail: `Closed client on row ${client.row} has no period end date, so its retention cannot be measured.`,
    });
  } else if (until <= today) {
    findings.push({
      kind: 'past-retention',
      clientId: client.id,
      detail: `The client's last period ended ${client.endsOn}; the data was to be kept until ${until} (${wb.settings.retentionMonths} months). The nightly job archives and purges it; if this stays, check the log sheet.`,
    });
  }
}

/** Findings of one item's permissions that its folder above has not already shown. */
function judgePermissions(
  client: AuditClient,
  item: AuditItem,
  path: string,
  permissions: AuditPermission[],
  inherited: Set<string>,
  allowed: Set<string>,
  findings: Finding[],
): void {
  for (const p of permissions) {
    if (inherited.has(p.id)) continue;
    const where = { clientId: client.id, itemId: item.id, itemName: item.name, path };
    if (p.type === 'anyone') {
      findings.push({
        ...where,
        kind: 'link-sharing',
        role: p.role,
        permissionType: p.type,
        detail: `${path} is open to ${p.allowFileDiscovery ? 'anyone on the internet (public)' : 'anyone with the link'} as ${p.role}.`,
      });
    } else if (p.type === 'domain') {
      findings.push({
        ...where,
        kind: 'domain-sharing',
        role: p.role,
        permissionType: p.type,
        domain: p.domain,
        detail: `${path} is open to everyone in ${p.domain ?? 'a domain'} as ${p.role}.`,
      });
    } else {
      const who = p.emailAddress ?? '';
      // A client's uploads are owned by the client, so the client's address covers them too.
      if (who !== '' && allowed.has(who)) continue;
      findings.push({
        ...where,
        kind: 'stranger',
        email: who || undefined,
        role: p.role,
        permissionType: p.type,
        detail: `${who || `A ${p.type}`} (${p.role}) can reach ${path}, but is neither the client nor a coach.`,
      });
    }
  }
}

async function auditClientFolder(
  drive: drive_v3.Drive,
  client: AuditClient,
  allowed: Set<string>,
  findings: Finding[],
  checked: AuditReport['checked'],
): Promise<void> {
  const folder = await getItem(drive, client.folderId);
  if (!folder) {
    findings.push({
      kind: 'folder-unreachable',
      clientId: client.id,
      itemId: client.folderId,
      detail: `The folder in the clients sheet was not found, or is not shared with the auditing account.`,
    });
    return;
  }
  if (folder.trashed && client.status !== 'closed') {
    findings.push({
      kind: 'folder-trashed',
      clientId: client.id,
      itemId: folder.id,
      itemName: folder.name,
      detail: `The client's folder is in the trash, but the client is not closed.`,
    });
  }
  // Depth first; each level skips the permissions its folder already had (My Drive lists the
  // inherited ones on every item inside), so one stranger on a folder is one finding.
  const visit = async (item: AuditItem, path: string, inherited: Set<string>): Promise<void> => {
    if (item.mimeType === FOLDER_MIME_TYPE) checked.folders += 1;
    else checked.files += 1;
    const permissions = await listPermissions(drive, item.id);
    judgePermissions(client, item, path, permissions, inherited, allowed, findings);
    if (item.mimeType !== FOLDER_MIME_TYPE) return;
    const below = new Set([...inherited, ...permissions.map((p) => p.id)]);
    for (const child of await listChildren(drive, item.id)) {
      await visit(child, `${path}/${child.name}`, below);
    }
  };
  await visit(folder, folder.name, new Set());
}

async function auditWorkbookSharing(
  drive: drive_v3.Drive,
  spreadsheetId: string,
  staff: Set<string>,
  findings: Finding[],
): Promise<void> {
  let permissions: AuditPermission[];
  try {
    permissions = await listPermissions(drive, spreadsheetId);
  } catch {
    return; // Reported as a note by the caller's reading of the workbook if it matters.
  }
  for (const p of permissions) {
    const who = p.emailAddress ?? '';
    if (p.type === 'user' && staff.has(who)) continue;
    findings.push({
      kind:
        p.type === 'anyone'
          ? 'link-sharing'
          : p.type === 'domain'
            ? 'domain-sharing'
            : 'workbook-shared',
      itemId: spreadsheetId,
      email: who || undefined,
      role: p.role,
      permissionType: p.type,
      domain: p.domain,
      detail: `The coach's workbook (every client's data) is open to ${who || p.domain || `anyone${p.allowFileDiscovery ? '' : ' with the link'}`} as ${p.role}.`,
    });
  }
}

function auditTriggers(
  wb: AuditWorkbook,
  staff: Set<string>,
  findings: Finding[],
  notes: string[],
): void {
  if (wb.triggerLedger.length === 0) {
    notes.push(
      'No trigger ledger in the log sheet: run setup once (Etäpaja → Ota käyttöön) as each account that owns triggers, or check triggers by hand (docs/admin/audit.md).',
    );
    return;
  }
  for (const entry of wb.triggerLedger) {
    if (entry.functions.length === 0 || staff.has(entry.owner)) continue;
    findings.push({
      kind: 'trigger-owner',
      email: entry.owner,
      detail: `${entry.owner} owned ${entry.functions.length} trigger(s) (${[...new Set(entry.functions)].join(', ')}) at ${entry.time}, but is no longer a coach: their triggers still run with their access. Delete them (docs/admin/audit.md).`,
    });
  }
}

export interface AuditOptions {
  dir?: string;
  json?: boolean;
  /** Online: the spreadsheet id of the coach's workbook. */
  spreadsheet?: string;
  /** Online: the Desktop OAuth client JSON downloaded from Google Cloud. */
  credentials?: string;
  /** Online: where the OAuth token is cached (default ~/.config/etapaja/audit-token.json). */
  token?: string;
  /** The day retention is measured against (default: today in the workbook's zone). */
  today?: string;
}

/** The audit against an offline workspace, through the emulator's REST server. */
export async function auditWorkspace(
  workspace: Workspace,
  options: { today?: string } = {},
): Promise<AuditReport> {
  const { google } = await import('googleapis');
  const server = await startRestServer(workspace.rt);
  try {
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'offline-emulator-admin' });
    // Node's own fetch: gaxios would otherwise import node-fetch dynamically.
    const common = { auth, rootUrl: server.url, fetchImplementation: fetch };
    const apis: AuditApis = {
      drive: google.drive({ version: 'v3', ...common }),
      sheets: google.sheets({ version: 'v4', ...common }),
    };
    const today = options.today ?? dateInZone(workspace.now(), workspace.meta.timeZone);
    return await runAudit(apis, workspace.meta.boundSpreadsheetId as string, today);
  } finally {
    await server.close();
  }
}

export function formatReport(report: AuditReport): string {
  const lines = [
    `Data-protection audit of "${report.workbook}" (${report.spreadsheetId}) on ${report.today}`,
    `  workbook owner: ${report.workbookOwner || '(unknown)'}`,
    `  coaches:        ${report.coaches.join(', ') || '(none listed in the settings)'}`,
    `  retention:      ${report.retentionMonths} months after a closed client's period`,
    `  checked:        ${report.checked.clients} clients, ${report.checked.folders} folders, ${report.checked.files} files`,
    `  trigger owners: ${report.triggerLedger.map((t) => `${t.owner} (${t.functions.length})`).join(', ') || '(no ledger)'}`,
    ...report.notes.map((n) => `  note: ${n}`),
    '',
    report.findings.length === 0 ? 'No findings.' : `${report.findings.length} finding(s):`,
    ...report.findings.map(
      (f) =>
        `  [${f.kind}]${f.clientId ? ` ${f.clientId}:` : ''} ${f.detail}${f.itemId ? ` (${f.itemId})` : ''}`,
    ),
  ];
  return lines.join('\n');
}

/** Exit status: 0 clean, 2 findings (1 stays "the audit itself failed"). */
export const FINDINGS_EXIT_CODE = 2;

export async function auditCommand(options: AuditOptions): Promise<AuditReport> {
  let report: AuditReport;
  if (options.credentials || options.spreadsheet) {
    if (!options.credentials || !options.spreadsheet) {
      throw new Error('audit against Google needs both --credentials FILE and --spreadsheet ID');
    }
    const { onlineApis } = await import('./audit-google');
    const apis = await onlineApis(options.credentials, options.token);
    report = await runAudit(
      apis,
      options.spreadsheet,
      options.today ?? dateInZone(Date.now(), 'Europe/Helsinki'),
    );
  } else {
    const workspace = Workspace.open(options.dir ?? DEFAULT_DIR);
    report = await auditWorkspace(workspace, { today: options.today });
  }
  console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (report.findings.length > 0) process.exitCode = FINDINGS_EXIT_CODE;
  return report;
}
