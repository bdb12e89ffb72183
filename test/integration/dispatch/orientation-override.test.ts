import { applyUserEdit, readSheetValues } from '../../../emulator/spreadsheet/harness';
import { mails, meta, plannedWorkspace } from './helpers';

const columnLetter = (index: number) => String.fromCharCode('A'.charCodeAt(0) + index);

// A client still waiting for orientation gets no plan; a reason in "Perehdytys ohitettu (syy)"
// lets the planning go ahead. The dispatch's own catch-up planning once ignored that reason
// (its "does this client have work days?" check left the override out), so a client the coach
// had cleared on Wednesday got no letter on Thursday.
test('a reason to skip orientation, written after the planning ran, still gets the client a plan and a letter', () => {
  const ws = plannedWorkspace();
  const book = ws.meta.boundSpreadsheetId as string;
  const [header, ...rows] = readSheetValues(ws.rt, book, 'Asiakkaat');
  const row = rows.findIndex((r) => r[header.indexOf('Tunnus')] === 'A0020');
  expect(row).toBeGreaterThanOrEqual(0);
  const a1 = `${columnLetter(header.indexOf('Perehdytys ohitettu (syy)'))}${row + 2}`;
  const edit = applyUserEdit(ws.rt, book, 'Asiakkaat', {
    kind: 'set',
    a1,
    value: 'Perehdytys puhelimessa 25.11., tapaaminen sovittu',
  });
  expect(edit.applied).toBe(true);

  ws.call('weeklyDispatch', [{}]);
  const letters = mails(ws).filter((m) => meta(m).client === 'A0020' && meta(m).kind === 'weekly');
  expect(letters).toHaveLength(1);
  const [planHeader, ...plans] = readSheetValues(ws.rt, book, 'Viikkosuunnitelmat');
  const own = plans.filter((p) => p[planHeader.indexOf('Asiakas')] === 'A0020');
  expect(own.length).toBeGreaterThan(0);
});
