import { byId, clear, h } from './dom';
import type { ClientCard as Card } from '../../core/client-card';
import { heatMap, type Day } from './heatmap';
import { run } from './rpc';
import { msg, plain, setMessages, showError, withProgress } from './state';
import { enrolForm, type Setup } from './enrol';
import { actionForms } from './actions';
import { confirmDialog } from './confirm';
import { importSection } from './import-dialog';
import { phoneNoticesSection, type PhoneNoticeView } from './phone-notices';

/**
 * The coach's sidebar: Today, the client card and the actions. Everything on the page comes from
 * server functions (src/jobs/sidebar*.ts) through google.script.run and is written with
 * textContent. Views are switched with ordinary buttons; focus moves to the view's heading.
 */

interface TodayView extends Setup {
  lang: string;
  messages: Record<string, string>;
  todayText: string;
  working: { id: string; name: string; answered: boolean }[];
  meetings: { time: string; title: string; link: string }[];
  alerts: { text: string; clientId?: string }[];
  phone?: PhoneNoticeView;
}

const VIEWS = ['today', 'client', 'actions'] as const;
type View = (typeof VIEWS)[number];
let setup: TodayView | null = null;

function showView(view: View, focus = true): void {
  for (const v of VIEWS) {
    byId(`view-${v}`).hidden = v !== view;
    const tab = byId(`tab-${v}`);
    if (v === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (focus) byId(`h-${view}`).focus();
}

function section(headingKey: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'block' }, h('h3', {}, msg(headingKey)), ...children);
}

function list(items: Node[], emptyKey: string): Node {
  return items.length
    ? h('ul', { class: 'list' }, ...items.map((i) => h('li', {}, i)))
    : h('p', { class: 'muted' }, msg(emptyKey));
}

function link(href: string, text: string): HTMLAnchorElement {
  // Only web links: a cell could hold "javascript:…".
  const safe = /^https?:\/\//i.test(href) ? href : '#';
  return h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer' }, text);
}

function renderToday(view: TodayView): void {
  const root = byId('today-body');
  clear(root);
  byId('h-today').textContent = msg('sidebar.today.heading', { date: view.todayText });
  root.appendChild(
    section(
      'sidebar.today.working',
      list(
        view.working.map((w) =>
          h(
            'span',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                'aria-label': msg('sidebar.today.open', { name: w.name }),
                onclick: () => void openCard(w.id),
              },
              w.name,
            ),
            ' ',
            h(
              'span',
              { class: w.answered ? 'badge ok' : 'badge' },
              msg(w.answered ? 'sidebar.today.answered' : 'sidebar.today.notAnswered'),
            ),
          ),
        ),
        'sidebar.today.nobody',
      ),
    ),
  );
  root.appendChild(
    section(
      'sidebar.today.meetings',
      list(
        view.meetings.map((m) =>
          h(
            'span',
            {},
            `${m.time} `,
            m.link ? link(m.link, msg('sidebar.today.join', { title: m.title })) : m.title,
          ),
        ),
        'sidebar.today.noMeetings',
      ),
    ),
  );
  root.appendChild(phoneNoticesSection(view.phone));
  root.appendChild(
    section(
      'sidebar.today.alerts',
      list(
        view.alerts.map((a) => h('span', {}, a.text)),
        'sidebar.today.noAlerts',
      ),
    ),
  );
}

function renderClientPicker(view: TodayView): void {
  const root = byId('client-picker');
  clear(root);
  const picker = h('select', { id: 'client-select' });
  for (const c of view.clients)
    picker.appendChild(h('option', { value: c.id }, `${c.name} (${c.id})`));
  root.append(
    h('label', { for: 'client-select' }, msg('sidebar.client.choose')),
    h('p', { class: 'hint', id: 'client-select-hint' }, msg('sidebar.client.chooseHint')),
    picker,
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        { type: 'button', id: 'client-show', onclick: () => void openCard(picker.value, false) },
        msg('sidebar.client.show'),
      ),
      h(
        'button',
        { type: 'button', id: 'client-selection', onclick: () => void openCard('', false) },
        msg('sidebar.client.fromSelection'),
      ),
    ),
  );
  picker.setAttribute('aria-describedby', 'client-select-hint');
}

