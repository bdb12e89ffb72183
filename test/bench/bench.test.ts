import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { BenchRun } from '../../scripts/bench/measure';
import {
  MAX_DISPATCH_SHEET_CALLS,
  PROGRESS_MS,
  SEND_EMAIL_MS,
  type Targets,
} from '../../scripts/bench/report';
import { runScenario } from '../../scripts/bench/scenario';
import { readBundle } from '../../scripts/commands/common';

/**
 * Issue 8's targets, read from `etapaja bench --json` for small rosters. Counts and modelled
 * times only: wall time is reported by the bench, never asserted.
 */
const root = path.join(__dirname, '..', '..');
const SIZES = [25, 250];

function bench(): { runs: BenchRun[]; targets: Targets[] } {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'etapaja.js'), 'bench', '--clients', SIZES.join(','), '--json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(result.stderr || 'bench failed');
  return JSON.parse(result.stdout) as { runs: BenchRun[]; targets: Targets[] };
}

const { runs, targets } = bench();
const find = (impl: string, clients: number, job: string) => {
  const run = runs.find((r) => r.impl === impl && r.clients === clients && r.job === job);
  if (!run) throw new Error(`no ${impl} ${job} at ${clients}`);
  return run;
};
const COACHES = 2; // the synthetic roster's coaches each get one summary per execution

test('the JSON has exactly the documented shape, one entry per implementation, size and job', () => {
  for (const run of runs) {
    expect(Object.keys(run).sort()).toEqual(
      [
        'calls',
        'clients',
        'executions',
        'impl',
        'job',
        'modelledMs',
        'peakRssMb',
        'recipients',
        'wallMs',
      ].sort(),
    );
    expect(['etapaja', 'baseline']).toContain(run.impl);
  }
  for (const n of SIZES)
    for (const job of [
      'setup',
      'import',
      'planning',
      'weekly dispatch',
      'reminders',
      'form intake (per response)',
      'nightly',
      'reports',
      'sidebar client card (again)',
    ])
      expect(find('etapaja', n, job).executions).toBeGreaterThan(0);
});

describe.each(SIZES)('weekly dispatch of %i clients', (n) => {
  const run = find('etapaja', n, 'weekly dispatch');

  test('one sendEmail per recipient: every client once, and each coach their summary', () => {
    expect(run.recipients).toBe(n + COACHES * run.executions);
    // MailApp calls: one sendEmail per recipient plus one quota reading per execution.
    expect(run.calls.MailApp).toBe(run.recipients + run.executions);
  });

  test('sheet, Properties and Cache calls do not grow with the roster', () => {
    const other = find('etapaja', SIZES[0], 'weekly dispatch');
    const perExecution = (r: BenchRun, service: string) => (r.calls[service] ?? 0) / r.executions;
    expect(perExecution(run, 'SpreadsheetApp')).toBe(perExecution(other, 'SpreadsheetApp'));
    // Properties: 3 an execution, plus the ledger's progress record after each mail
    // (exactly once without reading the mail quota; src/jobs/ledger-progress.ts).
    expect(perExecution(run, 'PropertiesService')).toBeLessThanOrEqual(
      3 + run.recipients / run.executions,
    );
    expect(run.calls.CacheService ?? 0).toBeLessThanOrEqual(run.executions);
  });

  test('modelled time per client approaches the price of its one sendEmail', () => {
    // The fixed part (reads, Calendar, the coaches' summaries) is spread over the roster.
    if (n >= 250)
      expect(run.modelledMs / n).toBeLessThanOrEqual(1.05 * (SEND_EMAIL_MS + PROGRESS_MS));
  });
});

describe.each(SIZES)('issue 8 targets in the JSON at %i clients', (n) => {
  const x = targets.find((t) => t.clients === n)!;

  test('every target holds', () => {
    const failed = Object.entries(x.checks).filter(([, c]) => !c.met);
    expect(failed).toEqual([]);
  });

  test('a dispatch execution reads and writes the workbook at most 9 times: six tables, the ledger claimed, read back and settled', () => {
    expect(x.sheetIoMax).toBeLessThanOrEqual(MAX_DISPATCH_SHEET_CALLS);
    expect(x.sheetReadsMax).toBeLessThanOrEqual(7);
    expect(x.sheetWritesMax).toBeLessThanOrEqual(2);
    expect(x.checks.dispatchSheetReadsWritesPerExecution.value).toBe(x.sheetIoMax);
  });

  test('intake and the cached client card within their call budgets', () => {
    expect(x.intakeCalls).toBeLessThanOrEqual(6);
    expect(x.cardCalls).toBeLessThanOrEqual(3);
    expect(x.cardMs).toBeLessThan(1000);
  });
});

test('against the naive baseline: at least 3× less modelled time at 250 clients', () => {
  const ours = find('etapaja', 250, 'weekly dispatch');
  const naive = find('baseline', 250, 'weekly dispatch');
  expect(naive.recipients).toBe(250);
  expect(naive.modelledMs / ours.modelledMs).toBeGreaterThanOrEqual(3);
});

test('a roster of 1,000: over 400 mails in one execution, the rest in continuations, no duplicates', () => {
  const details = runScenario(1_000, readBundle(), { baseline: false, responses: 1 });
  const dispatch = details.find((d) => d.run.job === 'weekly dispatch');
  expect(dispatch).toBeDefined();
  const d = dispatch!;
  expect(d.run.executions).toBeGreaterThanOrEqual(3);
  expect(Math.max(...d.perExecution.map((e) => e.recipients))).toBeGreaterThanOrEqual(400);
  expect(d.statuses.every((s) => s === 'completed')).toBe(true);
  expect(d.duplicates).toBe(0);
  expect(d.methods['MailApp.sendEmail']).toBe(d.run.recipients);
  // The continuations read and write the workbook no more than the first execution.
  for (const e of d.perExecution)
    expect(e.sheetIo.reads + e.sheetIo.writes).toBeLessThanOrEqual(MAX_DISPATCH_SHEET_CALLS);
  // Every client once; the coaches' summaries come with the executions that sent something.
  expect(d.run.recipients).toBeGreaterThanOrEqual(1_000 + COACHES);
  expect(d.run.recipients).toBeLessThanOrEqual(1_000 + COACHES * d.run.executions);
});

test('a consumer account (100 recipients a day): the sends spread over the next days, none twice', () => {
  const details = runScenario(150, readBundle(), { baseline: false, mailQuota: 100, responses: 1 });
  const d = details.find((x) => x.run.job === 'weekly dispatch')!;
  expect(d.run.executions).toBeGreaterThanOrEqual(2);
  expect(d.duplicates).toBe(0);
  // Every client got the week's mail (plus the coaches' summaries); no day over the quota.
  expect(d.run.recipients).toBeGreaterThanOrEqual(150);
  for (const e of d.perExecution) expect(e.recipients).toBeLessThanOrEqual(100);
});
