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

/**
 * `Date` as scripts see it: identical to Date, except that "now" is the simulated clock.
 * The emulator creates every Date it hands out with this class too, so `x instanceof Date`
 * holds inside the sandbox just as it does in Apps Script.
 */
export const SimDate: DateConstructor = (function () {
  class SimulatedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(currentClock.now());
      else super(...(args as [number]));
    }

    static override now(): number {
      return currentClock.now();
    }
  }
  // Calling Date() without new returns a string of "now", as the built-in does.
  return new Proxy(SimulatedDate, {
    apply: () => new RealDate(currentClock.now()).toString(),
  }) as unknown as DateConstructor;
})();

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function makeDate(ms: number): Date {
  return new SimDate(ms);
}
