import { shareSpreadsheet } from '../../../emulator/spreadsheet';
import { Workspace } from '../../../emulator/workspace';
import { kindOf, logOf, mails, rowsOf, usedWorkspace, values } from './helpers';

const alerts = (ws: Workspace) => mails(ws).filter((m) => kindOf(m) === 'coach-alert');
const perCoach = (ws: Workspace) => {
  const counts = new Map<string, number>();
  for (const m of alerts(ws)) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
};

describe('the daily digest', () => {
  const ws = usedWorkspace();

  it('a caught error reaches each coach in exactly one coach-alert mail, also when nightly runs twice', () => {
    expect(alerts(ws)).toHaveLength(0);
    // Drive fails all night long at listing files: the uploads step catches it (after its
    // retries) and logs an error; the other steps go on. Then the night runs again, cleanly.
    const failingNight = () => {
      const off = ws.rt.onCall((record) => {
        if (record.method === 'Folder.getFiles') throw new Error('Service error: Drive');
      });
      ws.call('nightly');
      off();
    };
    failingNight();
    ws.call('nightly');
    const counts = perCoach(ws);
    expect(counts.size).toBeGreaterThan(0);
    for (const n of counts.values()) expect(n).toBe(1);
    expect(logOf(ws, 'uploads').some((r) => r.Taso === 'error')).toBe(true);
  });

  it('warnings logged after the day’s digest come in the next day’s digest, not lost', () => {
    // Planning runs after the digest, so its warnings (a client without orientation) wait.
    const waiting = logOf(ws, 'planNextWeek').filter((r) => r.Taso === 'warning');
    expect(waiting.length).toBeGreaterThan(0);
    const before = alerts(ws).length;
    ws.advance(ws.now() + 24 * 3_600_000);
    const later = alerts(ws).slice(before);
    expect(later.length).toBeGreaterThan(0);
    for (const row of waiting)
      expect(later.some((m) => m.text.includes(String(row.Viesti)))).toBe(true);
  });
});

describe('the audit trail in the log sheet', () => {
  const ws = usedWorkspace();
  const STRANGER = 'vieras.muokkaaja@kunta.example';

  it('refuses every sidebar action to an editor who is not a coach, and logs each refusal', () => {
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, STRANGER);
    const clientsBefore = values(ws, 'Asiakkaat');
    const calls: [string, unknown[]][] = [
      ['enrolClient', [{ name: 'Testi Asiakas', email: 'testi@example.com' }]],
      ['markAttendance', [{ clientId: 'A0001', date: '2026-11-26', status: 'present' }]],
      ['bookOneToOne', [{ clientId: 'A0001', date: '2026-11-30', time: '10:00' }]],
      ['approvePlans', ['A0001']],
    ];
    for (const [fn, args] of calls) {
      const result = ws.call(fn, args, { user: STRANGER }) as { ok: boolean };
      expect({ fn, ok: result.ok }).toEqual({ fn, ok: false });
      expect(logOf(ws, fn).filter((r) => r.Taso === 'warning')).toHaveLength(1);
    }
    expect(values(ws, 'Asiakkaat')).toEqual(clientsBefore);
    // The owner (who installed it) still may.
    expect((ws.call('approvePlans', ['A0001']) as { ok: boolean }).ok).toBe(true);
  });

  it('logs a forged and another client’s token at the web-app upload', () => {
    const before = logOf(ws, 'upload').length;
    const forged = ws.call('uploadSubmission', ['f'.repeat(32), { ticket: 'x', text: 'hei' }]) as {
      ok: boolean;
    };
    expect(forged.ok).toBe(false);
    expect(logOf(ws, 'upload').length).toBe(before + 1);
  });

  it('logs exports: the client record, the absence report and the monthly summary', () => {
    expect((ws.call('clientRecord', ['A0001']) as { ok: boolean }).ok).toBe(true);
    expect(logOf(ws, 'client-record').map((r) => r.Asiakas)).toContain('A0001');
    const reportsBefore = logOf(ws, 'reports').length;
    ws.call('absenceReport');
    ws.call('monthlySummary');
    expect(logOf(ws, 'reports').length).toBe(reportsBefore + 2);
  });

  it('sharing changes are log rows', () => {
    const shared = logOf(ws, 'folders').filter((r) => /add-editor/.test(String(r.Lisätiedot)));
    expect(shared.length).toBeGreaterThan(0);
    const ids = new Set(rowsOf(ws, 'Asiakkaat').map((c) => c.Tunnus));
    for (const r of shared) expect(ids.has(r.Asiakas)).toBe(true);
  });
});
