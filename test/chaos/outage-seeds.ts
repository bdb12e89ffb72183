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
      // The window really failed calls (a run without faults would prove nothing), and every
      // crash injected shows in the execution log as a crashed run.
      expect(stats.faults).toBeGreaterThan(0);
      expect(stats.crashes).toBe(stats.crashedIn.length);
    });
  });
  // Last in the file (jest runs a file's tests in order): the seeds above really crashed, and
  // not only in hourly reminder runs. Skipped by `-t "seed N"`, which replays one seed.
  test('crashes really fired across the seeds, inside the planning and the dispatch', () => {
    const where = new Set(all.flatMap((s) => s.crashedIn));
    expect(all.length).toBe(seeds.length);
    expect(all.reduce((a, s) => a + s.crashes, 0)).toBeGreaterThan(0);
    expect([where.has('nightly'), where.has('weeklyDispatch')]).toEqual([true, true]);
  });
  afterAll(() => {
    const sum = (k: keyof OutageStats) => all.reduce((a, s) => a + Number(s[k]), 0);
    process.stdout.write(
      `outage seeds ${all.length}: executions ${sum('executions')}, crashes ${sum('crashes')} (${['nightly', 'weeklyDispatch', 'reminders'].map((f) => `${f} ${all.flatMap((s) => s.crashedIn).filter((c) => c === f).length}`).join(', ')}), faults ${sum('faults')}, weekly ${sum('weekly')}, late ${sum('late')}, uncertain ${sum('uncertain')}, max coach mails/day ${Math.max(0, ...all.map((s) => s.maxCoachMailsPerDay))}\n`,
    );
  });
}
