import { h } from './dom';
import { msg } from './state';

/** What the server sends (src/core/mail/phone-notice.ts). */
export interface PhoneNoticeView {
  week: string;
  notices: {
    clientId: string;
    name: string;
    contact: string;
    phone: string;
    text: string;
    links: { kind: 'sms' | 'tel' | 'whatsapp'; url: string }[];
  }[];
}

/** Only the three kinds of link the server makes: a cell could hold "javascript:…". */
const SAFE = /^(sms:|tel:|https:\/\/wa\.me\/)/i;

/**
 * Today's list of ready text messages: for each client who uses text messages, the phone or
 * WhatsApp, the message (selectable, to copy) and one-click links that open it on the phone.
 */
export function phoneNoticesSection(view: PhoneNoticeView | undefined): HTMLElement {
  const notices = view?.notices ?? [];
  const items = notices.map((n) =>
    h(
      'li',
      { class: 'phone-notice' },
      h('strong', {}, `${n.name} (${msg(`sidebar.phone.channel.${n.contact}`)}, ${n.phone})`),
      h('p', { class: 'notice-text' }, n.text),
      h(
        'span',
        { class: 'buttons' },
        ...n.links
          .filter((l) => SAFE.test(l.url))
          .map((l) =>
            h(
              'a',
              {
                href: l.url,
                class: 'button-link',
                target: l.kind === 'whatsapp' ? '_blank' : undefined,
                rel: l.kind === 'whatsapp' ? 'noopener noreferrer' : undefined,
                // WCAG 2.5.3: the accessible name starts with the visible text, then says for whom.
                'aria-label': msg(`sidebar.phone.${l.kind}.label`, {
                  name: n.name,
                  phone: n.phone,
                }),
              },
              msg(`sidebar.phone.${l.kind}`, { phone: n.phone }),
            ),
          ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'block', id: 'phone-notices' },
    h('h3', {}, msg('sidebar.phone.heading', { week: view?.week ?? '' })),
    items.length
      ? h('ul', { class: 'list' }, ...items)
      : h('p', { class: 'muted' }, msg('sidebar.phone.none')),
  );
}
