import type { Workspace } from '../../emulator/workspace';
import {
  FORMS_STORE,
  FORM_SUBMIT_DELAY_MS,
  parsePrefilledUrl,
  submitPrefilledUrl,
  submitResponse,
  type Answers,
  type FormsStore,
} from '../../emulator/forms';
import {
  PROPERTIES_STORE,
  readPropertyStore,
  type PropertiesStore,
} from '../../emulator/properties';
import { dateInZone } from '../../src/core/dates';
import { LANGS, type Lang } from '../../src/core/types';
import {
  REFLECTION_FORMS_PROPERTY,
  type ReflectionField,
  type ReflectionForms,
} from '../../src/jobs/reflection-form';
import { PROJECT_ID, print, withWorkspace, type WorkspaceOptions } from './common';

export interface RespondOptions extends WorkspaceOptions {
  client?: string;
  token?: string;
  lang?: string;
  date?: string;
  hours?: string;
  did?: string;
  went?: string;
  thoughts?: string;
  toCoach?: string;
  wish?: string;
  /** The respondent's Google account, recorded only if the form collects emails. */
  as?: string;
}

export interface RespondResult {
  via: 'link' | 'token';
  clientId: string;
  date: string;
  formId: string;
  responseId: string;
  submittedAt: string;
  executions: { functionName: string; status: string; error?: string }[];
  /**
   * The form trigger only queues the response (src/jobs/intake.ts): its row is written by the
   * next recording run, the hourly `reminders` trigger (or the nightly). Null with no trigger.
   */
  recordedBy: { functionName: string; at: string } | null;
}

/** The functions whose runs write queued reflections to the reflections sheet. */
const RECORDING_RUNS = ['reminders', 'nightly', 'hourlyRun'];

/** The next installed trigger run that records the queued reflections, if any is installed. */
function nextRecordingRun(workspace: Workspace): { functionName: string; at: number } | null {
  const next = workspace
    .triggers()
    .filter(
      (t) =>
        t.projectId === PROJECT_ID &&
        RECORDING_RUNS.includes(t.functionName) &&
        !t.disabled &&
        t.nextFireAt !== undefined,
    )
    .sort((a, b) => (a.nextFireAt as number) - (b.nextFireAt as number))[0];
  // Rounded up: the clock may hold fractions of a millisecond, an ISO time does not.
  return next
    ? { functionName: next.functionName, at: Math.ceil(next.nextFireAt as number) }
    : null;
}

/**
 * The reflection forms as setup recorded them: a script property of the bound script, a
 * document property of the workbook for the add-on (src/services/properties.ts).
 */
export function reflectionForms(workspace: Workspace): ReflectionForms {
  const addon = workspace.project(PROJECT_ID).installedAs === 'addon';
  const props = readPropertyStore(
    workspace.rt.store<PropertiesStore>(PROPERTIES_STORE),
    addon
      ? {
          kind: 'document',
          projectId: PROJECT_ID,
          documentId: workspace.meta.boundSpreadsheetId as string,
        }
      : { kind: 'script', projectId: PROJECT_ID },
  );
  try {
    return JSON.parse(props[REFLECTION_FORMS_PROPERTY] ?? '{}') as ReflectionForms;
  } catch {
    return {};
  }
}

/** The typed answers, keyed by item id (titles differ per language; ids do not lie). */
function typedAnswers(options: RespondOptions, items: Record<ReflectionField, number>): Answers {
  const answers: Answers = {};
  const put = (field: ReflectionField, value: string | number | undefined): void => {
    if (value !== undefined) answers[String(items[field])] = value;
  };
  put('hours', options.hours);
  put('did', options.did);
  if (options.went !== undefined) {
    const went = Number(options.went);
    if (!Number.isInteger(went) || went < 1 || went > 5)
      throw new Error(`Bad --went: ${options.went} (a whole number 1–5)`);
    put('howItWent', went);
  }
  put('thoughts', options.thoughts);
  put('toCoach', options.toCoach);
  put('wish', options.wish);
  return answers;
}

