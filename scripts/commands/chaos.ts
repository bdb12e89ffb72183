import { allChecks } from '../../test/chaos/invariants';
import { runChaos } from '../../test/chaos/sim';
import { chaosOutage } from './chaos-outage';
import { print, readBundle } from './common';

export interface ChaosOptions {
  seed?: string;
  months?: string;
  days?: string;
  faults?: string;
  json?: boolean;
  outage?: boolean;
  seeds?: string;
}

/** `--outage` runs its own window (faults drawn from the seed, one week): the month options do not apply. */
function outageOptions(options: ChaosOptions): { seeds: string; json?: boolean } {
  const clash = (['months', 'days', 'faults'] as const).filter((o) => options[o] !== undefined);
  if (clash.length > 0)
    throw new Error(
      `chaos --outage draws its own window from each seed; leave out ${clash.map((o) => `--${o}`).join(', ')}`,
    );
  const seeds = options.seeds ?? options.seed;
  if (seeds === undefined) throw new Error('chaos --outage: give --seeds, e.g. --seeds 100-149');
  return { seeds, json: options.json };
}

/**
 * `etapaja chaos --seed N`: replays one chaos run of test/chaos (in memory, nothing on disk) and
 * prints the invariant checks, so a seed that failed in CI is reproduced from the command line.
 * `--faults` replaces the base fault probabilities the seed would draw.
 */
export function chaos(options: ChaosOptions): void {
  if (options.outage) return chaosOutage(outageOptions(options));
  if (options.seeds !== undefined)
    throw new Error(
      'chaos: --seeds sweeps outage runs; add --outage (or replay one run with --seed N)',
    );
  const seed = Number(options.seed ?? 1);
  const days = options.days ? Number(options.days) : 28 * Number(options.months ?? 1);
  if (!Number.isInteger(seed) || !Number.isInteger(days) || days < 1)
    throw new Error('chaos: --seed, --months and --days take whole numbers');
  const world = runChaos({ seed, days, faults: options.faults, bundle: readBundle() });
  const checks = allChecks(world);
  print(options, { seed, days, faults: world.spec, stats: world.stats, checks }, () =>
    [
      `chaos seed ${seed}, ${days} days, faults ${world.spec}`,
      `  ${Object.entries(world.stats)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
      ...checks.flatMap((c) => [
        `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}`,
        ...c.problems.map((p) => `       ${p}`),
      ]),
    ].join('\n'),
  );
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
