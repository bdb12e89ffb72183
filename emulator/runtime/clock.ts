import { zonedDateClass, type ZonedDateConstructor } from './zoned-date';

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

/** The clock of harness code outside any execution: the newest runtime's. */
let defaultClock = new SimClock(Date.UTC(2026, 0, 5, 8, 0, 0));
/** The clocks of the executions in progress, innermost last. */
const clockStack: SimClock[] = [];

export function useClock(clock: SimClock): void {
  defaultClock = clock;
}

/**
 * An execution reads its own runtime's clock, whichever runtime was made last: two workspaces
 * in one process (a test comparing two worlds) must not share "now". Returns the undo.
 */
export function enterClock(clock: SimClock): () => void {
  clockStack.push(clock);
  const depth = clockStack.length;
  return () => {
    clockStack.length = depth - 1;
  };
}

export function getClock(): SimClock {
  return clockStack[clockStack.length - 1] ?? defaultClock;
}

const clockNow = (): number => getClock().now();

/** The zone of Dates made outside any execution (tests' harness code): the runtime's default. */
export const DEFAULT_ZONE = 'Europe/Helsinki';
const zoneStack: string[] = [];

/**
 * `Date` as scripts of a project in `timeZone` see it: "now" is the simulated clock and every
 * local-time method is in the project's zone (see zoned-date.ts). `x instanceof Date` holds for
 * every Date the runtime hands out.
 */
export function dateClassFor(timeZone: string): ZonedDateConstructor {
  return zonedDateClass(timeZone, clockNow);
}

/** Dates the services make during an execution live in its project's zone; returns the undo. */
export function enterZone(timeZone: string): () => void {
  zoneStack.push(timeZone);
  const depth = zoneStack.length;
  return () => {
    zoneStack.length = depth - 1;
  };
}

/** The zone of the execution in progress (or the default outside one). */
export function currentZone(): string {
  return zoneStack[zoneStack.length - 1] ?? DEFAULT_ZONE;
}

/** `Date` of the default zone: what harness code outside an execution gets. */
export const SimDate: DateConstructor = dateClassFor(DEFAULT_ZONE);

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A Date of the simulated world (what `new Date(ms)` gives a script), in the current zone. */
export function makeDate(ms: number): Date {
  return new (dateClassFor(currentZone()))(ms);
}
