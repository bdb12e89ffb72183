import type { ScriptContext } from '../runtime/context';
import type { Runtime } from '../runtime/runtime';
import { registerStore } from '../runtime/state';

/**
 * The state of every spreadsheet in the workspace, as plain data. API objects (Spreadsheet,
 * Sheet, Range, Protection) are handles holding ids into this store, so two handles on the same
 * cell always see the same value, as in Apps Script.
 */

/** What a cell can hold, as `getValues()` types it: number, string, boolean or Date. */
export type CellValue = number | string | boolean | Date;

export interface StoredCell {
  /** The value; absent for a blank cell. */
  v?: CellValue;
  /** A formula (`=SUM(A1:A3)`), stored but never evaluated. */
  f?: string;
  /** Number format pattern (`@`, `0.00`, `d.M.yyyy`…); absent means automatic. */
  fmt?: string;
  note?: string;
  /** Index into the sheet's `validations` table. */
  dv?: number;
  /** Rich text (links, styles) of a text cell; applies only while `v` still equals its text. */
  rt?: StoredRichText;
}

/** A rich text value: its text and runs of links/styles (rich-text.ts). */
export interface StoredRichText {
  text: string;
  runs: Array<{ start: number; end: number; link?: string; style?: Record<string, unknown> }>;
}

export interface StoredValidation {
  criteria: string;
  /** Criteria values; a range reference is kept as `{ $range: {sheetName, a1} }`. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A formatting call that has no effect on values (background, font weight…), recorded. */
export interface FormatRecord {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  property: string;
  value: unknown;
}

export interface StoredSheet {
  sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** rows[r - 1][c - 1]; trailing rows and cells may be missing (blank). */
  rows: Array<Array<StoredCell | null> | null>;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: Record<string, number>;
  formatting: FormatRecord[];
  validations: StoredValidation[];
  /** Merged blocks (merges.ts); absent in stores written before merges existed. */
  merges?: Array<{ row: number; column: number; numRows: number; numColumns: number }>;
  /** Rows and columns hidden by the user/script (dimensions.ts), 1-based, sorted. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

export interface StoredProtection {
  id: string;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  /** For RANGE protections: the protected rectangle. */
  range?: { row: number; column: number; numRows: number; numColumns: number };
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: Array<{ row: number; column: number; numRows: number; numColumns: number }>;
}

export interface StoredSpreadsheet {
  id: string;
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
  timeZone: string;
  locale: string;
  createdAt: number;
  sheets: StoredSheet[];
  activeSheetId: number;
  /** What the person at the keyboard selected (harness: setActiveRange). */
  activeRange?: {
    sheetId: number;
    row: number;
    column: number;
    numRows: number;
    numColumns: number;
  };
  protections: StoredProtection[];
  nextProtection: number;
  /** Named ranges (named-ranges.ts); absent in stores written before they existed. */
  namedRanges?: StoredNamedRange[];
}

export interface StoredNamedRange {
  name: string;
  sheetId: number;
  range: { row: number; column: number; numRows: number; numColumns: number };
}

/** One entry of the UI log: menus, alerts, prompts, sidebars, dialogs and toasts. */
export interface UiRecord {
  kind: 'menu' | 'alert' | 'prompt' | 'sidebar' | 'dialog' | 'toast';
  spreadsheetId: string | null;
  at: number;
  [key: string]: unknown;
}

export interface QueuedUiResponse {
  button: string;
  text?: string;
}

export interface SpreadsheetStore {
  spreadsheets: Record<string, StoredSpreadsheet>;
  ui: UiRecord[];
  /** Answers the person will give to the next alerts and prompts (harness). */
  uiResponses: QueuedUiResponse[];
  /** Counter for ids when no runtime is at hand. */
  sequence: number;
}

export const SPREADSHEET_STORE = 'spreadsheet';
/** The UI log keeps the most recent entries only, so a long simulation stays small. */
export const MAX_UI_LOG = 500;

export const spreadsheetStore = registerStore<SpreadsheetStore>({
  name: SPREADSHEET_STORE,
  empty: () => ({ spreadsheets: {}, ui: [], uiResponses: [], sequence: 0 }),
  // Nothing to materialise: CSV is produced on demand by exportSheetCsv.
});

/** Anything the harness functions accept as "the store": the store, a runtime or a context. */
export type StoreSource = SpreadsheetStore | Runtime | ScriptContext;

export function resolveStore(source: StoreSource): SpreadsheetStore {
  if ('spreadsheets' in source) return source;
  const rt = 'rt' in source ? source.rt : source;
  return rt.store<SpreadsheetStore>(SPREADSHEET_STORE);
}

export function runtimeOf(source: StoreSource): Runtime | undefined {
  if ('spreadsheets' in source) return undefined;
  return 'rt' in source ? source.rt : source;
}

export function emptySheet(
  sheetId: number,
  name: string,
  maxRows = 1000,
  maxColumns = 26,
): StoredSheet {
  return {
    sheetId,
    name,
    maxRows,
    maxColumns,
    rows: [],
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
    columnWidths: {},
    formatting: [],
    validations: [],
  };
}

export function cellAt(sheet: StoredSheet, row: number, column: number): StoredCell | null {
  return sheet.rows[row - 1]?.[column - 1] ?? null;
}

/** The cell at (row, column), created if blank, for writing. */
export function cellFor(sheet: StoredSheet, row: number, column: number): StoredCell {
  while (sheet.rows.length < row) sheet.rows.push(null);
  let cells = sheet.rows[row - 1];
  if (!cells) {
    cells = [];
    sheet.rows[row - 1] = cells;
  }
  while (cells.length < column) cells.push(null);
  let cell = cells[column - 1];
  if (!cell) {
    cell = {};
    cells[column - 1] = cell;
  }
  return cell;
}

/** Drops a cell that holds nothing any more, so the store stays as small as the data. */
export function pruneCell(sheet: StoredSheet, row: number, column: number): void {
  const cells = sheet.rows[row - 1];
  const cell = cells?.[column - 1];
  if (!cells || !cell) return;
  // Runs for every cell written: a loop over the keys rather than Object.keys(cell).every(…).
  for (const key in cell) if ((cell as Record<string, unknown>)[key] !== undefined) return;
  cells[column - 1] = null;
}

export function hasContent(cell: StoredCell | null): boolean {
  return !!cell && ((cell.v !== undefined && cell.v !== '') || !!cell.f);
}

/** Last row with a value or formula (0 for an empty sheet), as Sheet.getLastRow. */
export function lastRowOf(sheet: StoredSheet): number {
  for (let r = sheet.rows.length; r >= 1; r--) {
    if (sheet.rows[r - 1]?.some(hasContent)) return r;
  }
  return 0;
}

export function lastColumnOf(sheet: StoredSheet): number {
  let last = 0;
  for (const cells of sheet.rows) {
    if (!cells) continue;
    for (let c = cells.length; c > last; c--) {
      if (hasContent(cells[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/** Index of a validation in the sheet's table, adding it if new (same rule, same index). */
export function validationIndex(sheet: StoredSheet, validation: StoredValidation): number {
  const key = JSON.stringify(validation);
  const found = sheet.validations.findIndex((v) => JSON.stringify(v) === key);
  if (found >= 0) return found;
  sheet.validations.push(validation);
  return sheet.validations.length - 1;
}

export function nextSequence(store: SpreadsheetStore): number {
  store.sequence += 1;
  return store.sequence;
}
