import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RunDetail } from '../bench/measure';
import { markdownReport, targetsOf } from '../bench/report';
import { runScenario } from '../bench/scenario';
import { readBundle, repoRoot } from './common';

export interface BenchOptions {
  clients?: string;
  json?: boolean;
  out?: string;
  baseline?: boolean;
}

export const DEFAULT_SIZES = [25, 250, 2_500, 10_000];

/**
 * `etapaja bench [--clients N[,M…]] [--json] [--out FILE]`: every job on a synthetic workbook of
 * N clients, and the naive baseline dispatch beside it (docs/performance.md explains it).
 * The default sizes write docs/performance.md; `--json` prints `{runs: [...], targets: [...]}`
 * (each target's figure, limit and whether it holds, per roster size) to stdout.
 */
export function bench(options: BenchOptions): void {
  const sizes = options.clients
    ? options.clients.split(',').map((s) => Number(s.replace(/[_\s]/g, '')))
    : DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`Bad --clients: ${options.clients} (whole numbers, comma-separated)`);
  const bundle = readBundle();
  const started = performance.now();
  const details: RunDetail[] = [];
  for (const n of sizes) {
    details.push(...runScenario(n, bundle, { baseline: options.baseline }));
    if (!options.json) process.stderr.write(`bench: ${n} clients done\n`);
  }
  const markdown = markdownReport(details, {
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    node: process.version,
    totalWallMs: performance.now() - started,
  });
  const out = options.out ?? (options.clients ? undefined : 'docs/performance.md');
  if (out) writeReport(path.resolve(repoRoot(), out), markdown);
  if (options.json) {
    const runs = details.map((d) => d.run);
    const sizesRun = [...new Set(runs.map((r) => r.clients))];
    const targets = sizesRun.map((n) => targetsOf(runs, details, n));
    process.stdout.write(`${JSON.stringify({ runs, targets })}\n`);
  } else process.stdout.write(markdown);
}

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of the report file, keeping the prose around it. */
function writeReport(file: string, markdown: string): void {
  const generated = `${BEGIN}\n${markdown}${END}`;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const at = old.indexOf(BEGIN);
  const end = old.indexOf(END);
  const text =
    at >= 0 && end > at
      ? `${old.slice(0, at)}${generated}${old.slice(end + END.length)}`
      : `${old}${old ? '\n' : '# Performance\n\n'}${generated}\n`;
  fs.writeFileSync(file, text);
}
