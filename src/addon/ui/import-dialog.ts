import { byId, clear, h } from './dom';
import { run } from './rpc';
import { msg, showError, withProgress } from './state';

/**
 * Importing a roster from the sidebar: the coach picks a file on the computer; the page sends
 * its bytes as base64 to importClientsFile, where the same code as the command line detects the
 * encoding (or reads the .xlsx) — nothing is decoded here, so the sidebar and `etapaja
 * import-clients` cannot disagree. Unknown words then come back as a short list: one choice per
 * word, saved for the workbook with mapRosterValues, which brings the waiting rows in.
 */

interface UnknownValue {
  field: string;
  column: string;
  value: string;
  count: number;
  lines: number[];
  choices: string[];
}

interface ImportResult {
  accepted: number;
  updated: number;
  rejected: { line: number; problems: string[] }[];
  held: { line: number; problems: string[] }[];
  unknownValues: UnknownValue[];
  encoding: string;
  refused?: string;
}

interface MapResult {
  enrolled: string[];
  held: unknown[];
  unknownValues: UnknownValue[];
  refused: { value: string; problem: string }[];
}

// As MAX_FILE_BYTES in src/core/roster-file.ts: refused here before a long upload.
const MAX_BYTES = 10 * 1024 * 1024;
const LEAVE_OUT = 'leave out';

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('p', { class: 'field' }, h('label', { for: id }, label), control);
}

/** The Actions tab's import section. */
export function importSection(): HTMLElement {
  const file = h('input', { id: 'import-file', type: 'file', accept: '.csv,.txt,.tsv,.xlsx' });
  const sheet = h('input', { id: 'import-sheet', type: 'text', autocomplete: 'off' });
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'import-title' },
    h('h3', { id: 'import-title' }, msg('import.ui.title')),
    h('p', {}, msg('import.ui.intro')),
    field('import-file', msg('import.ui.file'), file),
    field('import-sheet', msg('import.ui.sheet'), sheet),
    h(
      'p',
      {},
      h(
        'button',
        { type: 'button', id: 'import-go', onclick: () => void upload() },
        msg('import.ui.import'),
      ),
    ),
    h(
      'p',
      {},
      h(
        'button',
        { type: 'button', id: 'import-check', onclick: () => void check() },
        msg('import.ui.check'),
      ),
    ),
    h('div', { id: 'import-result' }),
    h('div', { id: 'import-unknown' }),
  );
}

async function upload(): Promise<void> {
  const input = byId<HTMLInputElement>('import-file');
  const chosen = input.files?.[0];
  if (!chosen) {
    input.focus();
    return;
  }
  if (chosen.size > MAX_BYTES) {
    showError(msg('import.ui.tooBig'));
    return;
  }
  const base64 = await readAsBase64(chosen);
  const sheet = byId<HTMLInputElement>('import-sheet').value.trim();
  const result = await withProgress(() =>
    run<ImportResult>('importClientsFile', base64, {
      fileName: chosen.name,
      ...(sheet ? { sheet } : {}),
    }),
  );
  if (!result) return;
  if (result.refused) {
    showError(result.refused);
    return;
  }
  showResult(result);
  showUnknown(result.unknownValues);
}

/** The waiting words of rows already in the sheet (pasted, or held by an earlier import). */
async function check(): Promise<void> {
  const result = await withProgress(() => run<MapResult>('mapRosterValues', []));
  if (result) showUnknown(result.unknownValues, true);
}

function showResult(result: ImportResult): void {
  const area = byId('import-result');
  clear(area);
  const summary = msg('import.ui.result', {
    accepted: result.accepted,
    updated: result.updated,
    held: result.held.length,
    rejected: result.rejected.length,
    encoding: result.encoding,
  });
  const lines = [...result.rejected, ...result.held]
    .sort((a, b) => a.line - b.line)
    .map((r) => h('li', {}, msg('import.ui.line', { line: r.line, text: r.problems.join(' ') })));
  area.append(h('p', { id: 'import-summary' }, summary));
  if (lines.length > 0) area.append(h('ul', { class: 'list' }, ...lines));
  byId('status').textContent = summary;
}

function answerControl(u: UnknownValue, index: number): HTMLElement {
  const id = `import-map-${index}`;
  if (u.choices.length === 0) {
    return h('input', {
      id,
      type: 'text',
      placeholder: msg('import.ui.days'),
      autocomplete: 'off',
    });
  }
  return h(
    'select',
    { id },
    h('option', { value: '' }, msg('import.ui.choose')),
    ...u.choices.map((c) => h('option', { value: c }, c)),
    h('option', { value: LEAVE_OUT }, msg('import.ui.leaveOut')),
  );
}

function showUnknown(unknown: UnknownValue[], announce = false): void {
  const area = byId('import-unknown');
  clear(area);
  if (unknown.length === 0) {
    if (announce) byId('status').textContent = msg('import.ui.none');
    return;
  }
  // The label names the word itself, so a screen reader says which word is asked about.
  const fields = unknown.map((u, i) =>
    field(
      `import-map-${i}`,
      msg('import.ui.rows', { column: u.column, value: u.value, count: u.count }),
      answerControl(u, i),
    ),
  );
  const save = h(
    'button',
    { type: 'button', id: 'import-save', onclick: () => void saveAnswers(unknown) },
    msg('import.ui.save'),
  );
  area.append(
    h(
      'fieldset',
      { id: 'import-unknown-set' },
      h('legend', { id: 'import-unknown-title', tabindex: '-1' }, msg('import.ui.unknownTitle')),
      h('p', {}, msg('import.ui.unknownIntro')),
      ...fields,
      h('p', {}, save),
    ),
  );
  byId('import-unknown-title').focus();
}

async function saveAnswers(unknown: UnknownValue[]): Promise<void> {
  const answers = unknown
    .map((u, i) => ({
      field: u.field,
      value: u.value,
      to: byId<HTMLInputElement>(`import-map-${i}`).value.trim(),
    }))
    .filter((a) => a.to !== '');
  if (answers.length === 0) {
    byId(`import-map-0`).focus();
    return;
  }
  const result = await withProgress(() => run<MapResult>('mapRosterValues', answers));
  if (!result) return;
  if (result.refused.length > 0) showError(result.refused.map((r) => r.problem).join(' '));
  const saved = msg('import.ui.saved', {
    enrolled: result.enrolled.length,
    held: result.held.length,
  });
  showUnknown(result.unknownValues);
  const area = byId('import-result');
  area.append(h('p', { id: 'import-saved' }, saved));
  byId('status').textContent = saved;
}
