import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { logRows, mails, usedWorkspace } from './helpers';

/**
 * A night when Mail is down: each failed step is one log row, told once in the next digest,
 * and told as what it was (Google's service did not answer), never as a spent quota. The
 * digest used to append the night's notes inside its own retry, so a mail error wrote every
 * note twice and the next digest told each twice.
 */
jest.setTimeout(300_000);

test('a failed nightly step is one log row and one digest line', () => {
  const ws = usedWorkspace();
  ws.advance(Date.parse('2026-12-01T23:00:00+02:00'));
  ws.rt.faults = new FaultInjector(parseFaults('mail=1'));
  ws.advance(Date.parse('2026-12-02T04:00:00+02:00'));
  ws.rt.faults = new FaultInjector(parseFaults(''));
  const night = logRows(ws).filter(
    (r) => r.Taso === 'error' && String(r.Aika).startsWith('2026-12-02T0'),
  );
  expect(night.length).toBeGreaterThan(0);
  const texts = night.map((r) => `${String(r.Toiminto)}|${String(r.Viesti)}`);
  expect(new Set(texts).size).toBe(texts.length);
  for (const text of texts) {
    expect(text).not.toMatch(/^quota\|/);
    expect(text).toMatch(/Googlen palvelu ei vastannut/);
  }

  ws.advance(Date.parse('2026-12-03T04:00:00+02:00'));
  const digest = mails(ws).find(
    (m) => /huomio/.test(m.subject) && m.sentAt > Date.parse('2026-12-02T04:00:00+02:00'),
  );
  expect(digest).toBeDefined();
  for (const row of night) {
    const said = digest!.text.split(String(row.Viesti)).length - 1;
    expect(said).toBe(1);
  }
});
