import { isDone, type LedgerRun } from '../../../src/jobs/dispatch-ledger';

/**
 * A parked mail waits for the coach to correct the address: it counts as done only while the
 * address is the one it was parked with (one mailbox however typed), so every caller that asks
 * with the client's current address sees the corrected one as still owed.
 */
function ledgerWith(status: string, to: string): LedgerRun {
  const entry = { sendKey: 'weekly|A0004|2026-W50', status, to, attempts: 1 };
  return { latest: new Map([[entry.sendKey, entry]]) } as unknown as LedgerRun;
}

describe('isDone of a parked mail', () => {
  const key = 'weekly|A0004|2026-W50';

  test('is done for the address it was parked with, however typed', () => {
    const ledger = ledgerWith('parked', 'Matti@Bücher.example');
    expect(isDone(ledger, key, 'matti@bücher.example')).toBe(true);
    expect(isDone(ledger, key, ' MATTI@xn--bcher-kva.example ')).toBe(true);
  });

  test('is owed again once the address changes', () => {
    const ledger = ledgerWith('parked', 'matti');
    expect(isDone(ledger, key, 'matti@posti.example')).toBe(false);
  });

  test('a sent or uncertain mail is done whatever the address', () => {
    expect(isDone(ledgerWith('sent', 'a@x.example'), key, 'b@x.example')).toBe(true);
    expect(isDone(ledgerWith('uncertain', 'a@x.example'), key, 'b@x.example')).toBe(true);
  });
});
