import { localToEpoch, longZoneName, offsetAt } from './time-zone';

/**
 * `Date` as Apps Script gives it: every local-time reading and writing is in the project's time
 * zone (appsscript.json `timeZone`), whatever zone the machine running the runtime is in.
 * https://developers.google.com/apps-script/concepts/manifests ("timeZone: the script time zone")
 * https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
 *
 * The class extends the host's Date (so `instanceof Date`, `getTime`, the UTC methods and
 * `toISOString` are the engine's own) and overrides what ECMA-262 defines through LocalTime(t)
 * and UTC(t) (https://tc39.es/ecma262/#sec-localtime), with the zone's offset from Intl (the same
 * ICU data V8 reads). test/conformance/date-zone.test.ts compares it against a Node whose host
 * zone is the project's.
 */

const RealDate = Date;
const proto = RealDate.prototype;
const getTime = proto.getTime;
const setTime = proto.setTime;
/** A scratch Date for UTC field arithmetic on local readings (no allocation per call). */
const scratch = new RealDate(0);

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_TIME = 8.64e15;
/** 400 Gregorian years are 146,097 days, a whole number of weeks. */
const CYCLE_MS_PER_YEAR = (146_097 * 86_400_000) / 400;
/** How many years `local()` moved its reading to stay in range (0 almost always). */
let yearShift = 0;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** ToPrimitive(value, default), as the Date constructor applies it to one argument. */
function toPrimitive(value: unknown): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  const exotic = (value as { [Symbol.toPrimitive]?: (hint: string) => unknown })[
    Symbol.toPrimitive
  ];
  if (typeof exotic === 'function') return exotic.call(value, 'default');
  for (const method of ['valueOf', 'toString'] as const) {
    const fn = (value as Record<string, unknown>)[method];
    if (typeof fn === 'function') {
      const result = (fn as () => unknown).call(value);
      if (result === null || typeof result !== 'object') return result;
    }
  }
  throw new TypeError('Cannot convert object to primitive value');
}

// ---- parsing: strings without a zone are local time in the project's zone ----

/** ECMA-262's date-time string format (https://tc39.es/ecma262/#sec-date-time-string-format). */
const ISO =
  /^([+-]\d{6}|\d{4})(?:-\d{2}(?:-\d{2})?)?(T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i;
/** Zone words V8's legacy parser knows (V8's dateparser.cc KeywordTable), outside comments. */
const ZONE_WORD = /(?:^|[^a-z])(?:utc|ut|gmt|z|[ecmp][sd]t)(?![a-z])/i;
/** A numeric offset, which V8's legacy parser reads only after a time of day. */
const OFFSET_AFTER_TIME = /\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*[+-]\d/i;

/** Whether V8 reads the string in the host's local time (true) or at a fixed zone (false). */
function isLocalString(text: string): boolean {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  // Date-only ISO forms are UTC; date-time forms without an offset are local.
  if (iso) return iso[2] !== undefined && iso[3] === undefined;
  const uncommented = trimmed.replace(/\([^)]*\)/g, ' ');
  return !ZONE_WORD.test(uncommented) && !OFFSET_AFTER_TIME.test(uncommented);
}

/** The engine's reading of a local string as a wall clock, in ms as if it were UTC. */
function wallOfLocalString(text: string, hostEpoch: number): number {
  const trimmed = text.trim();
  // Read at UTC directly, which is exact even where the host zone skips that hour.
  const asUtc = ISO.test(trimmed) ? RealDate.parse(`${trimmed}Z`) : RealDate.parse(`${text} GMT`);
  if (!Number.isNaN(asUtc)) return asUtc;
  scratch.setTime(hostEpoch);
  return RealDate.UTC(
    scratch.getFullYear(),
    scratch.getMonth(),
    scratch.getDate(),
    scratch.getHours(),
    scratch.getMinutes(),
    scratch.getSeconds(),
    scratch.getMilliseconds(),
  );
}

