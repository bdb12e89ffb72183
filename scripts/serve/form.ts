import type { Workspace } from '../../emulator/workspace';
import { escapeHtml } from '../../emulator/html';
import {
  FORMS_STORE,
  FORM_SUBMIT_DELAY_MS,
  parsePrefilledUrl,
  submitResponse,
  type Answers,
  type FormsStore,
  type StoredForm,
  type StoredItem,
} from '../../emulator/forms';
import { dateInZone } from '../../src/core/dates';
import { LANGS, type Lang } from '../../src/core/types';
import type { ReflectionFormInfo } from '../../src/jobs/reflection-form';
import { PROJECT_ID } from '../commands/common';
import { reflectionForms } from '../commands/respond';
import { page } from './pages';

/**
 * `/form` of `etapaja serve`: the daily reflection form (the emulator's FormApp form that setup
 * made in the client's language) as a plain, accessible HTML page, and its submission through
 * the emulator as Google Forms would take it. The words of the page around the form's own
 * (Submit, thank you) are Google Forms' UI, not the product's, so they live here.
 */

const UI: Record<Lang, Record<string, string>> = {
  fi: {
    submit: 'Lähetä',
    required: 'pakollinen',
    thanks: 'Kiitos! Vastauksesi on tallennettu.',
    another: 'Lähetä toinen vastaus',
    answer: 'Vastaa tähän kysymykseen: {title}',
    invalid: 'Tarkista vastauksesi.',
  },
  sv: {
    submit: 'Skicka',
    required: 'obligatorisk',
    thanks: 'Tack! Ditt svar har sparats.',
    another: 'Skicka ett svar till',
    answer: 'Svara på den här frågan: {title}',
    invalid: 'Kontrollera dina svar.',
  },
  en: {
    submit: 'Submit',
    required: 'required',
    thanks: 'Thank you! Your response has been recorded.',
    another: 'Submit another response',
    answer: 'Please answer this question: {title}',
    invalid: 'Please check your answers.',
  },
};

export interface FormPage {
  status: number;
  html: string;
}

interface Known {
  lang: Lang;
  info: ReflectionFormInfo;
  form: StoredForm;
}

function known(workspace: Workspace, by: { formId?: string; lang?: Lang }): Known | null {
  const forms = reflectionForms(workspace);
  const store = workspace.rt.store<FormsStore>(FORMS_STORE.name);
  for (const lang of LANGS) {
    const info = forms[lang];
    if (!info) continue;
    if (by.formId !== undefined ? info.formId !== by.formId : lang !== by.lang) continue;
    const form = store.forms[info.formId];
    return form ? { lang, info, form } : null;
  }
  return null;
}

function formShell(lang: Lang, title: string, body: string): string {
  return page(title, body, {
    lang,
    style:
      'form{max-width:40rem}.q{margin:0 0 24px}label,legend{display:block;font-weight:bold;font-size:18px;margin-bottom:6px}' +
      'input[type=text],input[type=date],textarea{font:inherit;font-size:18px;padding:10px;width:100%;box-sizing:border-box;border:2px solid #5f6368;border-radius:4px}' +
      'fieldset{border:0;padding:0;margin:0}.scale label{display:inline-block;font-weight:normal;margin:0 12px 8px 0;padding:8px}' +
      'input[type=radio]{width:24px;height:24px;vertical-align:middle}.help{margin:0 0 6px;color:#3c4043}' +
      'button{font:inherit;font-size:18px;padding:12px 28px;background:#1a56db;color:#fff;border:0;border-radius:4px;cursor:pointer}' +
      '[role=alert]{border:2px solid #b3261e;padding:8px 12px;color:#b3261e}:focus{outline:3px solid #f9ab00;outline-offset:2px}',
  });
}

