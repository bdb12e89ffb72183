import { bundle } from '../helpers/workspace';
import { allChecks } from './invariants';
import { runChaos, type ChaosStats } from './sim';

/** Regression seeds: each once failed, and the fix is named in docs/reliability.md. */
export const REGRESSION_SEEDS = [1, 2, 4, 5];

/** Runs one seed and fails with the replay command and every broken invariant. */
export function expectSeedHolds(seed: number, days: number): ChaosStats {
  const world = runChaos({ seed, days, bundle: bundle() });
  const broken = allChecks(world).filter((c) => !c.ok);
  if (broken.length > 0) {
    throw new Error(
      [
        `chaos seed ${seed} (${days} days) broke ${broken.length} invariant(s); replay with`,
        `  npx etapaja chaos --seed ${seed} --days ${days}`,
        ...broken.flatMap((c) => [`- ${c.name}`, ...c.problems.map((p) => `    ${p}`)]),
      ].join('\n'),
    );
  }
  return world.stats;
}
