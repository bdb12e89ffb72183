/**
 * Utilities.parseCsv: "a tabular 2D array representation of a CSV string".
 * https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String)
 * Quoted fields may hold the delimiter, doubled quotes and line breaks; rows end at \n, \r\n or
 * \r; a final line break does not make an empty row.
 */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const text = String(csv);
  const sep = String(delimiter).charAt(0) || ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += c;
      }
      i += 1;
      continue;
    }
    if (c === '"') {
      quoted = true;
    } else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += c;
    }
    i += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
