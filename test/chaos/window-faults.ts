import { FaultInjector, parseFaults } from '../../emulator/runtime/faults';
import type { Runtime } from '../../emulator/runtime/runtime';
import type { Rng } from '../../emulator/runtime/rng';

/** Where one day's crash lands: the `call`-th service call of that day's `run`-th `functionName`. */
export interface CrashTarget {
  functionName: string;
  run: number;
  call: number;
}

/**
 * One day of an outage window: the seeded service failures of `spec`, and at most one crash
 * placed inside a chosen execution. A plain `crash-at=k` counts the day's calls, so its crash
 * nearly always lands in an hourly reminder run, hardly ever in the night's planning or the
 * dispatch that the window is meant to hit. Counts what it injected, so the run's figures say
 * what really happened, not what was asked for.
 */
export class WindowFaults extends FaultInjector {
  errors = 0;
  crashes = 0;
  private executionId?: string;
  private callInExecution = 0;
  private runsOfTarget = 0;

  constructor(
    spec: string,
    private readonly rt: Runtime,
    readonly crash?: CrashTarget,
  ) {
    super(parseFaults(spec));
  }

  override decide(
    service: string,
  ): { kind: 'crash' } | { kind: 'error'; message: string } | undefined {
    const execution = this.rt.current;
    if (execution && execution.info.id !== this.executionId) {
      this.executionId = execution.info.id;
      this.callInExecution = 0;
      if (execution.info.functionName === this.crash?.functionName) this.runsOfTarget += 1;
    }
    this.callInExecution += 1;
    if (this.isCrashPoint(execution?.info.functionName)) {
      this.crashes += 1;
      return { kind: 'crash' };
    }
    const fate = super.decide(service);
    if (fate?.kind === 'error') this.errors += 1;
    return fate;
  }

  private isCrashPoint(functionName: string | undefined): boolean {
    const target = this.crash;
    return (
      target !== undefined &&
      this.crashes === 0 &&
      functionName === target.functionName &&
      this.runsOfTarget === target.run &&
      this.callInExecution === target.call
    );
  }
}

/**
 * Most days of the window get a crash (seeded): Monday to Wednesday mostly inside the nightly
 * run that plans next week, Thursday mostly inside the weekly dispatch (any of its first three
 * runs), sometimes in an hourly reminder run. The call is early enough that a run cut short by
 * a Sheets failure is still often reached; a target the day never reaches injects nothing and
 * is not counted.
 */
export function crashTargetFor(day: number, rng: Rng): CrashTarget | undefined {
  if (rng.next() >= 0.8) return undefined;
  const pick = rng.next();
  if (day === 3 && pick < 0.6)
    return { functionName: 'weeklyDispatch', run: 1 + rng.int(3), call: 1 + rng.int(60) };
  if (pick < 0.8) return { functionName: 'nightly', run: 1, call: 1 + rng.int(120) };
  return { functionName: 'reminders', run: 1 + rng.int(24), call: 1 + rng.int(30) };
}
