import { listSheets, readSheetValues } from '../../../emulator/spreadsheet/harness';
import { Workspace } from '../../../emulator/workspace';
import { t } from '../../../src/core/i18n';
import { SETTING_KEYS, settingLabel } from '../../../src/core/settings';
import { LANGS, type Lang } from '../../../src/core/types';
import { CODE_LISTS, displayCode } from '../../../src/core/workbook-codes';
import { choiceOptions } from '../../../src/workbook/choices';
import { SCHEMAS, SHEET_KEYS, type ChoiceList } from '../../../src/workbook/schema';
import { matchColumns } from '../../../src/workbook/table';
import { bundle } from '../../helpers/workspace';

/**
 * One language per workbook: after setup in a language, the demo roster, a planned week and the
 * weekly dispatch, no sheet shows a header, a code-list word or a setting's name of another
 * language. The send log's kind and status columns still hold codes (not yet translated), so
 * they are left out of the scan.
 */
const BUILT = bundle();
const LISTS: ChoiceList[] = [
  'lang',
  'model',
  'contact',
  'status',
  'yesNo',
  'attendance',
  'absenceReason',
  'returnFormat',
  'taskMode',
  'planMode',
  'meetingKind',
  'weekday',
];

/** Every word Etäpaja itself writes for the coach in a language. */
function vocabulary(lang: Lang): Set<string> {
  const words: string[] = [];
  for (const key of SHEET_KEYS) {
    words.push(SCHEMAS[key].names[lang], ...SCHEMAS[key].columns.map((c) => c.headers[lang]));
  }
  for (const list of LISTS) words.push(...choiceOptions(list, lang));
  for (const key of SETTING_KEYS) words.push(settingLabel(key, lang));
  for (const [list, codes] of Object.entries(CODE_LISTS))
    for (const code of codes) words.push(displayCode(list as keyof typeof CODE_LISTS, code, lang));
  words.push(t(lang, 'attendance.source.reflection'), t(lang, 'attendance.source.upload'));
  return new Set(words.map((w) => w.toLowerCase()));
}

/** Words of the other languages only: a word spelt the same in this one (video, info) is fine. */
function foreignWords(lang: Lang): Set<string> {
  const own = vocabulary(lang);
  const foreign = new Set<string>();
  for (const other of LANGS)
    if (other !== lang) for (const w of vocabulary(other)) if (!own.has(w)) foreign.add(w);
  // Code names are English: in an English workbook they are words, elsewhere they must not show.
  for (const key of SETTING_KEYS) if (lang !== 'en') foreign.add(key.toLowerCase());
  for (const codes of Object.values(CODE_LISTS))
    for (const code of codes) if (!own.has(code)) foreign.add(code);
  return foreign;
}

function workbookAfterAWeek(lang: Lang): Workspace {
  const ws = Workspace.init('', { start: '2026-11-26T08:00:00+02:00' });
  ws.push('etapaja', BUILT.code, BUILT.manifest, 'Etäpaja');
  ws.call('setup', [{ lang }]);
  ws.call('loadDemoRoster');
  ws.call('planNextWeek');
  ws.call('weeklyDispatch');
  return ws;
}

/** The cells Etäpaja wrote for the coach: headers, dropdown and system columns, settings names. */
function coachFacingCells(ws: Workspace): { sheet: string; cell: string }[] {
  const id = ws.meta.boundSpreadsheetId as string;
  const cells: { sheet: string; cell: string }[] = [];
  for (const { name } of listSheets(ws.rt, id)) {
    const key = SHEET_KEYS.find((k) => Object.values(SCHEMAS[k].names).includes(name));
    if (!key) continue;
    const [header, ...rows] = readSheetValues(ws.rt, id, name);
    cells.push(...header.map((h) => ({ sheet: name, cell: String(h) })));
    const { columns } = matchColumns(SCHEMAS[key], header);
    for (const column of SCHEMAS[key].columns) {
      const coded = column.choices || ['sources', 'matchedBy'].includes(column.field);
      const settingName = key === 'settings' && column.field === 'key';
      const index = columns.get(column.field);
      if (index === undefined || (!coded && !settingName)) continue;
      for (const row of rows) cells.push({ sheet: name, cell: String(row[index] ?? '') });
    }
  }
  return cells;
}

describe.each(['sv', 'en', 'fi'] as const)('a workbook set up in %s', (lang) => {
  let ws: Workspace;
  beforeAll(() => {
    ws = workbookAfterAWeek(lang);
  });

  it('shows no header, code-list word or setting name of another language', () => {
    const foreign = foreignWords(lang);
    const cells = coachFacingCells(ws);
    // Headers, settings names and coded columns of a week's workbook: 477 cells without the
    // send log's kind and status; far fewer would mean a sheet was not scanned.
    expect(cells.length).toBeGreaterThan(450);
    const mixed = cells.filter(({ cell }) =>
      cell
        .split(/,\s*/)
        .some((part) => part.trim() !== '' && foreign.has(part.trim().toLowerCase())),
    );
    expect(mixed).toEqual([]);
  });
});
