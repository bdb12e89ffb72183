import { performance } from 'node:perf_hooks';
import { outbox, type MailStore } from '../../emulator/mail';
import { sheetCallKind } from '../../emulator/runtime/latency';
import type { ExecutionLogEntry } from '../../emulator/script/store';
import type { Workspace } from '../../emulator/workspace';

/** One row of `etapaja bench --json`: one implementation, roster size and job. */
export interface BenchRun {
  impl: 'etapaja' | 'baseline';
  clients: number;
  job: string;
  recipients: number;
  executions: number;
  calls: Record<string, number>;
  modelledMs: number;
  wallMs: number;
  peakRssMb: number;
}

/** What the Markdown report shows beside a run, and the targets read (not part of the JSON). */
export interface RunDetail {
  run: BenchRun;
  statuses: string[];
  /** Calls of each execution, in order (e.g. the first dispatch run and its continuations). */
  perExecution: {
    calls: Record<string, number>;
    modelledMs: number;
    recipients: number;
    /** SpreadsheetApp reads and writes (sheetCallKind), the rest of its calls being lookups. */
    sheetIo: { reads: number; writes: number };
  }[];
  /** Messages sent more than once to the same address with the same subject in this job. */
  duplicates: number;
  /** Calls by method (`MailApp.sendEmail`, `Range.getValues`…) over all its executions. */
  methods: Record<string, number>;
  note?: string;
}

function rssMb(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

/**
 * Runs `work` (which starts executions on the workspace and returns their log entries) and
 * measures it: service calls by service and modelled time summed over its executions, local wall
 * time, peak resident memory (sampled every 200 service calls and at both ends) and the
 * recipients of the mail it sent.
 */
export function measure(
  ws: Workspace,
  impl: BenchRun['impl'],
  clients: number,
  job: string,
  work: () => ExecutionLogEntry[],
  note?: string,
): RunDetail {
  const mail = ws.rt.store<MailStore>('mail');
  const sentBefore = outbox(mail).length;
  let peak = rssMb();
  let seen = 0;
  const methods: Record<string, number> = {};
  const sheetIo = new Map<string, { reads: number; writes: number }>();
  const off = ws.rt.onCall((call, execution) => {
    methods[call.method] = (methods[call.method] ?? 0) + 1;
    const kind = sheetCallKind(call.method);
    if (kind === 'read' || kind === 'write') {
      const io = sheetIo.get(execution.info.id) ?? { reads: 0, writes: 0 };
      if (kind === 'read') io.reads += 1;
      else io.writes += 1;
      sheetIo.set(execution.info.id, io);
    }
    if (++seen % 200 === 0) peak = Math.max(peak, rssMb());
  });
  const started = performance.now();
  let entries: ExecutionLogEntry[];
  try {
    entries = work();
  } finally {
    off();
  }
  const wallMs = performance.now() - started;
  peak = Math.max(peak, rssMb());
  const sent = outbox(mail).slice(sentBefore);
  const recipientsOf = (m: (typeof sent)[number]) => m.to.length + m.cc.length + m.bcc.length;
  const calls: Record<string, number> = {};
  for (const e of entries)
    for (const [service, n] of Object.entries(e.calls)) calls[service] = (calls[service] ?? 0) + n;
  const seenMails = new Set<string>();
  let duplicates = 0;
  for (const m of sent) {
    // A coach may get a second notice (dispatch-ledger.ts); clients never a second mail.
    if (/data-etapaja-kind="coach-alert"/.test(m.html ?? '')) continue;
    const key = `${m.to.join(',')}|${m.subject}`;
    if (seenMails.has(key)) duplicates += 1;
    seenMails.add(key);
  }
  return {
    run: {
      impl,
      clients,
      job,
      recipients: sent.reduce((sum, m) => sum + recipientsOf(m), 0),
      executions: entries.length,
      calls,
      modelledMs: Math.round(entries.reduce((sum, e) => sum + e.modelledMs, 0)),
      wallMs: Math.round(wallMs),
      peakRssMb: Math.round(peak),
    },
    statuses: entries.map((e) => e.status),
    perExecution: entries.map((e) => ({
      calls: e.calls,
      modelledMs: Math.round(e.modelledMs),
      recipients: sent
        .filter((m) => m.executionId === e.id)
        .reduce((sum, m) => sum + recipientsOf(m), 0),
      sheetIo: sheetIo.get(e.id) ?? { reads: 0, writes: 0 },
    })),
    duplicates,
    methods,
    note,
  };
}