function itemHtml(item: StoredItem, value: string, lang: Lang, tokenItem: number): string {
  const name = `entry.${item.id}`;
  if (item.id === tokenItem)
    return `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const id = `q${item.id}`;
  const help = item.helpText
    ? `<p class="help" id="${id}-help">${escapeHtml(item.helpText)}</p>`
    : '';
  const described = item.helpText ? ` aria-describedby="${id}-help"` : '';
  const required = item.required ? ' required aria-required="true"' : '';
  const mark = item.required ? ` <span>(${escapeHtml(UI[lang].required)})</span>` : '';
  const choices = (options: { value: string; label: string }[]): string =>
    `<fieldset class="q scale"${described}><legend>${escapeHtml(item.title)}${mark}</legend>${help}${options
      .map(
        (o, i) =>
          `<label for="${id}-${i}"><input type="radio" id="${id}-${i}" name="${name}" value="${escapeHtml(
            o.value,
          )}"${o.value === value ? ' checked' : ''}${item.required && i === 0 ? ' required' : ''}> ${escapeHtml(
            o.label,
          )}</label>`,
      )
      .join('')}</fieldset>`;
  switch (item.type) {
    case 'SCALE': {
      const low = item.lowerBound ?? 1;
      const high = item.upperBound ?? 5;
      const options = [];
      for (let n = low; n <= high; n += 1) {
        const end = n === low ? item.leftLabel : n === high ? item.rightLabel : '';
        options.push({ value: String(n), label: end ? `${n} – ${end}` : String(n) });
      }
      return choices(options);
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      return choices((item.choices ?? []).map((c) => ({ value: c, label: c })));
    case 'CHECKBOX': {
      // Several answers: one checkbox per choice, all under the item's entry name.
      const picked = value === '' ? [] : value.split('\n');
      return `<fieldset class="q scale"${described}><legend>${escapeHtml(item.title)}${mark}</legend>${help}${(
        item.choices ?? []
      )
        .map(
          (c, i) =>
            `<label for="${id}-${i}"><input type="checkbox" id="${id}-${i}" name="${name}" value="${escapeHtml(
              c,
            )}"${picked.includes(c) ? ' checked' : ''}> ${escapeHtml(c)}</label>`,
        )
        .join('')}</fieldset>`;
    }
    case 'PARAGRAPH_TEXT':
      return `<div class="q"><label for="${id}">${escapeHtml(item.title)}${mark}</label>${help}<textarea id="${id}" name="${name}" rows="5"${described}${required}>${escapeHtml(
        value,
      )}</textarea></div>`;
    case 'DATE':
    case 'TEXT':
      return `<div class="q"><label for="${id}">${escapeHtml(item.title)}${mark}</label>${help}<input type="${
        item.type === 'DATE' ? 'date' : 'text'
      }" id="${id}" name="${name}" value="${escapeHtml(value)}"${described}${required}></div>`;
    case 'SECTION_HEADER':
    case 'PAGE_BREAK':
      // Layout only (serve shows every page at once): the heading and its text.
      return `<div class="q"><h2>${escapeHtml(item.title)}</h2>${help}</div>`;
    default:
      // Time, duration, date-time and grid questions: Etäpaja's forms have none.
      throw new Error(`serve: no form field for a ${item.type} item`);
  }
}

function formHtml(k: Known, values: Record<string, string>, problem = ''): string {
  const ui = UI[k.lang];
  const alert = problem ? `<p role="alert">${escapeHtml(problem)}</p>` : '';
  const description = k.form.description ? `<p>${escapeHtml(k.form.description)}</p>` : '';
  const items = k.form.items
    .map((item) => itemHtml(item, values[String(item.id)] ?? '', k.lang, k.info.items.token))
    .join('\n');
  return formShell(
    k.lang,
    k.form.title,
    `${description}${alert}<form method="post" action="/form"><input type="hidden" name="form" value="${escapeHtml(
      k.form.id,
    )}">\n${items}\n<button type="submit">${escapeHtml(ui.submit)}</button></form>`,
  );
}

function notice(status: number, title: string, text: string): FormPage {
  return { status, html: page(title, `<p>${escapeHtml(text)}</p>`) };
}

/** The page where a coach opens a client's form by id (the nav's "Reflection form"). */
function chooser(): FormPage {
  return {
    status: 200,
    html: page(
      'Reflection form',
      `<p>Opens a client's daily reflection form as their prefilled link does.</p>
<form method="get" action="/form"><p><label for="client">Client id</label><br><input id="client" name="client" required></p>
<p><label for="date">Date (empty: today)</label><br><input id="date" name="date" type="date"></p><p><button type="submit">Open</button></p></form>`,
    ),
  };
}

