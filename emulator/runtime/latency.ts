/**
 * The one latency table: what each Apps Script service call costs in modelled milliseconds.
 *
 * Google publishes no per-call latencies. The figures below are medians of round trips reported
 * in public measurements and are deliberately round; what matters for design decisions is the
 * ratio between a batched call and per-row calls, which is what Google's own advice is about:
 * - [BP] https://developers.google.com/apps-script/guides/support/best-practices
 *   ("Minimize calls to other services", "Use batch operations": a 100×100 range written cell by
 *   cell takes ~70 s, in one setValues ~1 s).
 * - [TAN] Tanaike, "Benchmark: Reading and Writing Spreadsheet using Google Apps Script"
 *   https://tanaikech.github.io/2018/10/12/benchmark-reading-and-writing-spreadsheet-using-google-apps-script/
 *   (getValues/setValues of a few thousand cells: 0.1–0.3 s; openById ~0.3–0.5 s).
 * - [QUOTA] https://developers.google.com/apps-script/guides/services/quotas (6 min per run,
 *   mail recipients per day, triggers total runtime).
 * - [OBS] Round numbers we observed from Apps Script execution logs of simple scripts
 *   (MailApp.sendEmail 0.4–1 s; DriveApp folder create ~0.5 s; Properties reads ~30 ms).
 * Calls not listed cost DEFAULT_MS: in-memory handle work (getRange, getSheetByName on an
 * already opened spreadsheet) that Apps Script resolves without a backend round trip.
 */
export interface LatencyEntry {
  ms: number;
  /** Extra cost per cell for value reads/writes, since large ranges cost more. */
  perCellMs?: number;
  source: string;
}

export const DEFAULT_MS = 2;