/** `fresh`: the coach's Refresh, past the server's cache of recently opened cards. */
async function openCard(clientId: string, switchView = true, fresh = false): Promise<void> {
  if (switchView) showView('client');
  const card = await withProgress(() =>
    run<Card | { error: string }>('sidebarClient', clientId, fresh ? { fresh: true } : {}),
  );
  if (!card) return;
  if ('error' in card) {
    showError(card.error);
    return;
  }
  const picker = document.getElementById('client-select') as HTMLSelectElement | null;
  if (picker) picker.value = card.id;
  renderCard(card);
}

function dl(rows: [string, string][]): HTMLElement {
  const el = h('dl', { class: 'facts' });
  for (const [k, v] of rows) el.append(h('dt', {}, k), h('dd', {}, v || '–'));
  return el;
}

function renderCard(card: Card): void {
  const root = byId('card');
  clear(root);
  const period =
    card.daysLeft === null
      ? `${card.periodStart}–${card.periodEnd}`
      : msg('sidebar.client.periodEnds', {
          start: card.periodStart,
          end: card.periodEnd,
          days: card.daysLeft,
        });
  root.appendChild(h('h3', { id: 'card-name', tabindex: '-1' }, `${card.name} (${card.id})`));
  root.appendChild(
    h('p', { class: 'hint', id: 'card-as-of' }, msg('sidebar.client.asOf', { time: card.asOf })),
  );
  root.appendChild(
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        {
          type: 'button',
          id: 'card-refresh',
          'aria-describedby': 'card-as-of',
          onclick: () => void openCard(card.id, false, true),
        },
        msg('sidebar.client.refresh'),
      ),
    ),
  );
  root.appendChild(
    dl([
      [msg('sidebar.client.goals'), card.goals],
      [msg('sidebar.client.model'), card.model],
      [msg('sidebar.client.period'), period],
      [
        msg('sidebar.client.workDays'),
        `${card.workDays}${card.hoursPerDay ? `, ${msg('sidebar.client.hours', { hours: card.hoursPerDay })}` : ''}`,
      ],
      [msg('sidebar.client.group'), card.group],
      [msg('sidebar.client.status'), card.status],
      [msg('sidebar.client.oriented'), card.oriented],
    ]),
  );

  const planTable = card.plan.length
    ? h(
        'table',
        { class: 'plan' },
        h(
          'caption',
          { class: 'visually-hidden' },
          msg('sidebar.client.nextWeek', { week: card.nextWeek }),
        ),
        h(
          'tbody',
          {},
          ...card.plan.map((p) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${p.weekday} ${p.date}`),
              h(
                'td',
                {},
                `${p.mode} ${p.hours} h`,
                h('br'),
                p.tasks,
                h('br'),
                h(
                  'span',
                  { class: p.approved ? 'badge ok' : 'badge' },
                  msg(p.approved ? 'sidebar.client.approved' : 'sidebar.client.notApproved'),
                ),
              ),
            ),
          ),
        ),
      )
    : h('p', { class: 'muted' }, msg('sidebar.client.noPlan'));
  root.appendChild(
    h(
      'section',
      { class: 'block' },
      h('h4', {}, msg('sidebar.client.nextWeek', { week: card.nextWeek })),
      planTable,
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          { type: 'button', id: 'approve', onclick: () => void approve(card.id) },
          msg('sidebar.client.approve'),
        ),
        h(
          'button',
          { type: 'button', id: 'preview', onclick: () => void preview(card.id) },
          msg('sidebar.client.preview'),
        ),
        h(
          'button',
          { type: 'button', id: 'welcome', onclick: () => void welcome(card.id) },
          msg('sidebar.client.welcome'),
        ),
        h(
          'button',
          { type: 'button', id: 'resend', onclick: () => void resend(card.id) },
          msg('sidebar.client.resend'),
        ),
        h(
          'button',
          { type: 'button', id: 'record', onclick: () => void makeRecord(card.id) },
          msg('sidebar.client.record'),
        ),
      ),
      h('div', { id: 'record-area' }),
      card.whatsapp
        ? link(card.whatsapp, msg('sidebar.client.whatsapp'))
        : h('p', { class: 'muted' }, msg('sidebar.client.noPhone')),
      h('div', { id: 'preview-area' }),
    ),
  );

  root.appendChild(
    h(
      'section',
      { class: 'block' },
      h('h4', {}, msg('sidebar.client.reflections')),
      list(
        card.reflections.map((r) =>
          h(
            'span',
            {},
            h('strong', {}, r.date),
            r.mood ? ` (${msg('sidebar.client.mood', { mood: r.mood })})` : '',
            h('br'),
            r.text,
          ),
        ),
        'sidebar.client.noReflections',
      ),
    ),
  );
  root.appendChild(
    h(
      'section',
      { class: 'block' },
      h('h4', {}, msg('sidebar.client.submissions')),
      list(
        card.submissions.map((s) => h('span', {}, link(s.url, s.name), ` ${s.created}`)),
        'sidebar.client.noSubmissions',
      ),
    ),
  );

  const counts: Record<string, number> = { present: 0, absent: 0, 'no-service': 0, planned: 0 };
  for (const d of card.attendance) counts[d.status] = (counts[d.status] ?? 0) + 1;
  const label = (d: Day) => {
    const [y, m, day] = d.date.split('-');
    return `${Number(day)}.${Number(m)}.${y}: ${msg(`sidebar.status.${d.status}`)}${d.reason ? ` (${d.reason})` : ''}`;
  };
  const legend = h(
    'ul',
    { class: 'legend' },
    ...(['present', 'absent', 'no-service', 'planned'] as const).map((s) =>
      h(
        'li',
        {},
        h('span', { class: `swatch ${s}`, 'aria-hidden': 'true' }),
        msg(`sidebar.status.${s}`),
      ),
    ),
  );
  root.appendChild(
    h(
      'section',
      { class: 'block' },
      h('h4', {}, msg('sidebar.client.calendar')),
      h(
        'p',
        { id: 'heatmap-summary' },
        msg('sidebar.client.calendarSummary', {
          present: counts.present,
          absent: counts.absent,
          noService: counts['no-service'],
          planned: counts.planned,
        }),
      ),
      heatMap(card.attendance, 'heatmap-summary', label),
      legend,
    ),
  );
  byId('card-name').focus();
}

async function approve(clientId: string): Promise<void> {
  const result = await withProgress(() =>
    run<{ ok: boolean; approved?: number }>('approvePlans', clientId),
  );
  if (result?.ok) {
    byId('status').textContent = msg('sidebar.client.approvedCount', {
      count: result.approved ?? 0,
    });
    await openCard(clientId, false);
  }
}

async function welcome(clientId: string): Promise<void> {
  const result = await withProgress(() =>
    run<{ sent: boolean; reason: string }>('sendWelcome', clientId),
  );
  if (!result) return;
  const known = ['already-sent', 'no-email', 'unknown-client', 'busy'];
  const text = result.sent
    ? msg('sidebar.welcome.sent')
    : known.includes(result.reason)
      ? msg(`sidebar.welcome.${result.reason}`)
      : msg('sidebar.welcome.failed', { reason: result.reason });
  if (result.sent) byId('status').textContent = text;
  else showError(text);
}

async function makeRecord(clientId: string): Promise<void> {
  const result = await withProgress(() =>
    run<{ ok: true; url: string; name: string } | { ok: false; error: string }>(
      'clientRecord',
      clientId,
    ),
  );
  if (!result) return;
  if (!result.ok) {
    showError(result.error);
    return;
  }
  const area = byId('record-area');
  clear(area);
  const done = h(
    'p',
    { id: 'record-done', tabindex: '-1' },
    msg('sidebar.record.done', { name: result.name }),
  );
  area.append(done, h('p', {}, link(result.url, msg('sidebar.record.open'))));
  byId('status').textContent = done.textContent ?? '';
  done.focus();
}

type ResendInfo =
  | { ok: true; week: string; to: string; sentAt: string; next: number }
  | { ok: false; reason: string };

/** The weekly mail again, only after the coach confirms; the server's ledger numbers each resend. */
async function resend(clientId: string): Promise<void> {
  const info = await withProgress(() => run<ResendInfo>('resendWeeklyInfo', clientId));
  if (!info) return;
  if (!info.ok) {
    showError(msg(`sidebar.resend.${info.reason}`));
    return;
  }
  const sentAt = info.sentAt ? msg('sidebar.resend.sentAt', { date: info.sentAt }) : '';
  const yes = await confirmDialog(
    msg('sidebar.resend.confirmTitle'),
    msg('sidebar.resend.confirmText', { week: info.week, to: info.to, sentAt }),
    'sidebar.resend.confirm',
    'sidebar.resend.cancel',
  );
  if (!yes) {
    byId('status').textContent = msg('sidebar.resend.cancelled');
    return;
  }
  const result = await withProgress(() =>
    run<{ sent: boolean; reason: string }>('resendWeekly', clientId, info.week, info.next),
  );
  if (!result) return;
  const known = ['already-sent', 'stale', 'not-sent', 'no-email', 'unknown-client', 'busy'];
  if (result.sent) byId('status').textContent = msg('sidebar.resend.sent', { week: info.week });
  else
    showError(
      known.includes(result.reason)
        ? msg(`sidebar.resend.${result.reason}`)
        : msg('sidebar.resend.failed', { reason: result.reason }),
    );
}

async function preview(clientId: string): Promise<void> {
  const mail = await withProgress(() =>
    run<{ subject: string; text: string; html: string } | { error: string }>(
      'previewWeekly',
      clientId,
    ),
  );
  if (!mail) return;
  if ('error' in mail) {
    showError(mail.error);
    return;
  }
  const area = byId('preview-area');
  clear(area);
  const frame = h('iframe', {
    title: msg('sidebar.client.previewFrame'),
    sandbox: '',
    class: 'preview-frame',
  });
  // srcdoc in a sandbox without scripts or same-origin: the mail's HTML cannot reach this page.
  frame.srcdoc = mail.html;
  area.append(
    h(
      'h4',
      { id: 'preview-heading', tabindex: '-1' },
      msg('sidebar.client.previewHeading', { subject: mail.subject }),
    ),
    frame,
    h('details', {}, h('summary', {}, 'Text'), h('pre', { class: 'mail-text' }, mail.text)),
  );
  byId('preview-heading').focus();
}

async function start(): Promise<void> {
  try {
    const view = await run<TodayView>('sidebarToday');
    setup = view;
    setMessages(view.messages);
    document.documentElement.lang = view.lang;
    document.title = msg('sidebar.title');
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]')))
      el.textContent = msg(el.dataset.i18n ?? '');
    byId('tabs').setAttribute('aria-label', msg('sidebar.tabs'));
    for (const v of VIEWS) byId(`tab-${v}`).addEventListener('click', () => showView(v));
    renderToday(view);
    renderClientPicker(view);
    byId('actions-body').appendChild(enrolForm(view, (id) => void refreshClients(id)));
    byId('actions-body').appendChild(actionForms(view));
    byId('actions-body').appendChild(importSection());
    byId('status').textContent = '';
    byId('app').removeAttribute('aria-busy');
  } catch (e) {
    byId('status').textContent = '';
    showError(plain(e));
  }
}

async function refreshClients(selectId: string): Promise<void> {
  const view = await run<TodayView>('sidebarToday');
  setup = view;
  renderToday(view);
  renderClientPicker(view);
  for (const id of ['att-client', 'meet-client']) {
    const picker = document.getElementById(id) as HTMLSelectElement | null;
    if (!picker) continue;
    const current = picker.value;
    clear(picker);
    for (const c of view.clients)
      picker.appendChild(h('option', { value: c.id }, `${c.name} (${c.id})`));
    picker.value = current;
  }
  const picker = document.getElementById('client-select') as HTMLSelectElement | null;
  if (picker) picker.value = selectId;
}

export function currentSetup(): TodayView | null {
  return setup;
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => void start());
else void start();
