import { h } from './dom';
import { msg } from './state';

/** Labelled form controls with an error slot each (aria-describedby, aria-invalid). */

export interface Choice {
  value: string;
  label: string;
}

export function field(id: string, labelKey: string, control: HTMLElement, hint = ''): HTMLElement {
  control.id = id;
  const describedBy = [`${id}-error`, hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, msg(labelKey)),
    hint ? h('p', { id: `${id}-hint`, class: 'hint' }, hint) : null,
    control,
    h('p', { id: `${id}-error`, class: 'field-error' }),
  );
}

export function input(attrs: Record<string, string> = {}): HTMLInputElement {
  return h('input', { type: 'text', ...attrs });
}

export function select(choices: Choice[], selected = '', blank = false): HTMLSelectElement {
  const el = h('select');
  if (blank) el.appendChild(h('option', { value: '' }, ''));
  for (const c of choices) {
    const option = h('option', { value: c.value }, c.label);
    if (c.value === selected) option.selected = true;
    el.appendChild(option);
  }
  return el;
}

export function dayBoxes(
  id: string,
  legendKey: string,
  weekdays: Choice[],
  checked: number[] = [],
): HTMLElement {
  return h(
    'fieldset',
    { id, class: 'days', 'aria-describedby': `${id}-error` },
    h('legend', {}, msg(legendKey)),
    ...weekdays.map((d) =>
      h(
        'label',
        { class: 'day' },
        h('input', {
          type: 'checkbox',
          name: id,
          value: d.value,
          checked: checked.includes(Number(d.value)),
        }),
        d.label,
      ),
    ),
    h('p', { id: `${id}-error`, class: 'field-error' }),
  );
}

export function checkedDays(id: string): number[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${id}"]:checked`)).map(
    (box) => Number(box.value),
  );
}

export function value(id: string): string {
  const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
  return el ? el.value.trim() : '';
}

/** Clears the error texts of a form's fields. */
export function clearErrors(root: HTMLElement): void {
  root.querySelectorAll('.field-error').forEach((p) => (p.textContent = ''));
  root.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

/**
 * Shows problems next to their fields (ids `${prefix}-${field}`); returns the first invalid
 * control so focus can go there.
 */
export function showFieldErrors(
  prefix: string,
  problems: { field: string; text: string }[],
): HTMLElement | null {
  let first: HTMLElement | null = null;
  for (const p of problems) {
    const control = document.getElementById(`${prefix}-${p.field}`);
    const slot = document.getElementById(`${prefix}-${p.field}-error`);
    if (slot) slot.textContent = slot.textContent ? `${slot.textContent} ${p.text}` : p.text;
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      if (!first) first = control;
    }
  }
  return first;
}