export const LATENCY: Record<string, LatencyEntry> = {
  'SpreadsheetApp.openById': { ms: 400, source: 'TAN' },
  'SpreadsheetApp.openByUrl': { ms: 400, source: 'TAN' },
  'SpreadsheetApp.getActiveSpreadsheet': { ms: 50, source: 'OBS' },
  'SpreadsheetApp.create': { ms: 1200, source: 'OBS' },
  'SpreadsheetApp.flush': { ms: 200, source: 'BP' },
  'Range.getValues': { ms: 120, perCellMs: 0.01, source: 'TAN' },
  'Range.getDisplayValues': { ms: 140, perCellMs: 0.01, source: 'TAN' },
  'Range.setValues': { ms: 150, perCellMs: 0.02, source: 'TAN' },
  'Range.getValue': { ms: 60, source: 'BP' },
  // getSheetValues is getValues by coordinates; copyTo and a replace are one backend write each,
  // priced as a setValues of the same cells.
  'Sheet.getSheetValues': { ms: 120, perCellMs: 0.01, source: 'TAN' },
  'Range.copyTo': { ms: 150, perCellMs: 0.02, source: 'TAN' },
  'TextFinder.replaceAllWith': { ms: 150, source: 'TAN' },
  'Range.setValue': { ms: 70, source: 'BP' },
  'Range.getNotes': { ms: 100, source: 'OBS' },
  'Range.setNotes': { ms: 120, source: 'OBS' },
  'Range.setNote': { ms: 70, source: 'OBS' },
  'Range.setDataValidation': { ms: 150, source: 'OBS' },
  'Range.clear': { ms: 120, source: 'OBS' },
  'Range.clearContent': { ms: 120, source: 'OBS' },
  'Sheet.appendRow': { ms: 250, source: 'BP' },
  'Sheet.getDataRange': { ms: 40, source: 'OBS' },
  'Sheet.getLastRow': { ms: 40, source: 'OBS' },
  'Sheet.getLastColumn': { ms: 40, source: 'OBS' },
  'Sheet.insertRowsAfter': { ms: 150, source: 'OBS' },
  'Sheet.deleteRow': { ms: 150, source: 'OBS' },
  'Sheet.protect': { ms: 200, source: 'OBS' },
  'Spreadsheet.insertSheet': { ms: 400, source: 'OBS' },
  'Spreadsheet.getSheets': { ms: 60, source: 'OBS' },
  'Spreadsheet.getSheetByName': { ms: 20, source: 'OBS' },
  'MailApp.sendEmail': { ms: 700, source: 'OBS' },
  'MailApp.getRemainingDailyQuota': { ms: 40, source: 'OBS' },
  // GmailApp sends through the same backend as MailApp; drafts are one Gmail API round trip.
  'GmailApp.sendEmail': { ms: 700, source: 'OBS' },
  'GmailApp.send': { ms: 700, source: 'OBS' },
  'GmailApp.createDraft': { ms: 400, source: 'OBS' },
  'DriveApp.createFolder': { ms: 550, source: 'OBS' },
  'Folder.createFolder': { ms: 550, source: 'OBS' },
  'Folder.createFile': { ms: 700, source: 'OBS' },
  'DriveApp.getFolderById': { ms: 150, source: 'OBS' },
  'DriveApp.getFileById': { ms: 150, source: 'OBS' },
  'Folder.getFolders': { ms: 200, source: 'OBS' },
  'Folder.getFiles': { ms: 200, source: 'OBS' },
  'Folder.getFoldersByName': { ms: 200, source: 'OBS' },
  'Folder.addViewer': { ms: 400, source: 'OBS' },
  'Folder.addEditor': { ms: 400, source: 'OBS' },
  'Folder.removeViewer': { ms: 400, source: 'OBS' },
  'Folder.removeEditor': { ms: 400, source: 'OBS' },
  'Folder.setSharing': { ms: 400, source: 'OBS' },
  'Folder.setTrashed': { ms: 300, source: 'OBS' },
  'File.setTrashed': { ms: 300, source: 'OBS' },
  'DriveApp.createFile': { ms: 700, source: 'OBS' },
  'DriveApp.getFolders': { ms: 200, source: 'OBS' },
  'DriveApp.getFiles': { ms: 200, source: 'OBS' },
  'DriveApp.searchFiles': { ms: 250, source: 'OBS' },
  'DriveApp.searchFolders': { ms: 250, source: 'OBS' },
  'File.setContent': { ms: 500, source: 'OBS' },
  'File.makeCopy': { ms: 800, source: 'OBS' },
  'File.addViewer': { ms: 400, source: 'OBS' },
  'File.addEditor': { ms: 400, source: 'OBS' },
  'File.setSharing': { ms: 400, source: 'OBS' },
  'Folder.moveTo': { ms: 400, source: 'OBS' },
  'Properties.getProperty': { ms: 30, source: 'OBS' },
  'Properties.getProperties': { ms: 40, source: 'OBS' },
  'Properties.setProperty': { ms: 50, source: 'OBS' },
  'Properties.setProperties': { ms: 60, source: 'OBS' },
  'Properties.deleteProperty': { ms: 50, source: 'OBS' },
  'Cache.get': { ms: 20, source: 'OBS' },
  'Cache.getAll': { ms: 25, source: 'OBS' },
  'Cache.put': { ms: 25, source: 'OBS' },
  'Cache.putAll': { ms: 30, source: 'OBS' },
  'Lock.tryLock': { ms: 50, source: 'OBS' },
  'Lock.waitLock': { ms: 50, source: 'OBS' },
  'Lock.releaseLock': { ms: 20, source: 'OBS' },
  'ScriptApp.newTrigger': { ms: 5, source: 'OBS' },
  'TriggerBuilder.create': { ms: 300, source: 'OBS' },
  'ScriptApp.getProjectTriggers': { ms: 100, source: 'OBS' },
  'ScriptApp.deleteTrigger': { ms: 200, source: 'OBS' },
  'Calendar.Events.insert': { ms: 600, source: 'OBS' },
  'Calendar.Events.get': { ms: 200, source: 'OBS' },
  'Calendar.Events.list': { ms: 250, source: 'OBS' },
  'Calendar.Events.patch': { ms: 400, source: 'OBS' },
  'Calendar.Events.remove': { ms: 300, source: 'OBS' },
  'CalendarApp.getDefaultCalendar': { ms: 150, source: 'OBS' },
  'CalendarApp.Calendar.createEvent': { ms: 600, source: 'OBS' },
  'CalendarApp.Calendar.getEvents': { ms: 300, source: 'OBS' },
  'FormApp.openById': { ms: 500, source: 'OBS' },
  'FormApp.create': { ms: 1500, source: 'OBS' },
  'Form.getResponses': { ms: 300, source: 'OBS' },
  'FormApp.openByUrl': { ms: 500, source: 'OBS' },
  'Form.getResponse': { ms: 200, source: 'OBS' },
  'Form.addTextItem': { ms: 250, source: 'OBS' },
  'Form.addParagraphTextItem': { ms: 250, source: 'OBS' },
  'Form.addScaleItem': { ms: 250, source: 'OBS' },
  'Form.addMultipleChoiceItem': { ms: 250, source: 'OBS' },
  'Form.addDateItem': { ms: 250, source: 'OBS' },
  'Form.addListItem': { ms: 250, source: 'OBS' },
  'Form.getItems': { ms: 150, source: 'OBS' },
  'Form.createResponse': { ms: 50, source: 'OBS' },
  'FormResponse.toPrefilledUrl': { ms: 150, source: 'OBS' },
  'FormResponse.submit': { ms: 600, source: 'OBS' },
  'Properties.getKeys': { ms: 40, source: 'OBS' },
  'Properties.deleteAllProperties': { ms: 60, source: 'OBS' },
  'Cache.remove': { ms: 25, source: 'OBS' },
  'Cache.removeAll': { ms: 30, source: 'OBS' },
  'Lock.hasLock': { ms: 5, source: 'OBS' },
  'Session.getActiveUser': { ms: 20, source: 'OBS' },
  'Session.getEffectiveUser': { ms: 20, source: 'OBS' },
  'HtmlService.createTemplateFromFile': { ms: 30, source: 'OBS' },
  'HtmlService.createHtmlOutputFromFile': { ms: 30, source: 'OBS' },
  'HtmlTemplate.evaluate': { ms: 40, source: 'OBS' },
  'Utilities.sleep': { ms: 0, source: 'sleep advances the clock by its own argument' },
};

