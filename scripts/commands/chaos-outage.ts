import { runOutage, type OutageResult } from '../../test/chaos/outage';
import { print, readBundle } from './common';

/**
 * `etapaja chaos --outage --seeds 100-149`: the days-long outage scenario of
 * test/chaos/outage.ts (the one outage-a|b.test.ts run in CI) over a sweep of seeds, outside
 * jest. One line per seed as it finishes, because a sweep takes minutes; exit status 1 when any
 * invariant of any seed failed.
 */

/** Most seeds one sweep takes: a seed costs tens of seconds, so more is a typo, not a plan. */
const MAX_SEEDS = 1_000;

/** "100-149", "7,9,12" or both ("100-104,120"): the seeds in order, each once. */
export function parseSeeds(spec: string): number[] {
  const seeds = new Set<number>();
  for (const part of spec.split(',').map((p) => p.trim())) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match) throw new Error(`chaos: --seeds takes a range or a list, e.g. 100-149 or 7,9,12`);
    const low = Number(match[1]);
    const high = Number(match[2] ?? match[1]);
    if (high < low) throw new Error(`chaos: --seeds ${part} runs backwards`);
    if (high - low + seeds.size >= MAX_SEEDS)
      throw new Error(`chaos: --seeds asks for more than ${MAX_SEEDS} seeds`);
    for (let s = low; s <= high; s++) seeds.add(s);
  }
  return [...seeds];
}

export interface SeedOutcome {
  result: OutageResult;
  seconds: number;
}

/** One seed's line: seed, window, crashes fired, mails, and the invariants held or failed. */
export function outageLine({ result, seconds }: SeedOutcome): string {
  const { stats, checks } = result;
  const failed = checks.filter((c) => c.problems.length > 0);
  const verdict =
    failed.length === 0
      ? `held ${checks.length}/${checks.length}`
      : `FAILED ${failed.map((c) => c.name).join('; ')}`;
  return [
    `seed ${stats.seed}`,
    `window ${stats.window} ${stats.spec}`,
    `crashes ${stats.crashes}${stats.crashedIn.length ? ` (${stats.crashedIn.join(', ')})` : ''}`,
    `weekly mails ${stats.weekly} (late ${stats.late}, uncertain ${stats.uncertain})`,
    `coach mails/day ≤ ${stats.maxCoachMailsPerDay}`,
    verdict,
    `${seconds.toFixed(1)} s`,
  ].join(' | ');
}

/** The problems under a failed seed's line, indented, so the line stays one line. */
function problemLines(result: OutageResult): string[] {
  return result.problems.map((p) => `    ${p}`);
}

export function sweepSummary(outcomes: SeedOutcome[]): string {
  const failed = outcomes.filter((o) => o.result.problems.length > 0);
  const seconds = outcomes.reduce((a, o) => a + o.seconds, 0);
  const crashes = outcomes.reduce((a, o) => a + o.result.stats.crashes, 0);
  return `${outcomes.length} seeds, ${crashes} crashes, ${failed.length} failed${
    failed.length ? ` (${failed.map((o) => o.result.stats.seed).join(', ')})` : ''
  }, ${seconds.toFixed(1)} s`;
}

export function chaosOutage(options: { seeds?: string; json?: boolean }): void {
  const seeds = parseSeeds(options.seeds ?? '');
  const bundle = readBundle();
  const outcomes: SeedOutcome[] = [];
  for (const seed of seeds) {
    const started = Date.now();
    const result = runOutage(seed, bundle);
    const outcome = { result, seconds: (Date.now() - started) / 1000 };
    outcomes.push(outcome);
    // Human output as each seed ends: a 50-seed sweep takes long enough to want progress.
    if (!options.json) console.log([outageLine(outcome), ...problemLines(result)].join('\n'));
  }
  const failed = outcomes.some((o) => o.result.problems.length > 0);
  print(
    options,
    {
      seeds: outcomes.map(({ result, seconds }) => ({ ...result, seconds })),
      failed: outcomes.filter((o) => o.result.problems.length > 0).map((o) => o.result.stats.seed),
    },
    () => sweepSummary(outcomes),
  );
  if (failed) process.exitCode = 1;
}
