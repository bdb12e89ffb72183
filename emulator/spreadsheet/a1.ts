/**
 * A1 notation as Sheets reads it: `A1`, `A1:C3`, `A:C` (whole columns), `2:5` (whole rows),
 * `A2:C` (open-ended), optionally prefixed by a sheet name (`'Asiakkaat'!A1:C3`, `Sheet1!A1`).
 * https://developers.google.com/sheets/api/guides/concepts#expandable-1
 */

export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ParsedA1 {
  sheetName?: string;
  /** Resolves the rectangle against the sheet's size (whole rows/columns reach its edge). */
  resolve(maxRows: number, maxColumns: number): GridRect;
}

export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rectA1(rect: GridRect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

/** Quotes a sheet name for A1 notation when Sheets would (`'Asiakkaat 2026'!A1`). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const REF = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses A1 notation; undefined when it is not one (the caller throws "Range not found"). */
export function parseA1(input: string): ParsedA1 | undefined {
  let text = String(input).trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const rawName = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (rawName.startsWith("'") && rawName.endsWith("'") && rawName.length >= 2) {
      sheetName = rawName.slice(1, -1).replace(/''/g, "'");
    } else {
      sheetName = rawName;
    }
    if (!sheetName) return undefined;
  }
  const parts = text.split(':');
  if (parts.length > 2 || !parts[0]) return undefined;
  const refs = parts.map((p) => REF.exec(p));
  if (refs.some((m) => !m || (!m[1] && !m[2]))) return undefined;
  const [a, b] = refs as RegExpExecArray[];
  const startCol = a[1] ? columnNumber(a[1]) : undefined;
  const startRow = a[2] ? Number(a[2]) : undefined;
  if (startRow === 0) return undefined;
  if (!b) {
    // A single reference must be a cell.
    if (startCol === undefined || startRow === undefined) return undefined;
    return {
      sheetName,
      resolve: () => ({ row: startRow, column: startCol, numRows: 1, numColumns: 1 }),
    };
  }
  const endCol = b[1] ? columnNumber(b[1]) : undefined;
  const endRow = b[2] ? Number(b[2]) : undefined;
  if (endRow === 0) return undefined;
  // `A:C` needs columns on both sides, `2:5` rows on both sides.
  if ((startCol === undefined) !== (endCol === undefined)) return undefined;
  if (startCol === undefined && (startRow === undefined || endRow === undefined)) return undefined;
  return {
    sheetName,
    resolve(maxRows, maxColumns) {
      const c1 = startCol ?? 1;
      const c2 = endCol ?? maxColumns;
      const r1 = startRow ?? 1;
      const r2 = endRow ?? Math.max(maxRows, r1);
      const row = Math.min(r1, r2);
      const column = Math.min(c1, c2);
      return {
        row,
        column,
        numRows: Math.abs(r2 - r1) + 1,
        numColumns: Math.abs(c2 - c1) + 1,
      };
    },
  };
}
