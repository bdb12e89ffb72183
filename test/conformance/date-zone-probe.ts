/**
 * Every local-time operation of Date, run on a given Date class. date-zone.test.ts runs it on
 * Node's own Date with the host zone set to the project's zone (what Apps Script does) and on the
 * runtime's zoned Date under other host zones: the two must give the same answers.
 * Run as a script: `node probe.js native` or `node probe.js zoned Europe/Helsinki`.
 */
import { dateClassFor } from '../../emulator/runtime/clock';

type Probe = Record<string, unknown>;

const FIELD_DATES: number[][] = [
  [2026, 0, 5],
  [2026, 0, 5, 9, 30, 15, 250],
  [2026, 2, 29, 2, 59], // just before Finland's spring change
  [2026, 2, 29, 3, 0], // the skipped hour
  [2026, 2, 29, 3, 30],
  [2026, 2, 29, 4, 0],
  [2026, 9, 25, 2, 30],
  [2026, 9, 25, 3, 0], // the repeated hour
  [2026, 9, 25, 3, 30],
  [2026, 9, 25, 4, 0],
  [2026, 11, 31, 23, 59, 59, 999],
  [2026, 12, 1], // month overflow
  [2026, 0, 0], // day underflow
  [2026, 0, 5, 25, 61, 61], // time overflow
  [99, 0, 1], // years 0–99 are 1900–1999
  [1900, 0, 1],
  [1921, 4, 1, 0, 0], // Helsinki leaves local mean time
  [1970, 0, 1],
  [2038, 0, 19, 3, 14, 8],
  [-1, 5, 15],
  [275760, 8, 12],
  [2026, NaN, 1],
];

const INSTANTS = [
  0,
  Date.UTC(2026, 0, 4, 22),
  Date.UTC(2026, 2, 29, 0, 59, 59),
  Date.UTC(2026, 2, 29, 1, 0),
  Date.UTC(2026, 9, 25, 0, 30),
  Date.UTC(2026, 9, 25, 1, 0),
  Date.UTC(2026, 9, 25, 1, 30),
  Date.UTC(1900, 0, 1),
  Date.UTC(2100, 6, 1, 12),
  -1e14,
  8.64e15,
  NaN,
];

const STRINGS = [
  '2026-01-05',
  '2026-01',
  '2026',
  '2026-01-05T10:00',
  '2026-01-05T10:00:30.5',
  '2026-01-05T10:00:00Z',
  '2026-01-05T10:00:00+05:30',
  '2026-03-29T03:30',
  '2026-10-25T03:30',
  '2026-01-05 10:00:00',
  '2026/01/05 10:00',
  '1/5/2026',
  '1/5/2026 10:00 PM',
  'Jan 5 2026 10:00',
  'January 5, 2026 10:00:00',
  '5 January 2026',
  'Mon Jan 05 2026 00:00:00 GMT+0200 (Eastern European Standard Time)',
  'Mon Jan 05 2026 00:00:00 GMT-0500',
  'Mon, 05 Jan 2026 10:00:00 GMT',
  'Jan 5 2026 10:00 UTC',
  'Jan 5 2026 10:00 EST',
  'Jan 5 2026 10:00 PDT',
  'Jan 5 2026 10:00:00 +0300',
  '2026-01-05T10:00:00+0200',
  'Jan 5 2026 (Monday) 10:00',
  'not a date',
];

function readings(d: Date): unknown[] {
  return [
    d.getTime(),
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getDay(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
    d.getTimezoneOffset(),
    (d as unknown as { getYear(): number }).getYear(),
    String(d),
    d.toDateString(),
    d.toTimeString(),
  ];
}

function locale(d: Date): unknown[] {
  if (Number.isNaN(d.getTime())) return [];
  return [
    d.toLocaleString('en-US'),
    d.toLocaleString('fi-FI'),
    d.toLocaleDateString('en-GB'),
    d.toLocaleTimeString('fi-FI'),
    d.toLocaleString('en-US', { timeZone: 'UTC' }),
    d.toLocaleDateString('fi-FI', { weekday: 'long', day: 'numeric', month: 'long' }),
  ];
}

type Setter = [string, number[]];
const SETTERS: Setter[] = [
  ['setFullYear', [2027]],
  ['setFullYear', [2026, 2, 29]],
  ['setMonth', [2]],
  ['setMonth', [9, 25]],
  ['setDate', [29]],
  ['setDate', [0]],
  ['setHours', [3]],
  ['setHours', [3, 30]],
  ['setHours', [27, 0, 0, 0]],
  ['setMinutes', [90]],
  ['setSeconds', [-1]],
  ['setMilliseconds', [1500]],
  ['setYear', [95]],
  ['setYear', [2030]],
];

export function probe(D: DateConstructor): Probe {
  const result: Probe = {};
  for (const fields of FIELD_DATES) {
    const d = new (D as unknown as new (...a: number[]) => Date)(...fields);
    result[`new Date(${fields.join(',')})`] = [...readings(d), ...locale(d)];
  }
  for (const ms of INSTANTS)
    result[`new Date(${ms})`] = [...readings(new D(ms)), ...locale(new D(ms))];
  for (const text of STRINGS) {
    result[`parse ${text}`] = [D.parse(text), new D(text).getTime()];
  }
  const bases = [Date.UTC(2026, 0, 30, 22, 15), Date.UTC(2026, 2, 28, 23), NaN];
  for (const base of bases) {
    for (const [name, args] of SETTERS) {
      const d = new D(base) as unknown as Record<string, (...a: number[]) => number>;
      const returned = d[name](...args);
      result[`${base} ${name}(${args.join(',')})`] = [returned, ...readings(d as unknown as Date)];
    }
  }
  result['instanceof'] = new D(0) instanceof D && new D(0) instanceof Date;
  result['toISOString'] = new D(2026, 0, 5).toISOString();
  result['JSON'] = JSON.stringify({ at: new D(2026, 0, 5, 12) });
  result['template'] = `${new D(2026, 6, 1, 8)}`;
  result['concat'] = '' + new D(2026, 6, 1, 8);
  result['valueOf'] = +new D(2026, 6, 1, 8);
  return result;
}

if (require.main === module) {
  const [mode, zone] = process.argv.slice(2);
  const D = mode === 'native' ? Date : dateClassFor(zone);
  process.stdout.write(JSON.stringify(probe(D)));
}
