import { workbookProperties } from '../services/properties';
import { t } from '../core/i18n';
import { LANG_VALUES, STATUS_VALUES } from '../core/roster-columns';
import {
  DATE_PLACEHOLDER,
  TOKEN_PLACEHOLDER,
  fillLinkTemplate,
  isWellFormedToken,
} from '../core/tokens';
import { LANGS, type Lang } from '../core/types';
import {
  answersOfPrefilledUrl,
  createForm,
  openToAll,
  prefilledUrl,
  publish,
  publishedIdOf,
  tryOpenForm,
  type FormItemSpec,
} from '../services/forms';
import { createTrigger } from '../services/triggers';
import { cellText } from '../workbook/cells';
import { CLIENTS, openTable } from '../workbook/schema';
import { updateByKey, type Table } from '../workbook/table';
import { placeInFormsFolder } from './forms-folder';

/**
 * The daily reflection form: one form per language (clients answer in their own), made once by
 * setup. What we need to read answers and make links is kept in one script property.
 */
export const REFLECTION_FORMS_PROPERTY = 'reflectionForms';
export const INTAKE_HANDLER = 'onReflectionSubmit';

export type ReflectionField =
  'date' | 'hours' | 'did' | 'howItWent' | 'thoughts' | 'toCoach' | 'wish' | 'token';

export interface ReflectionFormInfo {
  formId: string;
  publishedUrl: string;
  items: Record<ReflectionField, number>;
  /** A prefilled link with placeholders for the token and the date. */
  template: string;
  /**
   * The prefill entry id of each field: how answers are read from a response's prefilled
   * address (real Forms' entry ids are not item ids). Missing in forms made before it existed.
   */
  entries?: Partial<Record<ReflectionField, string>>;
  /** The coach whose setup made the form (only they may replace one that no longer opens). */
  madeBy?: string;
}

export type ReflectionForms = Partial<Record<Lang, ReflectionFormInfo>>;

export function reflectionItemSpecs(lang: Lang): FormItemSpec[] {
  const q = (key: string): string => t(lang, `participation.form.${key}`);
  return [
    { field: 'date', kind: 'date', title: q('date'), required: true },
    { field: 'hours', kind: 'text', title: q('hours') },
    { field: 'did', kind: 'paragraph', title: q('did') },
    {
      field: 'howItWent',
      kind: 'scale',
      title: q('howItWent'),
      scale: { low: 1, high: 5, lowLabel: q('howItWent.low'), highLabel: q('howItWent.high') },
    },
    { field: 'thoughts', kind: 'paragraph', title: q('thoughts') },
    { field: 'toCoach', kind: 'paragraph', title: q('toCoach') },
    { field: 'wish', kind: 'paragraph', title: q('wish') },
    // Last, with a plain warning: Forms has no hidden fields, so the token is a prefilled item.
    { field: 'token', kind: 'text', title: q('token'), helpText: q('token.help') },
  ];
}

export function readReflectionForms(): ReflectionForms {
  const text = workbookProperties().getProperty(REFLECTION_FORMS_PROPERTY);
  try {
    return text ? (JSON.parse(text) as ReflectionForms) : {};
  } catch (_error) {
    return {};
  }
}

/**
 * Makes the missing reflection forms and their form-submit triggers; safe to run again (a form
 * that still opens is kept, with its responses). Returns the languages made now.
 */
export function ensureReflectionForms(): Lang[] {
  const forms = readReflectionForms();
  const made: Lang[] = [];
  const me = Session.getEffectiveUser().getEmail();
  for (const lang of LANGS) {
    const known = forms[lang];
    const existing = known ? tryOpenForm(known.formId) : null;
    if (existing) {
      // Clients without a Google account must be able to answer: never a sign-in wall; and an
      // unpublished form takes no answers at all.
      openToAll(existing);
      publish(existing);
      continue;
    }
    // Another coach's form that this account cannot open is not replaced: the links mailed to
    // clients point at it, and the shared property would be overwritten (issue 16).
    if (known?.madeBy && known.madeBy.toLowerCase() !== me.toLowerCase())
      throw new Error(t(lang, 'install.formsNotShared', { owner: known.madeBy }));
    const created = createForm(
      t(lang, 'participation.form.title'),
      t(lang, 'participation.form.description'),
      reflectionItemSpecs(lang),
    );
    const items = created.items as Record<ReflectionField, number>;
    const form = FormApp.openById(created.formId);
    const template = prefilledUrl(form, [
      { itemId: items.token, kind: 'text', value: TOKEN_PLACEHOLDER },
      { itemId: items.date, kind: 'date', value: new Date(`${DATE_PLACEHOLDER}T12:00:00Z`) },
    ]);
    placeInFormsFolder(created.formId);
    forms[lang] = {
      formId: created.formId,
      publishedUrl: created.publishedUrl,
      items,
      template,
      entries: probeEntries(form, lang, items),
      madeBy: me,
    };
    made.push(lang);
  }
  const probed = addMissingEntries(forms);
  if (made.length > 0 || probed.length > 0)
    workbookProperties().setProperty(REFLECTION_FORMS_PROPERTY, JSON.stringify(forms));
  ensureIntakeTriggers(forms);
  return made;
}

const PROBE_PREFIX = 'ETAPAJA_PROBE_';
const PROBE_SCALE = 1;

/**
 * The prefill entry id of each field, found by making one prefilled address with a distinct
 * value per item and reading it back (Apps Script has no other way to learn entry ids).
 */
