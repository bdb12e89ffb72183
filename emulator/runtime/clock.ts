/**
 * The simulated clock. Scripts never see real time: `new Date()` and `Date.now()` inside the
 * sandbox read this clock, and every service call advances it by its modelled latency.
 */
export class SimClock {
  constructor(private nowMs: number) {}

  now(): number {
    return this.nowMs;
  }

  set(ms: number): void {
    this.nowMs = ms;
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }
}

let currentClock = new SimClock(Date.UTC(2026, 0, 5, 8, 0, 0));

export function useClock(clock: SimClock): void {
  currentClock = clock;
}

export function getClock(): SimClock {
  return currentClock;
}

const RealDate = Date;

class SimulatedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(currentClock.now());
    else super(...(args as [number]));
  }

  static override now(): number {
    return currentClock.now();
  }
}

/**
 * `Date` as scripts see it: identical to Date, except that "now" is the simulated clock.
 * The emulator creates every Date it hands out with this class too, so `x instanceof Date`
 * holds inside the sandbox just as it does in Apps Script.
 */
export const SimDate: DateConstructor = (function () {
  // Calling Date() without new returns a string of "now", as the built-in does. The construct
  // trap does what a proxy without one does, Reflect.construct(target, args, newTarget), but
  // constructs the class directly when newTarget is the proxy itself: a proxy without the trap
  // is several times slower to construct, and scripts make Dates per cell.
  const proxy: DateConstructor = new Proxy(SimulatedDate, {
    apply: () => new RealDate(currentClock.now()).toString(),
    construct: (target, args, newTarget) => {
      if (newTarget !== proxy) return Reflect.construct(target, args, newTarget) as object;
      return args.length === 1 ? new SimulatedDate(args[0]) : new SimulatedDate(...args);
    },
  }) as unknown as DateConstructor;
  return proxy;
})();

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A Date of the simulated world (what `new Date(ms)` gives a script). */
export function makeDate(ms: number): Date {
  return new SimulatedDate(ms);
}
