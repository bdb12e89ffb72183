import type { ScriptContext } from '../runtime/context';
import { SpreadsheetApi } from './api';

/**
 * SpreadsheetApp for the offline runtime. See LIMITATIONS.md for what is not emulated.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
export function createSpreadsheetApp(ctx: ScriptContext) {
  return new SpreadsheetApi(ctx).app();
}

export { Button, ButtonSet, Dimension, ProtectionType, SpreadsheetApi } from './api';
export { DataValidationCriteria } from './validation';
export {
  addSheet,
  applyUserEdit,
  createSpreadsheet,
  exportSheetCsv,
  listSheets,
  queueUiResponse,
  readSheetDisplayValues,
  readSheetFormulas,
  readSheetValues,
  setActiveRange,
  uiLog,
  type CreateSpreadsheetOptions,
  type SheetSummary,
  type UserEdit,
  type UserEditResult,
} from './harness';
export {
  SPREADSHEET_STORE,
  spreadsheetStore,
  type CellValue,
  type SpreadsheetStore,
  type StoreSource,
  type UiRecord,
} from './store';
export { columnLetters, columnNumber, parseA1, rectA1 } from './a1';
export { canEditSpreadsheet, shareSpreadsheet } from './books';
