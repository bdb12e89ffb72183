import { append, byId, clear, h } from './dom';
import { clearErrors, field, input, select, showFieldErrors, value } from './forms';
import { isoToFinnish, type Setup } from './enrol';
import { run } from './rpc';
import { msg, showError, withProgress } from './state';
import { clientPageSection, monthlySection, toCheckSection } from './attendance-view';

type Problems = { ok: false; problems: { field: string; text: string }[] };

function clientChoices(setup: Setup) {
  return setup.clients.map((c) => ({ value: c.id, label: `${c.name} (${c.id})` }));
}

function failed(prefix: string, outcome: Problems): void {
  showError(outcome.problems.map((p) => p.text).join(' '));
  showFieldErrors(prefix, outcome.problems)?.focus();
}

/** Mark attendance, book a one-to-one, make the absence report. */
export function actionForms(setup: Setup): HTMLElement {
  const today = isoToFinnish(setup.today);

  const reason = field(
    'att-reason',
    'sidebar.field.reason',
    select(setup.choices.reason, '', true),
  );
  const status = select(setup.choices.status, 'absent');
  const attResult = h('p', { id: 'att-result', tabindex: '-1' });
  const attendance = h(
    'form',
    { id: 'att-form', novalidate: true, 'aria-labelledby': 'att-title' },
    h('h3', { id: 'att-title' }, msg('sidebar.actions.attendance')),
    field('att-client', 'sidebar.field.client', select(clientChoices(setup))),
    field(
      'att-date',
      'sidebar.field.date',
      input({ value: today, inputmode: 'numeric', autocomplete: 'off' }),
      'pp.kk.vvvv',
    ),
    field('att-status', 'sidebar.field.status', status),
    reason,
    field('att-note', 'sidebar.field.note', input({ autocomplete: 'off' })),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit', id: 'att-save' }, msg('sidebar.attendance.save')),
    ),
    attResult,
  );
  // The reason applies to an absence only; the field stays in the tab order either way.
  status.addEventListener('change', () => {
    (byId('att-reason') as HTMLSelectElement).disabled = status.value !== 'absent';
  });
  attendance.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      clearErrors(attendance);
      attResult.textContent = '';
      const outcome = await withProgress(() =>
        run<{ ok: true; key: string } | Problems>('markAttendance', {
          clientId: value('att-client'),
          date: value('att-date'),
          status: value('att-status'),
          reason: value('att-reason'),
          note: value('att-note'),
        }),
      );
      if (!outcome) return;
      if (!outcome.ok) return failed('att', outcome);
      const statusLabel =
        setup.choices.status.find((s) => s.value === value('att-status'))?.label ?? '';
      const clientLabel =
        clientChoices(setup).find((c) => c.value === value('att-client'))?.label ??
        value('att-client');
      attResult.textContent = msg('sidebar.attendance.saved', {
        client: clientLabel,
        date: value('att-date'),
        status: statusLabel,
      });
      byId('status').textContent = attResult.textContent;
      attResult.focus();
    })();
  });

  const meetResult = h('div', { id: 'meet-result' });
  const meeting = h(
    'form',
    { id: 'meet-form', novalidate: true, 'aria-labelledby': 'meet-title' },
    h('h3', { id: 'meet-title' }, msg('sidebar.actions.meeting')),
    field('meet-client', 'sidebar.field.client', select(clientChoices(setup))),
    field(
      'meet-date',
      'sidebar.field.date',
      input({ value: today, inputmode: 'numeric', autocomplete: 'off' }),
      'pp.kk.vvvv',
    ),
    field(
      'meet-time',
      'sidebar.field.time',
      input({ value: '10:00', autocomplete: 'off' }),
      'hh:mm',
    ),
    field('meet-minutes', 'sidebar.field.minutes', input({ value: '45', inputmode: 'numeric' })),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit', id: 'meet-book' }, msg('sidebar.meeting.book')),
    ),
    meetResult,
  );
  meeting.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      clearErrors(meeting);
      clear(meetResult);
      const outcome = await withProgress(() =>
        run<{ ok: true; id: string; link: string } | Problems>('bookOneToOne', {
          clientId: value('meet-client'),
          date: value('meet-date'),
          time: value('meet-time'),
          minutes: value('meet-minutes'),
        }),
      );
      if (!outcome) return;
      if (!outcome.ok) return failed('meet', outcome);
      const done = h(
        'p',
        { id: 'meet-done', tabindex: '-1' },
        msg('sidebar.meeting.booked', { date: value('meet-date'), time: value('meet-time') }),
      );
      meetResult.append(
        done,
        /^https:\/\//.test(outcome.link)
          ? h(
              'a',
              { href: outcome.link, target: '_blank', rel: 'noopener noreferrer' },
              msg('sidebar.meeting.link'),
            )
          : h('p', { class: 'hint' }, msg('sidebar.meeting.noLink')),
      );
      done.focus();
    })();
  });

  const reportResult = h('div', { id: 'report-result' });
  const report = h(
    'section',
    { class: 'block', 'aria-labelledby': 'report-title' },
    h('h3', { id: 'report-title' }, msg('sidebar.actions.report')),
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        { type: 'button', id: 'report-make', onclick: () => void makeNotices(reportResult) },
        msg('sidebar.report.make'),
      ),
    ),
    reportResult,
  );

  return h(
    'div',
    {},
    toCheckSection(setup),
    attendance,
    monthlySection(setup),
    report,
    clientPageSection(setup),
    meeting,
  );
}

interface NoticesOutcome {
  report: { period: { start: string; end: string }; toCheck: number };
  sheetName: string;
  notices: { clientId: string; name: string; url: string }[];
  folderUrl: string;
}

const safeLink = (href: string, text: string): HTMLElement =>
  h(
    'a',
    { href: /^https?:\/\//i.test(href) ? href : '#', target: '_blank', rel: 'noopener noreferrer' },
    text,
  );

/** The fortnight's Kela notices: one link per client with absences, and what is still open. */
async function makeNotices(root: HTMLElement): Promise<void> {
  clear(root);
  const outcome = await withProgress(() => run<NoticesOutcome>('absenceReport'));
  if (!outcome) return;
  const done = h(
    'p',
    { id: 'report-done', tabindex: '-1' },
    msg('attendance.report.done', {
      start: isoToFinnish(outcome.report.period.start),
      end: isoToFinnish(outcome.report.period.end),
      count: outcome.notices.length,
      sheet: outcome.sheetName,
    }),
  );
  append(root, [
    done,
    outcome.report.toCheck > 0
      ? h(
          'p',
          { class: 'hint' },
          msg('attendance.report.toCheck', { toCheck: outcome.report.toCheck }),
        )
      : null,
    outcome.notices.length
      ? h(
          'ul',
          { class: 'list' },
          ...outcome.notices.map((n) =>
            h(
              'li',
              {},
              safeLink(n.url, msg('attendance.report.notice', { name: n.name, id: n.clientId })),
            ),
          ),
        )
      : null,
    outcome.folderUrl
      ? h('p', {}, safeLink(outcome.folderUrl, msg('attendance.report.folder')))
      : null,
  ]);
  done.focus();
}
