import { bundle } from '../helpers/workspace';
import { runChaos } from './sim';
import { allChecks } from './invariants';

test('probe', () => {
  const seeds = (process.env.SEEDS ?? '1').split(',').map(Number);
  const out: string[] = [];
  for (const seed of seeds) {
    const t0 = Date.now();
    const world = runChaos({ seed, days: Number(process.env.DAYS ?? 28), bundle: bundle() });
    const bad = allChecks(world).filter((c) => !c.ok);
    out.push(`seed ${seed} ${Date.now() - t0}ms ${JSON.stringify(world.stats)}`);
    for (const c of bad) out.push(`  FAIL ${c.name}`, ...c.problems.map((p) => `    ${p}`));
  }
  console.log(out.join('\n'));
});