/**
 * `etapaja respond`: a client fills in the daily reflection form.
 * - `--client ID`: through the prefilled link the product sends that client (the server
 *   function `reflectionLink`), as the client clicking it in their weekly mail would.
 * - `--token T`: the form opened without a link and T typed into the token field, as someone
 *   guessing or replaying a link would.
 * Real Forms fires the form-submit trigger within seconds, so the clock then moves on by that
 * delay and every event due by then fires: the trigger queues the response before the command
 * ends. Its row in the reflections sheet is written by the next hourly run (or the nightly):
 * `etapaja advance` past it, or `etapaja call drainReflections` at once.
 */
export function respond(options: RespondOptions): RespondResult {
  return withWorkspace(options, (workspace) => {
    const result = submitReflection(workspace, options);
    print(options, result, () =>
      [
        `Submitted ${result.responseId} (${options.client ? `${options.client} via their link` : 'with a given token'}) for ${result.date}`,
        ...result.executions.map(
          (e) => `  ${e.functionName}: ${e.status}${e.error ? ` — ${e.error}` : ''}`,
        ),
        result.recordedBy
          ? `Queued: the next ${result.recordedBy.functionName === 'nightly' ? 'nightly' : 'hourly'} ` +
            `run writes its row to the reflections sheet (${result.recordedBy.functionName} at ` +
            `${result.recordedBy.at}; etapaja advance --to ${result.recordedBy.at})`
          : 'Queued: no hourly trigger is installed; write its row to the reflections sheet ' +
            'with: etapaja call drainReflections',
      ].join('\n'),
    );
    return result;
  });
}

/** One client's reflection submitted on an open workspace (respond, and the demo's clients). */
export function submitReflection(workspace: Workspace, options: RespondOptions): RespondResult {
  if (!options.client === (options.token === undefined))
    throw new Error('Give exactly one of --client ID or --token T');
  const tz = workspace.meta.timeZone;
  const submittedAtMs = workspace.now();
  const date = options.date ?? dateInZone(submittedAtMs, tz);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Bad --date: ${date} (YYYY-MM-DD)`);
  const forms = reflectionForms(workspace);
  const submitOptions = { atMs: submittedAtMs, timeZone: tz, respondentEmail: options.as };

  let formId: string;
  let responseId: string;
  if (options.client) {
    const run = workspace.run(PROJECT_ID, 'reflectionLink', [options.client, date]);
    if (run.error) throw run.error;
    const link = typeof run.value === 'string' ? run.value : '';
    if (!link)
      throw new Error(
        `No reflection link for ${options.client}: unknown or closed client, no token yet, ` +
          `or no reflection form (run: etapaja call setupParticipation)`,
      );
    const form = Object.values(forms).find(
      (f) => f && parsePrefilledUrl(workspace.rt.stores, link).formId === f.formId,
    );
    if (!form) throw new Error(`The link does not open a reflection form: ${link}`);
    ({ formId, responseId } = submitPrefilledUrl(
      workspace.rt.stores,
      link,
      typedAnswers(options, form.items),
      submitOptions,
    ));
  } else {
    const lang = (options.lang ?? 'fi') as Lang;
    if (!LANGS.includes(lang)) throw new Error(`Bad --lang: ${options.lang} (fi, sv or en)`);
    const form = forms[lang];
    if (!form || !workspace.rt.store<FormsStore>(FORMS_STORE.name).forms[form.formId])
      throw new Error(`No reflection form in ${lang} (run: etapaja call setupParticipation)`);
    const answers = typedAnswers(options, form.items);
    answers[String(form.items.date)] = date;
    answers[String(form.items.token)] = options.token as string;
    formId = form.formId;
    ({ responseId } = submitResponse(workspace.rt.stores, formId, answers, submitOptions));
  }

  const executions = workspace
    .advance(submittedAtMs + FORM_SUBMIT_DELAY_MS)
    .map(({ execution: e }) => ({
      functionName: e.functionName,
      status: e.status,
      ...(e.error ? { error: e.error } : {}),
    }));
  const recording = nextRecordingRun(workspace);
  const result: RespondResult = {
    via: options.client ? 'link' : 'token',
    clientId: options.client ?? '',
    date,
    formId,
    responseId,
    submittedAt: new Date(submittedAtMs).toISOString(),
    executions,
    recordedBy: recording
      ? { functionName: recording.functionName, at: new Date(recording.at).toISOString() }
      : null,
  };
  return result;
}
