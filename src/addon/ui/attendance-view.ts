import { append, byId, clear, h, svg } from './dom';
import { select } from './forms';
import { isoToFinnish, type Setup } from './enrol';
import { COLOURS } from './heatmap';
import { run } from './rpc';
import { msg, showError, withProgress } from './state';

/**
 * The coach's attendance desk in the sidebar: the "to check" list (one click per client-day,
 * or the fortnight's proposals at once) and the monthly summary with its chart. Evidence
 * proposes, the coach decides (issue 17).
 */

type Problems = { ok: false; problems: { field: string; text: string }[] };

interface DayToCheck {
  clientId: string;
  name: string;
  date: string;
  dateText: string;
  proposed: 'present' | 'unknown';
  sourcesText: string;
}

interface ToCheckView {
  days: DayToCheck[];
  more: number;
  fortnight: { start: string; end: string };
}

function dayItem(setup: Setup, d: DayToCheck, done: (text: string) => void): HTMLElement {
  const id = `chk-${d.clientId}-${d.date}`;
  const names = { name: d.name, date: d.dateText };
  const reason = select(setup.choices.reason, '', true);
  reason.id = `${id}-reason`;
  reason.setAttribute('aria-label', msg('attendance.check.reasonLabel', names));
  const mark = async (status: 'present' | 'absent'): Promise<void> => {
    if (status === 'absent' && !reason.value) {
      showError(msg('sidebar.attendance.reasonNeeded'));
      reason.focus();
      return;
    }
    const outcome = await withProgress(() =>
      run<{ ok: true; key: string } | Problems>('markAttendance', {
        clientId: d.clientId,
        date: d.date,
        status,
        reason: status === 'absent' ? reason.value : '',
      }),
    );
    if (!outcome) return;
    if (!outcome.ok) return showError(outcome.problems.map((p) => p.text).join(' '));
    const word = status === 'present' ? 'attendance.check.present' : 'attendance.check.absent';
    done(msg('attendance.check.done', { ...names, status: msg(word).toLowerCase() }));
  };
  return h(
    'li',
    { id, class: 'check-day' },
    h('strong', {}, `${d.name} ${d.dateText}`),
    h(
      'p',
      { class: d.proposed === 'present' ? 'hint ok' : 'hint' },
      d.proposed === 'present'
        ? msg('attendance.check.proposedPresent', { sources: d.sourcesText })
        : msg('attendance.check.noEvidence'),
    ),
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        {
          type: 'button',
          class: d.proposed === 'present' ? 'primary' : '',
          'aria-label': msg('attendance.check.presentLabel', names),
          onclick: () => void mark('present'),
        },
        msg('attendance.check.present'),
      ),
      reason,
      h(
        'button',
        {
          type: 'button',
          'aria-label': msg('attendance.check.absentLabel', names),
          onclick: () => void mark('absent'),
        },
        msg('attendance.check.absent'),
      ),
    ),
  );
}

/** Loads and shows the "to check" list into `root`. */
export async function loadToCheck(setup: Setup, root: HTMLElement): Promise<void> {
  const view = await withProgress(() => run<ToCheckView>('attendanceToCheck'));
  if (!view) return;
  clear(root);
  const result = h('p', { id: 'check-result', tabindex: '-1', role: 'status' });
  const period = {
    start: isoToFinnish(view.fortnight.start),
    end: isoToFinnish(view.fortnight.end),
  };
  const items = view.days.map((d) =>
    dayItem(setup, d, (text) => {
      byId(`chk-${d.clientId}-${d.date}`).remove();
      result.textContent = text;
      result.focus();
    }),
  );
  append(root, [
    h('p', { class: 'hint' }, msg('attendance.check.intro')),
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        {
          type: 'button',
          id: 'check-bulk',
          onclick: () =>
            void (async () => {
              const outcome = await withProgress(() =>
                run<{ ok: true; confirmed: number; toCheck: number } | Problems>(
                  'confirmFortnight',
                  { date: view.fortnight.start },
                ),
              );
              if (!outcome) return;
              if (!outcome.ok) return showError(outcome.problems.map((p) => p.text).join(' '));
              await loadToCheck(setup, root);
              const done = byId('check-result');
              done.textContent = msg('attendance.check.bulkDone', {
                confirmed: outcome.confirmed,
                toCheck: outcome.toCheck,
              });
              done.focus();
            })(),
        },
        msg('attendance.check.bulk', period),
      ),
    ),
    result,
    items.length
      ? h('ul', { class: 'list check-list' }, ...items)
      : h('p', { class: 'muted' }, msg('attendance.check.none')),
    view.more > 0
      ? h('p', { class: 'hint' }, msg('attendance.check.more', { count: view.more }))
      : null,
  ]);
}

export function toCheckSection(setup: Setup): HTMLElement {
  const body = h('div', { id: 'check-body' });
  const section = h(
    'section',
    { class: 'block', 'aria-labelledby': 'check-title' },
    h('h3', { id: 'check-title' }, msg('attendance.check.heading')),
    body,
  );
  void loadToCheck(setup, body);
  return section;
}

interface MonthlyRow {
  clientId: string;
  name: string;
  attended: number;
  absent: number;
  noService: number;
  open: number;
  allowanceDays: number;
  allowanceEuros: number;
  reasons: Record<string, number>;
}

interface MonthlyView {
  month: string;
  sheetName: string;
  rows: MonthlyRow[];
  total: MonthlyRow;
  reasonLabels: { key: string; label: string }[];
}

