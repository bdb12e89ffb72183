import Papa from 'papaparse';
import type { Problem } from './types';

/**
 * Roster CSV as spreadsheets write it: Excel in a Finnish locale uses ";" (the comma is the
 * decimal sign), Google Sheets and English Excel use ",", a copy from a sheet gives tabs.
 */

export interface CsvRow {
  line: number; // 1-based physical line where the record starts; the header is line 1
  cells: string[];
}

export interface CsvResult {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  problems: { line: number; problem: Problem }[];
}

/** The delimiter that occurs most often outside quotes on the first line. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const delimiter of [';', '\t']) if (counts[delimiter] > counts[best]) best = delimiter;
  return best;
}

const countNewlines = (text: string): number => text.split('\n').length - 1;

export function parseCsv(input: string): CsvResult {
  // One kind of line break, so counting "\n" counts physical lines.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const records: CsvRow[] = [];
  const problems: CsvResult['problems'] = [];
  let counted = 0; // characters of text already scanned for newlines
  let newlinesBefore = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: 'greedy', // also drops ";;;;" rows that Excel leaves under the data
    step: (result) => {
      const cells = result.data;
      // The cursor sits after the record and its line break: the record ends on the line of
      // the last character before it, and starts as many lines earlier as it has embedded breaks.
      let end = result.meta.cursor;
      if (text[end - 1] === '\n') end -= 1;
      newlinesBefore += countNewlines(text.slice(counted, end));
      counted = end;
      const embedded = cells.reduce((sum, cell) => sum + countNewlines(cell), 0);
      const line = newlinesBefore - embedded + 1;
      for (const error of result.errors) {
        const key =
          error.code === 'MissingQuotes' ? 'roster.csv.unclosedQuote' : 'roster.csv.badRow';
        problems.push({ line, problem: { key, params: { line } } });
      }
      records.push({ line, cells });
    },
  });

  if (records.length === 0) return { header: [], rows: [], delimiter, problems };
  const header = records[0].cells.map((cell) => cell.trim());
  const rows = records.slice(1).map((row) => ({
    line: row.line,
    // Short rows (trailing empty cells left out) are padded so cells line up with the header.
    cells:
      row.cells.length < header.length
        ? [...row.cells, ...Array<string>(header.length - row.cells.length).fill('')]
        : row.cells,
  }));
  return { header, rows, delimiter, problems };
}
