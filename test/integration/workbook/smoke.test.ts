import { freshWorkspace } from '../../helpers/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
test('smoke', () => {
  const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
  ws.run('etapaja', 'setup', [{ lang: 'fi' }]);
  ws.run('etapaja', 'loadDemoRoster', []);
  const p = ws.run('etapaja', 'planNextWeek', []);
  console.log(p.value, p.error, p.execution.calls, p.execution.modelledMs);
  const st = ws.rt.store('spreadsheet') as never;
  console.log(readSheetValues(st, ws.meta.boundSpreadsheetId!, 'Viikkosuunnitelmat').slice(0, 3));
  const s2 = ws.run('etapaja', 'setup', [{ lang: 'fi' }]);
  const d2 = ws.run('etapaja', 'loadDemoRoster', []);
  const p2 = ws.run('etapaja', 'planNextWeek', []);
  console.log(JSON.stringify([s2.value, s2.execution.calls, d2.value, p2.value]));
  const v = ws.run('etapaja', 'validateRoster', []);
  console.log(JSON.stringify(v.value), v.error);
});