const BAR = 14;

/** Attended, absent and no-service days per client as horizontal stacked bars. */
function monthChart(view: MonthlyView): SVGElement {
  const max = Math.max(1, ...view.rows.map((r) => r.attended + r.absent + r.noService));
  const width = 180;
  const parts: { key: 'attended' | 'absent' | 'noService'; colour: string }[] = [
    { key: 'attended', colour: COLOURS.present.fill },
    { key: 'absent', colour: COLOURS.absent.fill },
    { key: 'noService', colour: COLOURS['no-service'].fill },
  ];
  const rows = view.rows.map((r, i) => {
    let x = 60;
    const y = i * (BAR + 6);
    const bars = parts.map((p) => {
      const w = (r[p.key] / max) * width;
      const rect = svg('rect', { x, y, width: w, height: BAR, fill: p.colour });
      x += w;
      return rect;
    });
    return svg(
      'g',
      {},
      svg(
        'title',
        {},
        msg('attendance.monthly.barLabel', {
          id: r.clientId,
          attended: r.attended,
          absent: r.absent,
          noService: r.noService,
        }),
      ),
      svg('text', { x: 0, y: y + BAR - 3, 'font-size': 12, fill: '#202124' }, r.clientId),
      ...bars,
    );
  });
  return svg(
    'svg',
    {
      role: 'img',
      'aria-labelledby': 'monthly-chart-title',
      width: 260,
      height: Math.max(1, view.rows.length) * (BAR + 6),
      viewBox: `0 0 260 ${Math.max(1, view.rows.length) * (BAR + 6)}`,
    },
    svg(
      'title',
      { id: 'monthly-chart-title' },
      msg('attendance.monthly.chart', { month: view.month }),
    ),
    ...rows,
  );
}

function monthlyResult(view: MonthlyView): HTMLElement {
  const t = view.total;
  const figure = (key: string, value: string | number): HTMLElement[] => [
    h('dt', {}, msg(key)),
    h('dd', {}, String(value)),
  ];
  const reasons = view.reasonLabels
    .filter((r) => (t.reasons[r.key] ?? 0) > 0)
    .map((r) => h('li', {}, `${r.label}: ${t.reasons[r.key]}`));
  return h(
    'div',
    { id: 'monthly-done', tabindex: '-1' },
    h('p', {}, msg('attendance.monthly.done', { month: view.month, sheet: view.sheetName })),
    h(
      'dl',
      { class: 'figures' },
      ...figure('attendance.monthly.attended', t.attended),
      ...figure('attendance.monthly.allowanceDays', t.allowanceDays),
      ...figure('attendance.monthly.allowanceEuros', t.allowanceEuros.toFixed(2).replace('.', ',')),
      ...figure('attendance.monthly.absent', t.absent),
      ...figure('attendance.monthly.noService', t.noService),
      ...figure('attendance.monthly.open', t.open),
    ),
    reasons.length
      ? h('div', {}, h('p', {}, msg('attendance.monthly.byReason')), h('ul', {}, ...reasons))
      : null,
    view.rows.length ? monthChart(view) : null,
    h('p', { class: 'hint' }, msg('attendance.monthly.legend')),
  );
}

function recentMonths(today: string): { value: string; label: string }[] {
  const [y, m] = today.split('-').map(Number);
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < 6; i++) {
    const total = y * 12 + (m - 1) - i;
    const value = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
    out.push({ value, label: `${(total % 12) + 1}/${Math.floor(total / 12)}` });
  }
  return out;
}

export function monthlySection(setup: Setup): HTMLElement {
  const result = h('div', { id: 'monthly-result' });
  const months = select(
    recentMonths(setup.today),
    Number(setup.today.slice(8, 10)) <= 10 ? recentMonths(setup.today)[1].value : '',
  );
  months.id = 'monthly-month';
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'monthly-title' },
    h('h3', { id: 'monthly-title' }, msg('attendance.monthly.heading')),
    h('label', { for: 'monthly-month' }, msg('attendance.monthly.month')),
    months,
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        {
          type: 'button',
          id: 'monthly-make',
          onclick: () =>
            void (async () => {
              clear(result);
              const view = await withProgress(() =>
                run<MonthlyView>('monthlySummary', months.value),
              );
              if (!view) return;
              const shown = monthlyResult(view);
              result.appendChild(shown);
              shown.focus();
            })(),
        },
        msg('attendance.monthly.make'),
      ),
    ),
    result,
  );
}

/** The client's own page: the coach copies the address into a message for the client. */
export function clientPageSection(setup: Setup): HTMLElement {
  const result = h('p', { id: 'mypage-result', tabindex: '-1', class: 'break' });
  const clients = select(setup.clients.map((c) => ({ value: c.id, label: `${c.name} (${c.id})` })));
  clients.id = 'mypage-client';
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'mypage-title' },
    h('h3', { id: 'mypage-title' }, msg('attendance.mypage.heading')),
    h('p', { class: 'hint' }, msg('attendance.mypage.intro')),
    h('label', { for: 'mypage-client' }, msg('sidebar.field.client')),
    clients,
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        {
          type: 'button',
          id: 'mypage-show',
          onclick: () =>
            void (async () => {
              const link = await withProgress(() => run<string>('clientPageLink', clients.value));
              if (link === undefined) return;
              result.textContent = link || msg('attendance.mypage.none');
              result.focus();
            })(),
        },
        msg('attendance.mypage.show'),
      ),
    ),
    result,
  );
}
