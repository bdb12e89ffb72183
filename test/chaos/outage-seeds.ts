import { bundle } from '../helpers/workspace';
import { runOutage, type OutageStats } from './outage';

/** Runs each seed as its own test and prints the figures docs/reliability.md quotes. */
export function expectOutageSeeds(seeds: number[]): void {
  const all: OutageStats[] = [];
  describe.each(seeds)('outage Monday–Thursday, seed %i', (seed) => {
    test('no planned week is lost, no mail twice, coach mails a day capped', () => {
      const { stats, problems } = runOutage(seed, bundle());
      all.push(stats);
      expect({ seed, spec: stats.spec, problems }).toEqual({
        seed,
        spec: stats.spec,
        problems: [],
      });
    });
  });
  afterAll(() => {
    const sum = (k: keyof OutageStats) => all.reduce((a, s) => a + Number(s[k]), 0);
    process.stdout.write(
      `outage seeds ${all.length}: executions ${sum('executions')}, crashes ${sum('crashes')}, weekly ${sum('weekly')}, late ${sum('late')}, uncertain ${sum('uncertain')}, max coach mails/day ${Math.max(0, ...all.map((s) => s.maxCoachMailsPerDay))}\n`,
    );
  });
}