export function priceOf(key: string, cells = 0): number {
  const entry = LATENCY[key];
  if (!entry) return DEFAULT_MS;
  return entry.ms + (entry.perCellMs ?? 0) * cells;
}

/**
 * What a SpreadsheetApp call does to the workbook, for the bench's "reads and writes" count
 * (docs/performance.md): a read moves cell contents to the script, a write changes the workbook;
 * anything else (opening the bound spreadsheet, listing or naming sheets, making a Range
 * handle, asking for a data range's extent) is a lookup. DESIGN.md's rule "reading a sheet is
 * one call, writing back is one call" counts reads and writes.
 */
export function sheetCallKind(method: string): 'read' | 'write' | 'lookup' | null {
  const [owner, name = ''] = method.split('.');
  if (
    !['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList'].includes(owner) &&
    !['TextFinder', 'NamedRange'].includes(owner)
  )
    return null;
  if (
    owner === 'Range' &&
    /^get(Values|Value|DisplayValues?|Notes?|Formulas?(R1C1)?|RichTextValues?)$/.test(name)
  )
    return 'read';
  if (owner === 'Sheet' && name === 'getSheetValues') return 'read';
  // A text finder hands back ranges (a lookup); replacing changes cells. A named range's
  // setName/setRange/remove change the workbook.
  if (owner === 'TextFinder') return /^replace/.test(name) ? 'write' : 'lookup';
  if (owner === 'NamedRange') return /^(set|remove)/.test(name) ? 'write' : 'lookup';
  if (owner === 'Spreadsheet' && name === 'removeNamedRange') return 'write';
  if (owner === 'SpreadsheetApp' && name === 'flush') return 'write';
  if (
    owner !== 'SpreadsheetApp' &&
    /^(set(?!Active)|clear|insert|delete|append|sort|protect|copy|moveTo|merge|breakApart|hide|unhide|show|autoResize)/.test(
      name,
    )
  )
    return 'write';
  return 'lookup';
}
