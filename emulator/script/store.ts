import { registerStore } from '../runtime/state';

/** When and how often a time-driven trigger fires, as the builder left it. */
export interface ClockSchedule {
  type: 'minutes' | 'hours' | 'days' | 'weeks' | 'once';
  every: number;
  atHour?: number;
  nearMinute?: number;
  weekDay?: number; // ISO 1 = Monday
  atMs?: number;
  timeZone: string;
}

export interface StoredTrigger {
  id: string;
  projectId: string;
  owner: string;
  functionName: string;
  eventType: 'CLOCK' | 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE';
  source: 'CLOCK' | 'SPREADSHEETS' | 'FORMS';
  sourceId?: string;
  schedule?: ClockSchedule;
  /** Nominal time of the next firing (the start of its hour, or the exact `at`). */
  nominalNextAt?: number;
  /** When it will actually fire: nominal plus the seeded jitter Google allows. */
  nextFireAt?: number;
  firings: number;
  disabled?: boolean;
  createdAt: number;
}

/** An event waiting for its trigger, e.g. a form submission. */
export interface PendingEvent {
  triggerId: string;
  dueAt: number;
  event: Record<string, unknown>;
}

export interface ExecutionLogEntry {
  id: string;
  projectId: string;
  functionName: string;
  user: string;
  triggerId?: string;
  triggerKind?: string;
  startedAt: number;
  endedAt: number;
  status: 'completed' | 'failed' | 'timed-out' | 'crashed';
  error?: string;
  /** A failed execution's error as the editor's log shows it: `TypeError: …`, then `fn @ File.gs:3`. */
  trace?: string[];
  calls: Record<string, number>;
  modelledMs: number;
}

export interface ScriptStore {
  triggers: StoredTrigger[];
  pending: PendingEvent[];
  executions: ExecutionLogEntry[];
  nextExecution: number;
  /**
   * Where each project's web app is served (`ScriptApp.getService().getUrl()`), set by
   * `etapaja serve` to its own `/exec`; unset means the deployed Google address.
   */
  webAppUrls?: Record<string, string>;
}

/** The web app address a project reports, e.g. `http://127.0.0.1:8080/exec` under serve. */
export function setWebAppUrl(
  rt: { store<T>(name: string): T },
  projectId: string,
  url: string,
): void {
  const script = rt.store<ScriptStore>('script');
  script.webAppUrls = { ...(script.webAppUrls ?? {}), [projectId]: url };
}

export const MAX_EXECUTION_LOG = 2000;

export const scriptStore = registerStore<ScriptStore>({
  name: 'script',
  empty: () => ({ triggers: [], pending: [], executions: [], nextExecution: 1 }),
});