export function probeEntries(
  form: GoogleAppsScript.Forms.Form,
  lang: Lang,
  items: Record<ReflectionField, number>,
): Partial<Record<ReflectionField, string>> {
  const specs = reflectionItemSpecs(lang);
  const expected = new Map<string, ReflectionField>();
  const answers = specs.map((spec) => {
    const field = spec.field as ReflectionField;
    const value =
      spec.kind === 'date'
        ? new Date(`${DATE_PLACEHOLDER}T12:00:00Z`)
        : spec.kind === 'scale'
          ? PROBE_SCALE
          : `${PROBE_PREFIX}${field}`;
    const text =
      spec.kind === 'date' ? DATE_PLACEHOLDER : spec.kind === 'scale' ? '1' : String(value);
    expected.set(text, field);
    return { itemId: items[field], kind: spec.kind, value };
  });
  const entries: Partial<Record<ReflectionField, string>> = {};
  for (const [entry, value] of Object.entries(answersOfPrefilledUrl(prefilledUrl(form, answers)))) {
    const field = expected.get(value);
    if (field) entries[field] = entry;
  }
  return entries;
}

/** Probes the forms made before entry ids were kept; returns the languages it changed. */
function addMissingEntries(forms: ReflectionForms): Lang[] {
  const changed: Lang[] = [];
  for (const lang of LANGS) {
    const info = forms[lang];
    if (!info || info.entries) continue;
    const form = tryOpenForm(info.formId);
    if (!form) continue;
    info.entries = probeEntries(form, lang, info.items);
    changed.push(lang);
  }
  return changed;
}

/**
 * The forms with every entry id known: probes (and saves) those made before entry ids were
 * kept. A one-time cost after an update; nothing when all are known.
 */
export function reflectionFormsWithEntries(
  forms: ReflectionForms = readReflectionForms(),
): ReflectionForms {
  if (addMissingEntries(forms).length > 0)
    workbookProperties().setProperty(REFLECTION_FORMS_PROPERTY, JSON.stringify(forms));
  return forms;
}

/** Which of our forms a response's prefilled address belongs to. */
export function formOfUrl(
  forms: ReflectionForms,
  url: string,
): { lang: Lang; info: ReflectionFormInfo } | undefined {
  const id = publishedIdOf(url);
  if (id === '') return undefined;
  for (const lang of LANGS) {
    const info = forms[lang];
    if (info && publishedIdOf(info.publishedUrl) === id) return { lang, info };
  }
  return undefined;
}

function ensureIntakeTriggers(forms: ReflectionForms): void {
  const have = new Set(
    ScriptApp.getProjectTriggers()
      .filter((tr) => tr.getHandlerFunction() === INTAKE_HANDLER)
      .map((tr) => tr.getTriggerSourceId()),
  );
  for (const info of Object.values(forms)) {
    if (info && !have.has(info.formId))
      createTrigger(
        { functionName: INTAKE_HANDLER, kind: 'form-submit', formId: info.formId },
        'Europe/Helsinki',
      );
  }
}

/** A client as participation jobs need it, read from the clients sheet. */
export interface Participant {
  id: string;
  name: string;
  email: string;
  lang: Lang;
  status: string;
  coach: string;
  token: string;
  folderId: string;
}

export function participantsOf(table: Table): Participant[] {
  return table.rows
    .map((row) => ({
      id: cellText(row.values.id),
      name: cellText(row.values.name),
      email: cellText(row.values.email),
      lang: LANG_VALUES.parse(cellText(row.values.lang)) ?? 'fi',
      status: STATUS_VALUES.parse(cellText(row.values.status)) ?? 'active',
      coach: cellText(row.values.coach),
      token: cellText(row.values.token),
      folderId: cellText(row.values.folderId),
    }))
    .filter((p) => p.id !== '');
}

/**
 * Gives every enrolled client without a valid token a new one (one write). Rotating a token is
 * clearing the cell and running this again: the old link stops working.
 */
export function ensureClientTokens(spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): number {
  const table = openTable(spreadsheet, 'clients');
  const updates = new Map<string, Record<string, unknown>>();
  for (const p of participantsOf(table)) {
    if (p.status !== 'closed' && !isWellFormedToken(p.token))
      updates.set(p.id, { token: Utilities.getUuid() });
  }
  updateByKey(table.sheet, CLIENTS, updates, ['token']);
  return updates.size;
}

/** Replaces one client's token: links sent before stop identifying them. */
export function rotateReflectionToken(clientId: string): boolean {
  const table = openTable(SpreadsheetApp.getActiveSpreadsheet(), 'clients');
  if (!participantsOf(table).some((p) => p.id === clientId)) return false;
  updateByKey(table.sheet, CLIENTS, new Map([[clientId, { token: Utilities.getUuid() }]]), [
    'token',
  ]);
  return true;
}

/**
 * The prefilled reflection link for a client and day: the form in the client's language with
 * the date and their token filled in. No service call (the template was made at setup). For
 * dispatch: pass the participant (or any object with lang and token).
 */
export function reflectionLinkFor(
  client: { lang: Lang; token: string },
  date: string,
  forms = readReflectionForms(),
): string {
  const info = forms[client.lang] ?? forms.fi;
  if (!info || !isWellFormedToken(client.token)) return '';
  return fillLinkTemplate(info.template, client.token, date);
}

/** Server function: a client's link, as the coach (or `etapaja respond`) would copy it. */
export function reflectionLink(clientId: string, date: string): string {
  const table = openTable(SpreadsheetApp.getActiveSpreadsheet(), 'clients');
  const client = participantsOf(table).find((p) => p.id === clientId);
  return client ? reflectionLinkFor(client, date) : '';
}