/** Date.parse in a zone. */
export function parseInZone(text: string, tz: string): number {
  const host = RealDate.parse(text);
  if (Number.isNaN(host) || !isLocalString(text)) return host;
  return timeClip(localToEpoch(wallOfLocalString(text, host), tz));
}

function timeClip(ms: number): number {
  return Math.abs(ms) > 8.64e15 ? NaN : ms;
}

// ---- the class ----

export interface ZonedDateConstructor extends DateConstructor {
  /** The IANA zone its local-time methods use. */
  readonly zone: string;
}

type UtcSetter = (...args: number[]) => number;

function defineZonedDate(tz: string, now: () => number): ZonedDateConstructor {
  const offset = (t: number): number => offsetAt(t, tz);
  /**
   * Puts LocalTime(this) in the scratch Date and returns this's time value (NaN if invalid). A
   * local reading past a Date's range (±8.64e15) is read 400 years nearer, where the calendar and
   * weekdays repeat, and `yearShift` says so.
   */
  const local = (date: Date): number => {
    const t = getTime.call(date);
    if (t !== t) return NaN;
    const reading = t + offset(t);
    yearShift = reading > MAX_TIME ? 400 : reading < -MAX_TIME ? -400 : 0;
    scratch.setTime(reading - yearShift * CYCLE_MS_PER_YEAR);
    return t;
  };
  const toUtc = (localMs: number): number => timeClip(localToEpoch(localMs, tz));
  /** A local setter: the UTC setter applied to the local reading, then UTC(t). */
  const setLocal = (date: Date, setter: UtcSetter, args: number[], nanAsZero = false): number => {
    const t = getTime.call(date);
    if (t !== t && !nanAsZero) {
      for (const a of args) Number(a); // arguments are still converted, as the spec does
      return NaN;
    }
    scratch.setTime(t !== t ? 0 : t + offset(t));
    const newLocal = Reflect.apply(setter, scratch, args) as number;
    return setTime.call(date, toUtc(newLocal));
  };
  const offsetText = (t: number): string => {
    const minutes = Math.trunc(offset(t) / 60000);
    const abs = Math.abs(minutes);
    return `GMT${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
  };
  const dateText = (): string => {
    const y = scratch.getUTCFullYear() + yearShift;
    const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
    return `${DAYS[scratch.getUTCDay()]} ${MONTHS[scratch.getUTCMonth()]} ${pad2(scratch.getUTCDate())} ${year}`;
  };
  const timeText = (t: number): string =>
    `${pad2(scratch.getUTCHours())}:${pad2(scratch.getUTCMinutes())}:${pad2(scratch.getUTCSeconds())} ${offsetText(t)} (${longZoneName(t, tz)})`;
  const withZone = (options: unknown): Intl.DateTimeFormatOptions => {
    if (options === undefined) return { timeZone: tz };
    const given = Object(options) as Intl.DateTimeFormatOptions;
    return given.timeZone === undefined ? { ...given, timeZone: tz } : given;
  };

  class ZonedDate extends RealDate {
    static readonly zone = tz;

    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else if (args.length === 1) {
        const value = args[0];
        if (typeof value === 'number') super(value);
        else if (isDateObject(value)) super(getTime.call(value));
        else {
          const primitive = toPrimitive(value);
          super(typeof primitive === 'string' ? parseInZone(primitive, tz) : Number(primitive));
        }
      } else {
        // MakeDay/MakeTime as Date.UTC does them (years 0–99 are 1900–1999), then UTC(t).
        super(toUtc(Reflect.apply(RealDate.UTC, undefined, args) as number));
      }
    }

    static override now(): number {
      return now();
    }

    static override parse(text: string): number {
      return parseInZone(String(text), tz);
    }

    static override [Symbol.hasInstance](value: unknown): boolean {
      return isDateObject(value);
    }

    override getFullYear(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCFullYear() + yearShift;
    }
    override getMonth(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCMonth();
    }
    override getDate(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCDate();
    }
    override getDay(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCDay();
    }
    override getHours(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCHours();
    }
    override getMinutes(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCMinutes();
    }
    override getSeconds(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCSeconds();
    }
    override getMilliseconds(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCMilliseconds();
    }
    getYear(): number {
      const t = local(this);
      return t !== t ? NaN : scratch.getUTCFullYear() + yearShift - 1900;
    }
    override getTimezoneOffset(): number {
      const t = getTime.call(this);
      // V8 gives whole minutes (Helsinki's 1:39:49 of local mean time is -99), never -0.
      return t !== t ? NaN : Math.trunc(-offset(t) / 60000) || 0;
    }

    override setFullYear(...args: number[]): number {
      return setLocal(this, proto.setUTCFullYear as UtcSetter, args, true);
    }
    override setMonth(...args: number[]): number {
      return setLocal(this, proto.setUTCMonth as UtcSetter, args);
    }
    override setDate(...args: number[]): number {
      return setLocal(this, proto.setUTCDate as UtcSetter, args);
    }
    override setHours(...args: number[]): number {
      return setLocal(this, proto.setUTCHours as UtcSetter, args);
    }
    override setMinutes(...args: number[]): number {
      return setLocal(this, proto.setUTCMinutes as UtcSetter, args);
    }
    override setSeconds(...args: number[]): number {
      return setLocal(this, proto.setUTCSeconds as UtcSetter, args);
    }
    override setMilliseconds(...args: number[]): number {
      return setLocal(this, proto.setUTCMilliseconds as UtcSetter, args);
    }
    /** Annex B setYear: two-digit years are 1900–1999. */
    setYear(year: number): number {
      const y = Number(year);
      if (Number.isNaN(y)) return setTime.call(this, NaN);
      const full = Math.trunc(y);
      const fullYear = full >= 0 && full <= 99 ? 1900 + full : full;
      return setLocal(this, proto.setUTCFullYear as UtcSetter, [fullYear], true);
    }

    override toString(): string {
      const t = local(this);
      return t !== t ? 'Invalid Date' : `${dateText()} ${timeText(t)}`;
    }
    override toDateString(): string {
      const t = local(this);
      return t !== t ? 'Invalid Date' : dateText();
    }
    override toTimeString(): string {
      const t = local(this);
      return t !== t ? 'Invalid Date' : timeText(t);
    }
    override toLocaleString(locales?: string | string[], options?: unknown): string {
      return proto.toLocaleString.call(this, locales, withZone(options));
    }
    override toLocaleDateString(locales?: string | string[], options?: unknown): string {
      return proto.toLocaleDateString.call(this, locales, withZone(options));
    }
    override toLocaleTimeString(locales?: string | string[], options?: unknown): string {
      return proto.toLocaleTimeString.call(this, locales, withZone(options));
    }
  }

  // Date() called without `new` returns "now" as a string, as the built-in does. The construct
  // trap builds the class directly when newTarget is the proxy itself: a proxy without the trap
  // is several times slower to construct, and scripts make Dates per cell.
  const proxy = new Proxy(ZonedDate, {
    apply: () => new ZonedDate(now()).toString(),
    construct: (target, args, newTarget) => {
      if (newTarget !== proxy) return Reflect.construct(target, args, newTarget) as object;
      return args.length === 1 ? new ZonedDate(args[0]) : new ZonedDate(...args);
    },
  }) as unknown as ZonedDateConstructor;
  // Scripts test `value.constructor == Date` and print dates: the class must look like the
  // built-in (name "Date", length 7, the prototype's constructor is the script's Date).
  Object.defineProperty(ZonedDate, 'name', { value: 'Date', configurable: true });
  Object.defineProperty(ZonedDate, 'length', { value: 7, configurable: true });
  Object.defineProperty(ZonedDate.prototype, 'constructor', {
    value: proxy,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return proxy;
}

const classes = new Map<string, ZonedDateConstructor>();

/** The Date class of a zone ("now" is the given clock), made once per zone. */
export function zonedDateClass(tz: string, now: () => number): ZonedDateConstructor {
  let made = classes.get(tz);
  if (!made) {
    made = defineZonedDate(tz, now);
    classes.set(tz, made);
  }
  return made;
}
