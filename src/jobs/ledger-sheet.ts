import { cellText } from '../workbook/cells';
import { appendBelow, writeRowsAt, type Table } from '../workbook/table';
import { displayCode, parseCode } from '../core/workbook-codes';
import { LANGS, type Lang } from '../core/types';

/**
 * How the send ledger sits on its sheet (Lähetykset): one row per mail, the kind and status in
 * the workbook's language (read back from any language or code), a claim row settled in place.
 */

export type LedgerStatus = 'sending' | 'sent' | 'failed' | 'released' | 'uncertain' | 'parked';
const STATUSES: LedgerStatus[] = ['sending', 'sent', 'failed', 'released', 'uncertain', 'parked'];

export interface LedgerEntry {
  sendKey: string;
  kind: string;
  clientId: string;
  week: string;
  to: string;
  status: LedgerStatus;
  attempts: number;
  claimedAt: string;
  sentAt: string;
  messageId: string;
  error: string;
}

/** The language the sheet was made in, from its header (system sheets never change language). */
export function sheetLang(table: Table): Lang {
  const first = table.schema.columns[0];
  const header = table.header?.[0] ?? '';
  return LANGS.find((lang) => first?.headers[lang] === header) ?? 'fi';
}

export function entryOf(values: Record<string, unknown>): LedgerEntry | null {
  const key = cellText(values.sendKey);
  if (!key) return null;
  const status = (parseCode('sendStatus', values.status) ||
    cellText(values.status)) as LedgerStatus;
  return {
    sendKey: key,
    kind: parseCode('sendKind', values.kind) || cellText(values.kind),
    clientId: cellText(values.clientId),
    week: cellText(values.week),
    to: cellText(values.to),
    // A status nobody wrote (a person typed over it) reads as sent: never a second copy.
    status: STATUSES.includes(status) ? status : 'sent',
    attempts: Number(values.attempts) || 0,
    claimedAt: cellText(values.claimedAt),
    sentAt: cellText(values.sentAt),
    messageId: cellText(values.messageId),
    error: cellText(values.error),
  };
}

function rowOf(entry: LedgerEntry, lang: Lang): Record<string, unknown> {
  return {
    ...entry,
    kind: displayCode('sendKind', entry.kind, lang),
    status: displayCode('sendStatus', entry.status, lang),
  };
}

/** Where this execution's claims were written: row number per send key. */
export type ClaimRows = Map<string, number>;

/** Appends rows (resolutions, then claims) in one call; returns the claims' row numbers. */
export function appendClaims(
  table: Table,
  entries: LedgerEntry[],
  claims: LedgerEntry[],
): ClaimRows {
  const rows: ClaimRows = new Map();
  if (entries.length === 0) return rows;
  appendBelow(
    table,
    entries.map((e) => rowOf(e, sheetLang(table))),
  );
  const first = table.lastRow - entries.length + 1;
  const claimed = new Set(claims);
  entries.forEach((e, i) => {
    if (claimed.has(e)) rows.set(e.sendKey, first + i);
  });
  return rows;
}

/**
 * Writes the outcome of each claim over its own claim row, so a mail is one row. The block is
 * read back first (one call): if anyone moved rows meanwhile, or a key was claimed twice, the
 * outcomes are appended instead, as the log was before (a superseded claim row is harmless; an
 * overwritten row of another mail would not be). Entries without a claim row are appended.
 */
export function settleClaims(table: Table, claimRows: ClaimRows, finals: LedgerEntry[]): void {
  const lang = sheetLang(table);
  const inPlace = finals.filter((f) => claimRows.has(f.sendKey));
  const rest = finals.filter((f) => !claimRows.has(f.sendKey));
  const keyColumn = table.columns.get('sendKey');
  const rowNumbers = inPlace.map((f) => claimRows.get(f.sendKey) as number);
  const unique = new Set(inPlace.map((f) => f.sendKey)).size === inPlace.length;
  if (inPlace.length > 0 && keyColumn !== undefined && unique) {
    const top = Math.min(...rowNumbers);
    const height = Math.max(...rowNumbers) - top + 1;
    const keys = table.sheet.getRange(top, keyColumn + 1, height, 1).getValues();
    const inPlaceOk = inPlace.every(
      (f, i) => cellText(keys[rowNumbers[i] - top]?.[0]) === f.sendKey,
    );
    if (inPlaceOk && height === inPlace.length) {
      writeBlock(table, top, inPlace, rowNumbers, lang);
      if (rest.length > 0)
        appendBelow(
          table,
          rest.map((e) => rowOf(e, lang)),
        );
      return;
    }
  }
  appendBelow(
    table,
    finals.map((e) => rowOf(e, lang)),
  );
}

function writeBlock(
  table: Table,
  top: number,
  entries: LedgerEntry[],
  rowNumbers: number[],
  lang: Lang,
): void {
  const rows: Record<string, unknown>[] = new Array(entries.length);
  entries.forEach((entry, i) => (rows[rowNumbers[i] - top] = rowOf(entry, lang)));
  writeRowsAt(table, top, rows);
}
