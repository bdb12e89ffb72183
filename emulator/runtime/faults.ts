import { Rng } from './rng';

/**
 * Fault injection, parsed from a spec such as `mail=0.2,sheets=0.05,seed=7,crash-at=40`.
 * - `<service>=p`: each call of that service fails with its real "service unavailable" error
 *   with probability p (services: sheets, drive, mail, calendar, forms, properties, cache, lock,
 *   script, all).
 * - `crash-at=k`: the k-th service call of the command kills its execution, as a time-out or a
 *   crash would: the error cannot be caught by the script, and the execution ends there.
 * - `quota-mail=n`: the day's remaining mail quota is set to n.
 * - `seed=n`: seed of the fault dice (defaults to 1).
 */
export interface FaultSpec {
  probabilities: Record<string, number>;
  crashAt?: number;
  mailQuota?: number;
  seed: number;
}

export const FAULT_SERVICES: Record<string, string> = {
  SpreadsheetApp: 'sheets',
  Spreadsheet: 'sheets',
  Sheet: 'sheets',
  Range: 'sheets',
  DriveApp: 'drive',
  Folder: 'drive',
  File: 'drive',
  MailApp: 'mail',
  Calendar: 'calendar',
  CalendarApp: 'calendar',
  FormApp: 'forms',
  Form: 'forms',
  Properties: 'properties',
  PropertiesService: 'properties',
  Cache: 'cache',
  CacheService: 'cache',
  Lock: 'lock',
  LockService: 'lock',
  ScriptApp: 'script',
  TriggerBuilder: 'script',
};

/** The messages Apps Script gives for a transient backend failure, per service. */
export const UNAVAILABLE_MESSAGES: Record<string, string> = {
  sheets: 'Service Spreadsheets failed while accessing document.',
  drive: "We're sorry, a server error occurred. Please wait a bit and try again.",
  mail: 'Service unavailable: Mail',
  calendar: 'API call to calendar.events.insert failed with error: Backend Error',
  forms: 'Service unavailable: Forms',
  properties: 'Service unavailable: Properties',
  cache: 'Service unavailable: Cache',
  lock: 'Service unavailable: Lock',
  script: 'Service unavailable: Script',
};

export function parseFaults(spec: string | undefined): FaultSpec {
  const result: FaultSpec = { probabilities: {}, seed: 1 };
  if (!spec) return result;
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, raw] = part.split('=');
    const value = Number(raw);
    if (raw === undefined || Number.isNaN(value)) {
      throw new Error(`Bad fault spec "${part}": expected name=number`);
    }
    if (key === 'seed') result.seed = value;
    else if (key === 'crash-at') result.crashAt = value;
    else if (key === 'quota-mail') result.mailQuota = value;
    else if (key in UNAVAILABLE_MESSAGES || key === 'all') {
      if (value < 0 || value > 1) throw new Error(`Fault probability for ${key} must be 0..1`);
      result.probabilities[key] = value;
    } else {
      throw new Error(`Unknown fault "${key}"`);
    }
  }
  return result;
}

export class FaultInjector {
  private readonly rng: Rng;
  private callsSeen = 0;
  private crashed = false;

  constructor(readonly spec: FaultSpec) {
    this.rng = new Rng(spec.seed * 7919 + 13);
  }

  /** Decides the fate of one call: undefined to go ahead, or what to throw. */
  decide(service: string): { kind: 'crash' } | { kind: 'error'; message: string } | undefined {
    this.callsSeen += 1;
    if (!this.crashed && this.spec.crashAt !== undefined && this.callsSeen === this.spec.crashAt) {
      this.crashed = true;
      return { kind: 'crash' };
    }
    const area = FAULT_SERVICES[service];
    if (!area) return undefined;
    const p = this.spec.probabilities[area] ?? this.spec.probabilities.all ?? 0;
    if (p > 0 && this.rng.next() < p) {
      return { kind: 'error', message: UNAVAILABLE_MESSAGES[area] };
    }
    return undefined;
  }

  get calls(): number {
    return this.callsSeen;
  }
}
