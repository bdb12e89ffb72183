import type { Runtime } from '../runtime/runtime';
import {
  emptySheet,
  nextSequence,
  type SpreadsheetStore,
  type StoredSheet,
  type StoredSpreadsheet,
} from './store';

/** Creating spreadsheets and sheets, shared by SpreadsheetApp.create and the harness. */

/** The name a new sheet gets in each locale ("Taulukko1" in Finnish, "Sheet1" in English). */
const SHEET_WORD: Record<string, string> = {
  fi: 'Taulukko',
  sv: 'Blad',
  de: 'Tabellenblatt',
  en: 'Sheet',
};

function sheetWord(locale: string): string {
  return SHEET_WORD[locale.split('_')[0]] ?? SHEET_WORD.en;
}

export interface NewBook {
  name: string;
  owner: string;
  timeZone: string;
  locale: string;
  rows?: number;
  columns?: number;
}

export function createBook(
  store: SpreadsheetStore,
  rt: Runtime | undefined,
  options: NewBook,
): string {
  let id = rt ? rt.newId('1') : '';
  if (!rt) {
    const n = nextSequence(store);
    id = `1sheet${String(n).padStart(38, '0')}`;
  }
  const book: StoredSpreadsheet = {
    id,
    name: options.name,
    owner: options.owner,
    editors: [],
    viewers: [],
    timeZone: options.timeZone,
    locale: options.locale,
    createdAt: rt ? rt.clock.now() : 0,
    // The first sheet of every spreadsheet has gid 0.
    sheets: [
      emptySheet(0, `${sheetWord(options.locale)}1`, options.rows ?? 1000, options.columns ?? 26),
    ],
    activeSheetId: 0,
    protections: [],
    nextProtection: 0,
  };
  store.spreadsheets[id] = book;
  return id;
}

export type AddSheetResult = { ok: true; sheet: StoredSheet } | { ok: false; error: string };

export function addSheetToBook(
  book: StoredSpreadsheet,
  rt: Runtime | undefined,
  name?: string,
  index?: number,
): AddSheetResult {
  let sheetName = name;
  if (sheetName === undefined) {
    const word = sheetWord(book.locale);
    let n = book.sheets.length + 1;
    while (book.sheets.some((s) => s.name.toLowerCase() === `${word}${n}`.toLowerCase())) n += 1;
    sheetName = `${word}${n}`;
  } else if (book.sheets.some((s) => s.name.toLowerCase() === sheetName?.toLowerCase())) {
    return {
      ok: false,
      error: `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
    };
  }
  let sheetId = 0;
  while (sheetId === 0 || book.sheets.some((s) => s.sheetId === sheetId)) {
    sheetId = rt
      ? 1 + rt.rng.int(2_000_000_000)
      : book.sheets.length + book.nextProtection + 1 + sheetId;
  }
  const sheet = emptySheet(sheetId, sheetName);
  book.sheets.splice(index ?? book.sheets.length, 0, sheet);
  return { ok: true, sheet };
}

/** True when `email` owns the spreadsheet or is one of its editors (viewers cannot run code). */
export function canEditSpreadsheet(
  rt: { store<T>(name: string): T },
  spreadsheetId: string,
  email: string,
): boolean {
  const book = rt.store<SpreadsheetStore>('spreadsheet').spreadsheets[spreadsheetId];
  if (!book) return false;
  const wanted = email.trim().toLowerCase();
  return [book.owner, ...book.editors].some((e) => e.trim().toLowerCase() === wanted);
}

/** Harness: the owner shares the workbook with a person (Share → Editor), no script call. */
export function shareSpreadsheet(
  rt: { store<T>(name: string): T },
  spreadsheetId: string,
  email: string,
  role: 'editor' | 'viewer' = 'editor',
): void {
  const book = rt.store<SpreadsheetStore>('spreadsheet').spreadsheets[spreadsheetId];
  if (!book) throw new Error(`No spreadsheet ${spreadsheetId}`);
  const list = role === 'editor' ? book.editors : book.viewers;
  if (email !== book.owner && !list.includes(email)) list.push(email);
}
