import { EmulatedBlob } from '../../../emulator/runtime/blob';
import { createUtilities, formatDate, formatString, parseCsv } from '../../../emulator/utilities';
import { makeTestContext } from '../../helpers/runtime';

const HKI = 'Europe/Helsinki';
const FULL = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

describe('formatDate across the Finnish DST changes', () => {
  it.each([
    ['2026-03-29T00:59:59Z', '2026-03-29T02:59:59.000+02:00', 'EET'],
    ['2026-03-29T01:00:00Z', '2026-03-29T04:00:00.000+03:00', 'EEST'],
    ['2026-10-25T00:59:59Z', '2026-10-25T03:59:59.000+03:00', 'EEST'],
    ['2026-10-25T01:00:00Z', '2026-10-25T03:00:00.000+02:00', 'EET'],
  ])('%s', (iso, expected, zone) => {
    expect(formatDate(new Date(iso), HKI, FULL)).toBe(expected);
    expect(formatDate(new Date(iso), HKI, 'z')).toBe(zone);
  });

  it('formats every supported letter', () => {
    const d = new Date('2026-03-02T06:05:04.007Z'); // Monday 08:05 in Helsinki
    expect(formatDate(d, HKI, 'yy yyyy M MM MMM MMMM d dd')).toBe('26 2026 3 03 Mar March 2 02');
    expect(formatDate(d, HKI, 'H HH h hh a m mm s ss S SSS')).toBe('8 08 8 08 AM 5 05 4 04 7 007');
    expect(formatDate(d, HKI, 'E EEE EEEE u w D')).toBe('Mon Mon Monday 1 10 61');
    expect(formatDate(d, HKI, 'Z X XX XXX zzzz')).toBe(
      '+0200 +02 +0200 +02:00 Eastern European Standard Time',
    );
    expect(formatDate(d, HKI, "'klo' HH.mm, 'it''s' ''")).toBe("klo 08.05, it's '");
    expect(formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ssX")).toBe('2026-03-02T06:05:04Z');
    expect(formatDate(new Date('2026-03-02T18:00:00Z'), HKI, 'h:mm a')).toBe('8:00 PM');
  });

  it('numbers weeks as Java does for Locale.US', () => {
    expect(formatDate(new Date('2025-12-28T12:00:00Z'), HKI, 'w YYYY')).toBe('1 2026');
    expect(formatDate(new Date('2026-01-03T12:00:00Z'), HKI, 'w')).toBe('1');
    expect(formatDate(new Date('2026-01-04T12:00:00Z'), HKI, 'w')).toBe('2');
  });

  it('keeps 29 February and years before 100 (the zone offset is not computed in 1900)', () => {
    expect(formatDate(new Date('2024-02-29T12:00:00Z'), HKI, 'yyyy-MM-dd HH:mm Z')).toBe(
      '2024-02-29 14:00 +0200',
    );
    expect(formatDate(new Date('0050-06-01T12:00:00Z'), 'UTC', 'yyyy-MM-dd HH:mm G')).toBe(
      '0050-06-01 12:00 AD',
    );
  });

  it('treats an unknown zone as GMT and accepts GMT offsets', () => {
    expect(formatDate(new Date('2026-03-02T06:00:00Z'), 'Mars/Olympus', 'HH:mm z')).toBe(
      '06:00 GMT',
    );
    expect(formatDate(new Date('2026-03-02T06:00:00Z'), 'GMT+05:30', 'HH:mm Z')).toBe(
      '11:30 +0530',
    );
  });

  it('rejects letters SimpleDateFormat does not know', () => {
    expect(() => formatDate(new Date(0), HKI, 'yyyy-bb')).toThrow("Illegal pattern character 'b'");
  });
});

describe('Utilities (emulator)', () => {
  it('sleep advances the simulated clock and counts as a call', () => {
    const ctx = makeTestContext();
    const u = createUtilities(ctx);
    const before = ctx.rt.clock.now();
    u.sleep(1500);
    expect(ctx.rt.clock.now() - before).toBeGreaterThanOrEqual(1500);
    expect(ctx.rt.execution.calls.map((c) => c.method)).toEqual(['Utilities.sleep']);
  });

  it('getUuid is a v4 UUID from the seeded dice', () => {
    const a = createUtilities(makeTestContext({ seed: 7 })).getUuid();
    const b = createUtilities(makeTestContext({ seed: 7 })).getUuid();
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createUtilities(makeTestContext({ seed: 8 })).getUuid()).not.toBe(a);
  });

  it('newBlob makes an EmulatedBlob', () => {
    const u = createUtilities(makeTestContext());
    const blob = u.newBlob('hyvä', 'text/plain', 'a.txt') as unknown as EmulatedBlob;
    expect(blob.getDataAsString()).toBe('hyvä');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('a.txt');
    expect(blob.getBytes()).toEqual([104, 121, 118, -61, -92]);
  });

  it('formatString', () => {
    expect(formatString('%s has %d tasks (%.1f%%)', 'Aino', 3, 42.25)).toBe(
      'Aino has 3 tasks (42.3%)',
    );
    expect(formatString('[%5s|%-5s|%05d|%+d|%x]', 'ab', 'cd', 42, 7, 255)).toBe(
      '[   ab|cd   |00042|+7|ff]',
    );
  });

  it('parseCsv handles quotes, doubled quotes, line breaks and a delimiter', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n1,"two\nlines",3\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['1', 'two\nlines', '3'],
    ]);
    expect(parseCsv('a;b\n;', ';')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('zip and unzip are not emulated', () => {
    const u = createUtilities(makeTestContext());
    expect(() => u.zip([])).toThrow('Not emulated: Utilities.zip()');
    expect(() => u.unzip(null as never)).toThrow('Not emulated: Utilities.unzip()');
    expect(() => (u as unknown as { gzip(): void }).gzip()).toThrow(
      'Not emulated: Utilities.gzip()',
    );
  });
});
