import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import {
  outageLine,
  parseSeeds,
  sweepSummary,
  type SeedOutcome,
} from '../../../scripts/commands/chaos-outage';
import { OUTAGE_INVARIANTS, type OutageResult } from '../../chaos/outage';

/**
 * `etapaja chaos --outage --seeds …` as a person runs it: the built CLI, the same outage
 * scenario as test/chaos/outage-a|b.test.ts, one line per seed and the exit status.
 */
const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'scripts', 'etapaja.js');

function etapaja(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// One outage seed is ~11 s of CPU alone; on a machine shared with other suites, several times that.
jest.setTimeout(240_000);

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
    cwd: root,
  });
  expect(build.status).toBe(0);
});

describe('etapaja chaos --outage', () => {
  it('prints one line per seed with its window, crashes, mails and invariants; exit 0 when all held', () => {
    const run = etapaja('chaos', '--outage', '--seeds', '100');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^seed 100 \| window 2026-11-02\.\.2026-11-05 sheets=[\d.]+,mail=[\d.]+ \| crashes \d+.* \| weekly mails \d+ \(late \d+, uncertain \d+\) \| coach mails\/day ≤ \d+ \| held 7\/7 \| [\d.]+ s$/,
    );
    expect(lines[1]).toMatch(/^1 seeds, \d+ crashes, 0 failed, [\d.]+ s$/);
  });

  it('--json gives each seed its stats and named checks, the same the jest suite asserts', () => {
    const run = etapaja('chaos', '--outage', '--seeds', '101', '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      seeds: (OutageResult & { seconds: number })[];
      failed: number[];
    };
    expect(out.failed).toEqual([]);
    expect(out.seeds).toHaveLength(1);
    const [seed] = out.seeds;
    expect(seed.stats.seed).toBe(101);
    expect(seed.stats.window).toMatch(/^2026-11-\d\d\.\.2026-11-\d\d$/);
    expect(seed.stats.faults).toBeGreaterThan(0);
    expect(seed.stats.weekly).toBeGreaterThan(0);
    expect(seed.checks.map((c) => [c.name, c.problems])).toEqual(
      OUTAGE_INVARIANTS.map((name) => [name, []]),
    );
  });

  it('refuses seeds it cannot read, and month options beside --outage, with exit 1', () => {
    const bad = etapaja('chaos', '--outage', '--seeds', '5-x');
    expect([bad.status, bad.stderr.trim()]).toEqual([
      1,
      'chaos: --seeds takes a range or a list, e.g. 100-149 or 7,9,12',
    ]);
    const clash = etapaja('chaos', '--outage', '--seeds', '5', '--days', '3');
    expect(clash.status).toBe(1);
    expect(clash.stderr).toMatch(/leave out --days/);
    expect(etapaja('chaos', '--seeds', '5').stderr).toMatch(/add --outage/);
  });
});

describe('the sweep report', () => {
  it('reads ranges and lists, each seed once, in order', () => {
    expect(parseSeeds('100-103')).toEqual([100, 101, 102, 103]);
    expect(parseSeeds('7, 9,7,3-4')).toEqual([7, 9, 3, 4]);
    expect(() => parseSeeds('9-7')).toThrow(/backwards/);
    expect(() => parseSeeds('')).toThrow(/range or a list/);
    expect(() => parseSeeds('1-100000')).toThrow(/more than 1000/);
  });

  it('names the failed invariants on the seed line and the failed seeds in the summary', () => {
    const failing: SeedOutcome = {
      seconds: 12.34,
      result: {
        stats: {
          seed: 7,
          window: '2026-11-09..2026-11-12',
          spec: 'sheets=0.1,mail=0.2',
          crashes: 2,
          crashedIn: ['nightly', 'weeklyDispatch'],
          faults: 40,
          executions: 100,
          weekly: 5,
          late: 5,
          uncertain: 0,
          maxCoachMailsPerDay: 2,
        },
        checks: OUTAGE_INVARIANTS.map((name) => ({
          name,
          problems: name === 'no planned week is lost' ? ['A0001: no plan for 2026-W47'] : [],
        })),
        problems: ['no planned week is lost: A0001: no plan for 2026-W47'],
      },
    };
    expect(outageLine(failing)).toBe(
      'seed 7 | window 2026-11-09..2026-11-12 sheets=0.1,mail=0.2 | crashes 2 (nightly, weeklyDispatch) | weekly mails 5 (late 5, uncertain 0) | coach mails/day ≤ 2 | FAILED no planned week is lost | 12.3 s',
    );
    expect(sweepSummary([failing])).toBe('1 seeds, 2 crashes, 1 failed (7), 12.3 s');
  });
});
