import { appsScriptError } from '../runtime/errors';
import type { GridRect } from './a1';
import { assertCanEdit, overlaps } from './grid';
import { bookAndSheet, type RangeHost } from './range-host';
import { cellAt, pruneCell, type StoredSheet } from './store';

/**
 * Merged cells: Range.merge, mergeAcross, mergeVertically, breakApart, isPartOfMerge,
 * getMergedRanges. A merge keeps the value of its top-left cell and clears the others, as the
 * Sheets UI warns it will. https://developers.google.com/apps-script/reference/spreadsheet/range#merge()
 */

export const PARTIAL_MERGE =
  'You must select all cells in a merged range to merge or unmerge them.';
export const FROZEN_ROWS_MERGE = "You can't merge frozen and non-frozen rows.";
export const FROZEN_COLUMNS_MERGE = "You can't merge frozen and non-frozen columns.";

export function mergesOf(sheet: StoredSheet): GridRect[] {
  if (!sheet.merges) sheet.merges = [];
  return sheet.merges;
}

function inside(inner: GridRect, outer: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/** Removes the merges inside `rect`; one that only partly overlaps it is refused. */
function releaseMerges(sheet: StoredSheet, rect: GridRect): void {
  const merges = mergesOf(sheet);
  for (const m of merges) {
    if (overlaps(m, rect) && !inside(m, rect)) throw appsScriptError(PARTIAL_MERGE);
  }
  sheet.merges = merges.filter((m) => !overlaps(m, rect));
}

function mergeBlocks(sheet: StoredSheet, blocks: GridRect[]): void {
  for (const block of blocks) {
    const lastRow = block.row + block.numRows - 1;
    const lastColumn = block.column + block.numColumns - 1;
    if (sheet.frozenRows > 0 && block.row <= sheet.frozenRows && lastRow > sheet.frozenRows)
      throw appsScriptError(FROZEN_ROWS_MERGE);
    if (
      sheet.frozenColumns > 0 &&
      block.column <= sheet.frozenColumns &&
      lastColumn > sheet.frozenColumns
    )
      throw appsScriptError(FROZEN_COLUMNS_MERGE);
  }
  for (const block of blocks) releaseMerges(sheet, block);
  for (const block of blocks) {
    if (block.numRows === 1 && block.numColumns === 1) continue;
    mergesOf(sheet).push({ ...block });
    // Only the top-left value survives a merge.
    for (let r = block.row; r < block.row + block.numRows; r++) {
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        if (r === block.row && c === block.column) continue;
        const cell = cellAt(sheet, r, c);
        if (!cell) continue;
        delete cell.v;
        delete cell.f;
        delete cell.rt;
        pruneCell(sheet, r, c);
      }
    }
  }
}

export function mergeMethods(host: RangeHost) {
  const { api, area } = host;
  const editable = () => {
    const { book, sheet } = bookAndSheet(api, host.spreadsheetId, host.sheetId);
    assertCanEdit(book, sheet, area, api.ctx.user);
    return sheet;
  };
  const rows = (): GridRect[] =>
    Array.from({ length: area.numRows }, (_, i) => ({ ...area, row: area.row + i, numRows: 1 }));
  const columns = (): GridRect[] =>
    Array.from({ length: area.numColumns }, (_, j) => ({
      ...area,
      column: area.column + j,
      numColumns: 1,
    }));
  return {
    merge() {
      api.call('Range', 'merge');
      mergeBlocks(editable(), [area]);
      return host.self();
    },
    mergeAcross() {
      api.call('Range', 'mergeAcross');
      mergeBlocks(editable(), rows());
      return host.self();
    },
    mergeVertically() {
      api.call('Range', 'mergeVertically');
      mergeBlocks(editable(), columns());
      return host.self();
    },
    breakApart() {
      api.call('Range', 'breakApart');
      releaseMerges(editable(), area);
      return host.self();
    },
    isPartOfMerge() {
      api.call('Range', 'isPartOfMerge');
      const { sheet } = bookAndSheet(api, host.spreadsheetId, host.sheetId);
      return (sheet.merges ?? []).some((m) => overlaps(m, area));
    },
    getMergedRanges() {
      api.call('Range', 'getMergedRanges');
      const { sheet } = bookAndSheet(api, host.spreadsheetId, host.sheetId);
      return (sheet.merges ?? [])
        .filter((m) => overlaps(m, area))
        .map((m) => api.range(host.spreadsheetId, host.sheetId, { ...m }));
    },
  };
}
