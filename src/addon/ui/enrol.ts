import { append, byId, h } from './dom';
import {
  checkedDays,
  clearErrors,
  dayBoxes,
  field,
  input,
  select,
  showFieldErrors,
  value,
  type Choice,
} from './forms';
import { run } from './rpc';
import { msg, showError, withProgress } from './state';

/** What the forms need from the first server call. */
export interface Setup {
  today: string;
  clients: { id: string; name: string }[];
  groups: Choice[];
  choices: Record<'lang' | 'contact' | 'model' | 'weekday' | 'status' | 'reason', Choice[]>;
}

/** Which wizard step holds each field, so a server problem opens the right step. */
const STEP_OF: Record<string, number> = {
  name: 1,
  email: 1,
  phone: 1,
  lang: 1,
  contact: 1,
  model: 1,
  periodStart: 2,
  periodEnd: 2,
  workDays: 2,
  inPersonDays: 2,
  hoursPerDay: 2,
  group: 2,
  goals: 2,
  oriented: 3,
};

export function isoToFinnish(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/**
 * Enrolment wizard: basic details, period and days, then the orientation checklist (digital
 * participation, data protection and transfer, confidentiality). The server validates with the
 * roster rules; its problems are shown next to the fields, on the step that holds them.
 */
export function enrolForm(setup: Setup, enrolled: (id: string) => void): HTMLElement {
  let step = 1;
  const steps: HTMLElement[] = [];
  const stepHeading = (n: number, key: string) =>
    h(
      'h4',
      { id: `enrol-step${n}-heading`, tabindex: '-1' },
      msg('sidebar.enrol.step', { step: n, title: msg(key) }),
    );
  steps.push(
    h(
      'div',
      { id: 'enrol-step1', class: 'step' },
      stepHeading(1, 'sidebar.enrol.step1'),
      field(
        'enrol-name',
        'sidebar.field.name',
        input({ autocomplete: 'off', 'aria-required': 'true' }),
      ),
      field('enrol-email', 'sidebar.field.email', input({ type: 'email', autocomplete: 'off' })),
      field('enrol-phone', 'sidebar.field.phone', input({ type: 'tel', autocomplete: 'off' })),
      field('enrol-lang', 'sidebar.field.lang', select(setup.choices.lang, 'fi')),
      field('enrol-contact', 'sidebar.field.contact', select(setup.choices.contact, 'email')),
      field('enrol-model', 'sidebar.field.model', select(setup.choices.model, 'long-term')),
    ),
  );
  steps.push(
    h(
      'div',
      { id: 'enrol-step2', class: 'step', hidden: true },
      stepHeading(2, 'sidebar.enrol.step2'),
      field(
        'enrol-periodStart',
        'sidebar.field.periodStart',
        input({ inputmode: 'numeric', autocomplete: 'off' }),
        'pp.kk.vvvv',
      ),
      field(
        'enrol-periodEnd',
        'sidebar.field.periodEnd',
        input({ inputmode: 'numeric', autocomplete: 'off' }),
        'pp.kk.vvvv',
      ),
      dayBoxes('enrol-workDays', 'sidebar.field.workDays', setup.choices.weekday.slice(0, 5)),
      dayBoxes(
        'enrol-inPersonDays',
        'sidebar.field.inPersonDays',
        setup.choices.weekday.slice(0, 5),
      ),
      field(
        'enrol-hoursPerDay',
        'sidebar.field.hoursPerDay',
        input({ inputmode: 'decimal', value: '4' }),
      ),
      field(
        'enrol-group',
        'sidebar.field.group',
        select([{ value: '', label: msg('sidebar.field.noGroup') }, ...setup.groups]),
      ),
      field('enrol-goals', 'sidebar.field.goals', h('textarea', { rows: 3 })),
    ),
  );
  steps.push(
    h(
      'div',
      { id: 'enrol-step3', class: 'step', hidden: true },
      stepHeading(3, 'sidebar.enrol.step3'),
      h('p', { id: 'enrol-orientation-intro' }, msg('sidebar.enrol.orientationIntro')),
      h(
        'fieldset',
        {
          id: 'enrol-oriented',
          'aria-describedby': 'enrol-orientation-intro enrol-oriented-error',
        },
        h('legend', {}, msg('sidebar.enrol.step3')),
        ...(['digital', 'dataProtection', 'confidentiality'] as const).map((key) =>
          h(
            'label',
            { class: 'check' },
            h('input', { type: 'checkbox', id: `enrol-${key}` }),
            msg(`sidebar.enrol.${key}`),
          ),
        ),
        h('p', { id: 'enrol-oriented-error', class: 'field-error' }),
      ),
    ),
  );

  const back = h(
    'button',
    { type: 'button', id: 'enrol-back', hidden: true },
    msg('sidebar.enrol.back'),
  );
  const next = h('button', { type: 'button', id: 'enrol-next' }, msg('sidebar.enrol.next'));
  const submit = h(
    'button',
    { type: 'submit', id: 'enrol-submit', hidden: true },
    msg('sidebar.enrol.submit'),
  );
  const result = h('div', { id: 'enrol-result' });

  const go = (n: number, focus = true) => {
    step = n;
    steps.forEach((s, i) => (s.hidden = i + 1 !== n));
    back.hidden = n === 1;
    next.hidden = n === 3;
    submit.hidden = n !== 3;
    if (focus) byId(`enrol-step${n}-heading`).focus();
  };
  back.addEventListener('click', () => go(step - 1));
  next.addEventListener('click', () => {
    // The one check worth doing before the server: a name, so the coach is not sent back later.
    if (step === 1 && value('enrol-name') === '') {
      clearErrors(form);
      showFieldErrors('enrol', [{ field: 'name', text: msg('sidebar.enrol.required') }])?.focus();
      return;
    }
    go(step + 1);
  });

  const form = h(
    'form',
    { id: 'enrol-form', novalidate: true, 'aria-labelledby': 'enrol-title' },
    h('h3', { id: 'enrol-title' }, msg('sidebar.actions.enrol')),
    ...steps,
    h('div', { class: 'buttons' }, back, next, submit),
    result,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  async function send(): Promise<void> {
    clearErrors(form);
    result.textContent = '';
    const checked = (id: string) => (document.getElementById(id) as HTMLInputElement).checked;
    const orientation = {
      digital: checked('enrol-digital'),
      dataProtection: checked('enrol-dataProtection'),
      confidentiality: checked('enrol-confidentiality'),
    };
    const outcome = await withProgress(() =>
      run<
        | { ok: true; id: string; warnings: string[] }
        | { ok: false; problems: { field: string; text: string }[] }
      >('enrolClient', {
        name: value('enrol-name'),
        email: value('enrol-email'),
        phone: value('enrol-phone'),
        lang: value('enrol-lang'),
        contact: value('enrol-contact'),
        model: value('enrol-model'),
        periodStart: value('enrol-periodStart'),
        periodEnd: value('enrol-periodEnd'),
        workDays: checkedDays('enrol-workDays'),
        inPersonDays: checkedDays('enrol-inPersonDays'),
        hoursPerDay: value('enrol-hoursPerDay'),
        group: value('enrol-group'),
        goals: value('enrol-goals'),
        orientation,
      }),
    );
    if (!outcome) return;
    if (!outcome.ok) {
      const firstStep = Math.min(...outcome.problems.map((p) => STEP_OF[p.field] ?? 1));
      go(firstStep, false);
      showError(
        `${msg('sidebar.enrol.problems')} ${outcome.problems.map((p) => p.text).join(' ')}`,
      );
      showFieldErrors('enrol', outcome.problems)?.focus();
      return;
    }
    const notOriented = !(
      orientation.digital &&
      orientation.dataProtection &&
      orientation.confidentiality
    );
    append(result, [
      h('p', { id: 'enrol-done', tabindex: '-1' }, msg('sidebar.enrol.done', { id: outcome.id })),
      ...outcome.warnings.map((w) => h('p', { class: 'hint' }, w)),
      notOriented ? h('p', { class: 'hint' }, msg('sidebar.enrol.notOriented')) : null,
    ]);
    byId('status').textContent = msg('sidebar.enrol.done', { id: outcome.id });
    form
      .querySelectorAll('input[type=text], input[type=email], input[type=tel], textarea')
      .forEach((el) => ((el as HTMLInputElement).value = ''));
    form
      .querySelectorAll<HTMLInputElement>('input[type=checkbox]')
      .forEach((box) => (box.checked = false));
    go(1, false);
    byId('enrol-done').focus();
    enrolled(outcome.id);
  }

  return form;
}
