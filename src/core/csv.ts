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

/** Excel's "sep=;" first line names the delimiter; it is not the header. */
const SEP_LINE = /^sep=([^\n])[ \t]*(?:\n|$)/i;

/**
 * Records of `text` whose first physical line is `firstLine`. A quote opened and never closed
 * would swallow the rest of the file into one cell: instead that record's lines up to the line
 * with the quote are one broken row (its cells split plainly, reported once as that line), and
 * the lines after it are read again normally.
 */
function parseRecords(
  text: string,
  delimiter: string,
  firstLine: number,
): { records: CsvRow[]; problems: CsvResult['problems'] } {
  const records: CsvRow[] = [];
  const problems: CsvResult['problems'] = [];
  let counted = 0; // characters of text already scanned for newlines
  let newlinesBefore = 0;
  let previousEnd = 0; // where the record before this one ended
  let rest: { from: number; line: number } | null = null;

  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: 'greedy', // also drops ";;;;" rows that Excel leaves under the data
    step: (result, parser) => {
      const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
      if (unclosed) {
        // From where this record starts (after blank lines) to the end of the quote's line.
        const start = previousEnd + (/^[\s]*/.exec(text.slice(previousEnd))?.[0].length ?? 0);
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const quoteAt = typeof unclosed.index === 'number' ? unclosed.index : start;
        const newline = text.indexOf('\n', Math.max(quoteAt, start));
        const end = newline === -1 ? text.length : newline;
        const line = firstLine + countNewlines(text.slice(0, lineStart));
        const quoteLine = firstLine + countNewlines(text.slice(0, quoteAt));
        const cells = text.slice(lineStart, end).replace(/\n/g, ' ').split(delimiter);
        problems.push({
          line,
          problem: { key: 'roster.csv.unclosedQuote', params: { line: quoteLine } },
        });
        records.push({ line, cells });
        if (newline !== -1) rest = { from: newline + 1, line: quoteLine + 1 };
        parser.abort();
        return;
      }
      const cells = result.data;
      // The cursor sits after the record and its line break: the record ends on the line of
      // the last character before it, and starts as many lines earlier as it has embedded breaks.
      let end = result.meta.cursor;
      previousEnd = end;
      if (text[end - 1] === '\n') end -= 1;
      newlinesBefore += countNewlines(text.slice(counted, end));
      counted = end;
      const embedded = cells.reduce((sum, cell) => sum + countNewlines(cell), 0);
      const line = firstLine + newlinesBefore - embedded;
      if (result.errors.length > 0) {
        problems.push({ line, problem: { key: 'roster.csv.badRow', params: { line } } });
      }
      records.push({ line, cells });
    },
  });
  const after = rest as { from: number; line: number } | null;
  if (after) {
    const more = parseRecords(text.slice(after.from), delimiter, after.line);
    records.push(...more.records);
    problems.push(...more.problems);
  }
  return { records, problems };
}

export function parseCsv(input: string): CsvResult {
  // One kind of line break, so counting "\n" counts physical lines.
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let firstLine = 1;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    text = text.slice(sep[0].length);
    firstLine = 2;
  }
  const delimiter = sep ? sep[1] : detectDelimiter(text);
  const { records, problems } = parseRecords(text, delimiter, firstLine);

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
