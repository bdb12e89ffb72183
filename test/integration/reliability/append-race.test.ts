import { applyUserEdit } from '../../../emulator/spreadsheet';
import { bookId, rowsOf, usedWorkspace, values } from './helpers';

/**
 * appendRows under a coach's row insertion between its read and its write (Range objects are
 * fixed coordinates, in Apps Script as here, so the block would land on the rows pushed down).
 * The hook runs when the script calls Range.setValues, before the write takes effect.
 */
describe('appendRows when a coach inserts rows meanwhile', () => {
  for (const inserted of [1, 3]) {
    it(`keeps every coach row when ${inserted} row(s) are inserted above the end`, () => {
      const ws = usedWorkspace();
      const before = values(ws, 'Asiakkaat').filter((r) => r.some((c) => c !== ''));
      let done = false;
      const off = ws.rt.onCall((record, execution) => {
        if (done || record.method !== 'Range.setValues') return;
        if (execution.info.functionName !== 'enrolClient') return;
        done = true;
        applyUserEdit(ws.rt, bookId(ws), 'Asiakkaat', {
          kind: 'insertRowsAfter',
          row: 3,
          count: inserted,
        });
      });
      const result = ws.call('enrolClient', [
        {
          name: 'Uusi Asiakas',
          email: 'uusi.asiakas@asiakas.example',
          lang: 'fi',
          contact: 'email',
          model: 'long-term',
          periodStart: '2026-12-01',
          periodEnd: '2027-05-31',
          workDays: [1, 3],
          hoursPerDay: 4,
          orientation: { digital: true, dataProtection: true, confidentiality: true },
        },
      ]) as { ok: boolean; problems?: unknown };
      off();
      expect(done).toBe(true);
      expect(result).toMatchObject({ ok: true });
      const after = values(ws, 'Asiakkaat').filter((r) => r.some((c) => c !== ''));
      // Every row that was there is there still, unchanged, once; plus the new client.
      const key = (r: unknown[]) => JSON.stringify(r);
      const left = after.map(key);
      for (const row of before) {
        const at = left.indexOf(key(row));
        expect(at).toBeGreaterThanOrEqual(0);
        left.splice(at, 1);
      }
      expect(left).toHaveLength(1);
      expect(rowsOf(ws, 'Asiakkaat').filter((c) => c.Nimi === 'Uusi Asiakas')).toHaveLength(1);
    });
  }
});
