import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { mails, meta, plannedWorkspace } from './helpers';

/**
 * A forced resend of the weekly mail from the client card: an explicit ledger key
 * `weekly-resend|<client>|<week>|<n>`, numbered, sent once per number; never a silent duplicate.
 */
type Info = { ok: true; week: string; to: string; sentAt: string; next: number };

describe('resending the weekly mail', () => {
  const ws = plannedWorkspace();
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  const first = mails(ws).find((m) => meta(m).kind === 'weekly')!;
  const client = meta(first).client;
  const weeklyOf = (id: string) =>
    mails(ws).filter((m) => meta(m).kind === 'weekly' && meta(m).client === id);

  it('says which week and which resend comes next, sending nothing', () => {
    const info = ws.call('resendWeeklyInfo', [client]) as Info;
    expect(info).toMatchObject({
      ok: true,
      week: '2026-W49',
      to: first.to[0],
      next: 1,
    });
    expect(info.sentAt).toMatch(/^26\.11\.2026 \d\d:\d\d$/);
    expect(weeklyOf(client)).toHaveLength(1);
  });

  it('sends the same mail again once per confirmed number', () => {
    expect(ws.call('resendWeekly', [client, '2026-W49', 1])).toEqual({
      sent: true,
      reason: '',
      key: `weekly-resend|${client}|2026-W49|1`,
    });
    const both = weeklyOf(client);
    expect(both).toHaveLength(2);
    expect(both[1].subject).toBe(both[0].subject);
    // The same confirmation again (a double press, a retried call) sends nothing.
    expect(ws.call('resendWeekly', [client, '2026-W49', 1])).toMatchObject({
      sent: false,
      reason: 'already-sent',
    });
    // A number the coach was not offered is refused.
    expect(ws.call('resendWeekly', [client, '2026-W49', 5])).toMatchObject({
      sent: false,
      reason: 'stale',
    });
    expect(weeklyOf(client)).toHaveLength(2);
    expect((ws.call('resendWeeklyInfo', [client]) as Info).next).toBe(2);
  });

  it('is in the send ledger under its own key; the weekly dispatch still sends nothing twice', () => {
    const before = mails(ws).length;
    ws.run('etapaja', 'weeklyDispatch', [{}]);
    expect(mails(ws).length).toBe(before);
    const [header, ...rows] = readSheetValues(
      ws.rt,
      ws.meta.boundSpreadsheetId as string,
      'Lähetykset',
    );
    const keyCol = header.findIndex((h) => /avain/i.test(String(h)));
    const keys = rows.map((r) => String(r[keyCol])).filter((k) => k.includes(`|${client}|`));
    expect(new Set(keys)).toEqual(
      new Set([
        `welcome|${client}|enrolment`,
        `weekly|${client}|2026-W49`,
        `weekly-resend|${client}|2026-W49|1`,
      ]),
    );
  });

  it('offers no resend before a weekly mail has gone', () => {
    const fresh = plannedWorkspace();
    expect(fresh.call('resendWeeklyInfo', [client])).toEqual({ ok: false, reason: 'not-sent' });
    expect(fresh.call('resendWeekly', [client, '2026-W49', 1])).toMatchObject({
      sent: false,
      reason: 'not-sent',
    });
    expect(mails(fresh)).toHaveLength(0);
  });
});