/** GET /form?client=ID[&date=D] or /form?t=TOKEN[&lang=fi|sv|en][&date=D]. */
export function reflectionFormPage(workspace: Workspace, params: URLSearchParams): FormPage {
  const client = params.get('client') ?? '';
  const token = params.get('t');
  if (!client && token === null) return chooser();
  const date = params.get('date') || dateInZone(workspace.now(), workspace.meta.timeZone);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    return notice(400, 'Bad date', `Not a date: ${date} (YYYY-MM-DD)`);
  if (client) {
    // The link the product sends this client, asked for as the coach would.
    const run = workspace.run(PROJECT_ID, 'reflectionLink', [client, date]);
    workspace.save();
    if (run.error) return notice(500, 'Script error', run.error.message);
    const link = typeof run.value === 'string' ? run.value : '';
    if (!link)
      return notice(
        404,
        'No reflection link',
        `No reflection link for ${client}: unknown or closed client, no token yet, or no reflection form.`,
      );
    const { formId, answers } = parsePrefilledUrl(workspace.rt.stores, link);
    const k = known(workspace, { formId });
    if (!k) return notice(404, 'No reflection form', 'The link does not open a reflection form.');
    return { status: 200, html: formHtml(k, answers) };
  }
  const lang = (params.get('lang') || 'fi') as Lang;
  if (!LANGS.includes(lang)) return notice(400, 'Bad language', `No language ${lang}.`);
  const k = known(workspace, { lang });
  if (!k) return notice(404, 'No reflection form', `No reflection form in ${lang}.`);
  return {
    status: 200,
    html: formHtml(k, {
      [String(k.info.items.date)]: date,
      [String(k.info.items.token)]: token ?? '',
    }),
  };
}

/**
 * POST /form: the answers go in as a submission from the browser (no script call), the clock
 * moves on by the form-submit delay so the form's trigger takes the response in, and the
 * workspace is saved. Unanswered required items send the form back, as Forms does.
 */
export function submitReflectionForm(workspace: Workspace, body: string): FormPage {
  const fields = new URLSearchParams(body);
  const k = known(workspace, { formId: fields.get('form') ?? '' });
  if (!k) return notice(400, 'No such form', 'This form does not exist.');
  const ui = UI[k.lang];
  const values: Record<string, string> = {};
  const answers: Answers = {};
  for (const item of k.form.items) {
    if (item.type === 'CHECKBOX') {
      const picked = fields.getAll(`entry.${item.id}`);
      values[String(item.id)] = picked.join('\n');
      if (picked.length > 0) answers[String(item.id)] = picked;
      continue;
    }
    const value = fields.get(`entry.${item.id}`) ?? '';
    values[String(item.id)] = value;
    if (value.trim() !== '') answers[String(item.id)] = value;
  }
  const missing = k.form.items.find((i) => i.required && !(String(i.id) in answers));
  if (missing)
    return { status: 400, html: formHtml(k, values, ui.answer.replace('{title}', missing.title)) };
  if (!k.form.acceptingResponses)
    return notice(403, k.form.title, 'This form is no longer accepting responses.');
  const atMs = workspace.now();
  try {
    submitResponse(workspace.rt.stores, k.form.id, answers, {
      atMs,
      timeZone: workspace.meta.timeZone,
    });
  } catch (_error) {
    return { status: 400, html: formHtml(k, values, ui.invalid) };
  }
  workspace.advance(atMs + FORM_SUBMIT_DELAY_MS);
  workspace.save();
  return {
    status: 200,
    html: formShell(
      k.lang,
      k.form.title,
      `<p role="status">${escapeHtml(ui.thanks)}</p><p><a href="/form?${escapeHtml(
        new URLSearchParams({
          t: values[String(k.info.items.token)] ?? '',
          lang: k.lang,
        }).toString(),
      )}">${escapeHtml(ui.another)}</a></p>`,
    ),
  };
}
