import { isValidTimeZone, offsetAt, zonedParts, zonedToEpoch } from '../../../src/core/time-zone';

const HKI = 'Europe/Helsinki';
const utc = (iso: string): number => Date.parse(iso);

describe('zonedParts', () => {
  it('reads wall-clock parts in winter and summer', () => {
    expect(zonedParts(utc('2026-01-15T10:00:00Z'), HKI)).toEqual({
      date: '2026-01-15',
      time: '12:00',
      weekday: 4,
      hour: 12,
      minute: 0,
    });
    expect(zonedParts(utc('2026-07-15T10:05:00Z'), HKI).time).toBe('13:05');
  });

  it('crosses midnight by the zone, not by UTC', () => {
    const p = zonedParts(utc('2026-03-01T22:30:00Z'), HKI);
    expect(p.date).toBe('2026-03-02');
    expect(p.time).toBe('00:30');
    expect(p.hour).toBe(0);
    expect(p.weekday).toBe(1);
  });

  it('works for other zones', () => {
    expect(zonedParts(utc('2026-01-15T10:00:00Z'), 'America/New_York').time).toBe('05:00');
    expect(zonedParts(utc('2026-01-15T10:00:00Z'), 'UTC').time).toBe('10:00');
  });

  it('reports offsets', () => {
    expect(offsetAt(utc('2026-01-15T10:00:00Z'), HKI)).toBe(2 * 3600_000);
    expect(offsetAt(utc('2026-07-15T10:00:00Z'), HKI)).toBe(3 * 3600_000);
  });
});

describe('zonedToEpoch', () => {
  it('converts ordinary winter and summer times', () => {
    expect(zonedToEpoch('2026-01-15', '12:00', HKI)).toBe(utc('2026-01-15T10:00:00Z'));
    expect(zonedToEpoch('2026-07-15', '12:00', HKI)).toBe(utc('2026-07-15T09:00:00Z'));
  });

  it('handles the spring change (29.3.2026, 03:00 → 04:00)', () => {
    expect(zonedToEpoch('2026-03-29', '02:59', HKI)).toBe(utc('2026-03-29T00:59:00Z'));
    expect(zonedToEpoch('2026-03-29', '04:00', HKI)).toBe(utc('2026-03-29T01:00:00Z'));
    // 03:30 does not exist: moved forward to 04:30 summer time.
    expect(zonedToEpoch('2026-03-29', '03:30', HKI)).toBe(utc('2026-03-29T01:30:00Z'));
    expect(zonedToEpoch('2026-03-29', '12:00', HKI)).toBe(utc('2026-03-29T09:00:00Z'));
    expect(zonedToEpoch('2026-03-28', '12:00', HKI)).toBe(utc('2026-03-28T10:00:00Z'));
  });

  it('handles the autumn change (25.10.2026, 04:00 → 03:00)', () => {
    // 03:30 happens twice: the earlier one (summer time) is chosen.
    expect(zonedToEpoch('2026-10-25', '03:30', HKI)).toBe(utc('2026-10-25T00:30:00Z'));
    expect(zonedToEpoch('2026-10-25', '02:30', HKI)).toBe(utc('2026-10-24T23:30:00Z'));
    expect(zonedToEpoch('2026-10-25', '04:00', HKI)).toBe(utc('2026-10-25T02:00:00Z'));
    expect(zonedToEpoch('2026-10-25', '12:00', HKI)).toBe(utc('2026-10-25T10:00:00Z'));
    expect(zonedToEpoch('2026-10-24', '12:00', HKI)).toBe(utc('2026-10-24T09:00:00Z'));
  });

  it('round-trips with zonedParts every 15 minutes across both changes', () => {
    for (const day of ['2026-03-29', '2026-10-25', '2027-03-28']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const epoch = zonedToEpoch(day, time, HKI);
        const back = zonedParts(epoch, HKI);
        if (
          !(day === '2026-03-29' && time >= '03:00' && time < '04:00') &&
          !(day === '2027-03-28' && time >= '03:00' && time < '04:00')
        ) {
          expect(`${back.date} ${back.time}`).toBe(`${day} ${time}`);
        }
      }
    }
  });

  it('rejects malformed input', () => {
    expect(() => zonedToEpoch('1.3.2026', '12:00', HKI)).toThrow(RangeError);
    expect(() => zonedToEpoch('2026-03-01', 'noon', HKI)).toThrow(RangeError);
  });

  it('knows valid zones', () => {
    expect(isValidTimeZone(HKI)).toBe(true);
    expect(isValidTimeZone('Europe/Tampere')).toBe(false);
  });
});
