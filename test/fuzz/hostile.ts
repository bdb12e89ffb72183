import fc from 'fast-check';

/** Values people and exports really put into cells, and values an attacker would. */
export const HOSTILE_STRINGS = [
  '=IMPORTRANGE("x","A1")',
  '+358 40 1',
  '-1',
  '@x',
  '\t=1',
  '\r=1',
  '31.2.2026',
  '2026-02-30',
  '0.0.0000',
  '99:99',
  'x'.repeat(60_000),
  '\u0000\u0001\u0007\u001b[31m',
  '\ufeff',
  '<script>alert(1)</script>',
  '"; DROP TABLE clients; --',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  'TRUE',
  '🙂‍↔️',
  '\u202eevil',
  '',
  ' ',
];

export const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** Anything a cell can hold, typed or not. */
export const hostileCell = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ min: new Date('1899-12-30'), max: new Date('2100-01-01'), noInvalidDate: true }),
);
