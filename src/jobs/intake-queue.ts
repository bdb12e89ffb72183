import { workbookProperties } from '../services/properties';
import { withRetry } from '../services/retry';
import { REFLECTION_FORMS_PROPERTY, type ReflectionForms } from './reflection-form';

/**
 * The intake queue: one script property per response the form-submit trigger saw, keyed by
 * response id (so a trigger firing twice writes the same key twice), holding the response's
 * prefilled address (every answer) and when the trigger saw it. The recording run reads them
 * all in one call and deletes each once its row is in the reflections sheet.
 */
const PREFIX = 'intake:';
/** Until when the forms were last swept for responses whose trigger never queued them. */
export const SWEPT_UNTIL_PROPERTY = 'intakeSweptUntil';
/** A property value may hold 9 kB; a longer answer is left to the nightly sweep. */
const MAX_VALUE_CHARS = 8_000;

export interface QueuedResponse {
  key: string;
  responseId: string;
  url: string;
  at: number;
}

export interface IntakeState {
  queued: QueuedResponse[];
  forms: ReflectionForms;
  sweptUntil: number | null;
}

/**
 * Two calls. Never throws for a full store or a failing service: the response stays in the
 * form, and the nightly sweep records it (an error here would only mail the owner a failure).
 */
export function queueResponse(responseId: string, url: string, at: number): boolean {
  const value = JSON.stringify({ u: url, t: at });
  if (value.length > MAX_VALUE_CHARS) return false;
  try {
    const props = workbookProperties();
    withRetry(() => props.setProperty(`${PREFIX}${responseId}`, value));
    return true;
  } catch (_error) {
    return false;
  }
}

/** The queue, the forms' info and the sweep mark in one read (two calls). */
export function readIntakeState(): IntakeState {
  const all = withRetry(() => workbookProperties().getProperties());
  const queued: QueuedResponse[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const entry = parse(value) as { u?: unknown; t?: unknown } | null;
    if (!entry || typeof entry.u !== 'string' || typeof entry.t !== 'number') continue;
    queued.push({ key, responseId: key.slice(PREFIX.length), url: entry.u, at: entry.t });
  }
  queued.sort((a, b) => a.at - b.at);
  const forms = (parse(all[REFLECTION_FORMS_PROPERTY] ?? '') ?? {}) as ReflectionForms;
  const swept = Number(all[SWEPT_UNTIL_PROPERTY]);
  return { queued, forms, sweptUntil: Number.isFinite(swept) && swept > 0 ? swept : null };
}

/** Deletes recorded entries (one call each) and moves the sweep mark, if given. */
export function finishIntake(keys: string[], sweptUntil?: number): void {
  if (keys.length === 0 && sweptUntil === undefined) return;
  const props = workbookProperties();
  for (const key of keys) withRetry(() => props.deleteProperty(key));
  if (sweptUntil !== undefined)
    withRetry(() => props.setProperty(SWEPT_UNTIL_PROPERTY, String(sweptUntil)));
}

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch (_error) {
    return null;
  }
}
