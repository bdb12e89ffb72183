import { parseCsv } from '../../../src/core/csv';
import { validateClientRow } from '../../../src/core/roster';
import { matchHeaders, rowToRaw } from '../../../src/core/roster-columns';
import { defaultSettings, parseSettings } from '../../../src/core/settings';
import { DEMO_COACHES, DEMO_GROUPS, demoRosterCsv } from '../../../src/jobs/demo-roster';
import { choiceOptions, parseChoice } from '../../../src/workbook/choices';
import {
  clientIdNumber,
  clientToRow,
  formatClientId,
  rosterRaw,
  rowIdentity,
} from '../../../src/workbook/clients';
import { planFingerprint, planRowView, planToRow } from '../../../src/workbook/plans-sheet';
import { SCHEMAS, SHEET_KEYS, headerRow } from '../../../src/workbook/schema';
import { missingSettingRows } from '../../../src/workbook/settings-sheet';
import { matchColumns } from '../../../src/workbook/table';
import { STARTER_TASKS } from '../../../src/core/task-bank';
import { taskToRow, tasksFromTable } from '../../../src/workbook/tasks-sheet';

const ctx = (today = '2026-11-30') => ({
  settings: defaultSettings(),
  today,
  knownGroups: new Set(DEMO_GROUPS.map((g) => g.id)),
  knownCoaches: new Set(DEMO_COACHES),
});

describe('schema', () => {
  test('every sheet key has names and headers in fi, sv and en, unique per language', () => {
    for (const key of SHEET_KEYS) {
      const schema = SCHEMAS[key];
      for (const lang of ['fi', 'sv', 'en'] as const) {
        expect(schema.names[lang]).toBeTruthy();
        const headers = headerRow(schema, lang).map((h) => h.toLowerCase());
        expect(new Set(headers).size).toBe(headers.length);
      }
      if (schema.keyField) expect(schema.columns.map((c) => c.field)).toContain(schema.keyField);
    }
  });

  test('a coach may reorder, rename into another language and add columns', () => {
    const { columns, extraHeaders } = matchColumns(SCHEMAS.clients, [
      'Oma sarake',
      'E-post',
      'Tunnus',
      'Name',
    ]);
    expect(columns.get('email')).toBe(1);
    expect(columns.get('id')).toBe(2);
    expect(columns.get('name')).toBe(3);
    expect(extraHeaders).toEqual([{ index: 0, header: 'Oma sarake' }]);
  });
});

describe('clients', () => {
  test('ids are A + four digits and read back', () => {
    expect(formatClientId(7)).toBe('A0007');
    expect(clientIdNumber('A0123')).toBe(123);
    expect(clientIdNumber('x')).toBe(0);
  });

  test('a written client validates back to the same client, in every language', () => {
    const csv = parseCsv(demoRosterCsv('2026-11-30'));
    const match = matchHeaders(csv.header);
    const first = validateClientRow(rowToRaw(csv.rows[3].cells, match.columns), ctx());
    expect(first.problems).toEqual([]);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const row = clientToRow({ ...first.client!, id: 'A0001' }, lang);
      const again = validateClientRow(rosterRaw(row), ctx());
      expect(again.client).toEqual({ ...first.client, id: 'A0001' });
    }
  });

  test('a row is identified by its id, or before enrolment by what was typed', () => {
    expect(rowIdentity({ id: 'A0002', name: 'X' })).toBe('A0002');
    expect(rowIdentity({ id: '', name: ' Aino  V ', email: 'a@b.fi', phone: '040 1' })).toBe(
      '?aino v|a@b.fi|0401',
    );
    expect(rowIdentity({ id: '', name: '' })).toBe('');
  });
});

describe('demo roster', () => {
  test('22 valid clients in all four models, three languages, four groups', () => {
    const csv = parseCsv(demoRosterCsv('2026-11-30'));
    const match = matchHeaders(csv.header);
    expect(match.unknown).toEqual([]);
    const clients = csv.rows.map((r) => validateClientRow(rowToRaw(r.cells, match.columns), ctx()));
    expect(clients.flatMap((c) => c.problems)).toEqual([]);
    expect(clients).toHaveLength(22);
    expect(new Set(clients.map((c) => c.client!.model)).size).toBe(4);
    expect(new Set(clients.map((c) => c.client!.lang)).size).toBe(3);
    expect(new Set(clients.map((c) => c.client!.group)).size).toBe(4);
  });
});

describe('plans sheet', () => {
  const day = {
    clientId: 'A0001',
    date: '2026-12-07',
    isoWeek: '2026-W50',
    mode: 'remote' as const,
    taskIds: ['T001', 'T002'],
    hours: 4,
  };
  const tasks = new Map(STARTER_TASKS.map((t) => [t.id, t]));

  test('a generated row is not coach-edited; any change to tasks, mode or hours makes it so', () => {
    const row = planToRow(day, 'Aino', tasks, 'fi');
    expect(planRowView(row)).toMatchObject({
      key: 'A0001|2026-12-07',
      coachEdited: false,
      approved: false,
    });
    expect(planRowView({ ...row, taskIds: 'T001' })?.coachEdited).toBe(true);
    expect(planRowView({ ...row, hours: 5 })?.coachEdited).toBe(true);
    expect(planRowView({ ...row, mode: 'lähi' })?.coachEdited).toBe(true);
    expect(planRowView({ ...row, approved: 'kyllä' })?.approved).toBe(true);
    expect(planRowView({ ...row, fingerprint: '' })?.coachEdited).toBe(true);
    expect(planFingerprint(['a'], 'remote', 4)).toBe(planFingerprint(['a'], 'remote', 4));
  });
});

describe('choices, settings and tasks', () => {
  test('dropdown words read back in any language', () => {
    expect(choiceOptions('attendance', 'sv')).toContain('närvarande');
    expect(parseChoice('attendance', 'palvelua ei järjestetä')).toBe('no-service');
    expect(parseChoice('planMode', 'in person')).toBe('in-person');
    expect(parseChoice('absenceReason', 'nope')).toBeNull();
  });

  test('default settings rows parse back to the defaults, in every language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const rows = missingSettingRows(null, { lang }, lang).map((r) => ({
        key: String(r.key),
        value: r.value,
      }));
      const { settings, problems } = parseSettings(rows);
      expect(problems).toEqual([]);
      expect(settings).toEqual({ ...defaultSettings(), lang });
    }
  });

  test('the starter bank round-trips through the task sheet', () => {
    const rows = STARTER_TASKS.map((t) => ({ rowNumber: 0, values: taskToRow(t, 'sv') }));
    const back = tasksFromTable({ rows } as never);
    expect(back).toEqual(STARTER_TASKS);
  });
});
