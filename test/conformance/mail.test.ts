import '../../emulator/mail/store';
import { createMailApp, outbox, type MailStore } from '../../emulator/mail';
import { makeTestContext } from '../helpers/runtime';

/**
 * MailApp behaviours as Google documents them; each describe names the reference page it
 * follows, and error tests assert Google's exact message.
 */
function mail(faults?: string) {
  const ctx = makeTestContext({ faults });
  return { ctx, MailApp: createMailApp(ctx), store: ctx.rt.store<MailStore>('mail') };
}

describe('https://developers.google.com/apps-script/reference/mail/mail-app', () => {
  it('sendEmail(recipient, subject, body): recipients separated by commas', () => {
    const { MailApp, store } = mail();
    MailApp.sendEmail('a@example.fi,b@example.fi', 'Aihe', 'Runko');
    expect(outbox(store)[0].to).toEqual(['a@example.fi', 'b@example.fi']);
  });

  it('sendEmail(recipient, subject, body, options): cc, bcc, htmlBody, name, replyTo', () => {
    const { MailApp, store } = mail();
    MailApp.sendEmail('a@example.fi', 'Aihe', 'Runko', {
      cc: 'c@example.fi',
      bcc: 'd@example.fi',
      htmlBody: '<b>Runko</b>',
      name: 'Etäpaja',
      replyTo: 'r@example.fi',
    });
    expect(outbox(store)[0]).toMatchObject({
      cc: ['c@example.fi'],
      bcc: ['d@example.fi'],
      html: '<b>Runko</b>',
      fromName: 'Etäpaja',
      replyTo: 'r@example.fi',
    });
  });

  it('sendEmail(message): the object form with to, subject, body, htmlBody', () => {
    const { MailApp, store } = mail();
    MailApp.sendEmail({ to: 'a@example.fi', subject: 'S', body: 'B', htmlBody: '<p>B</p>' });
    expect(outbox(store)[0]).toMatchObject({
      to: ['a@example.fi'],
      subject: 'S',
      text: 'B',
      html: '<p>B</p>',
    });
  });

  it('sendEmail(to, replyTo, subject, body)', () => {
    const { MailApp, store } = mail();
    MailApp.sendEmail('a@example.fi', 'r@example.fi', 'S', 'B');
    expect(outbox(store)[0]).toMatchObject({ replyTo: 'r@example.fi', subject: 'S', text: 'B' });
  });

  it('an invalid address throws "Invalid email: <address>"', () => {
    const { MailApp } = mail();
    expect(() => MailApp.sendEmail('not-an-address', 'S', 'B')).toThrow(
      'Invalid email: not-an-address',
    );
  });

  it('a comma typed for a dot splits the list: "Invalid email: matti", nothing sent', () => {
    const { MailApp, store } = mail();
    expect(() => MailApp.sendEmail('matti,virtanen@x.example', 'S', 'B')).toThrow(
      new Error('Invalid email: matti'),
    );
    expect(outbox(store)).toHaveLength(0);
  });

  it('an unclosed angle bracket: "Invalid email: <bad@x.example", nothing sent', () => {
    const { MailApp, store } = mail();
    expect(() => MailApp.sendEmail('<bad@x.example', 'S', 'B')).toThrow(
      new Error('Invalid email: <bad@x.example'),
    );
    expect(() => MailApp.sendEmail('matti virtanen@x.example', 'S', 'B')).toThrow(
      new Error('Invalid email: matti virtanen@x.example'),
    );
    expect(outbox(store)).toHaveLength(0);
  });

  it('getRemainingDailyQuota: recipients left today, counted per recipient', () => {
    const { MailApp } = mail();
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
    MailApp.sendEmail('a@example.fi', 'S', 'B', { cc: 'b@example.fi', bcc: 'c@example.fi' });
    expect(MailApp.getRemainingDailyQuota()).toBe(1497);
  });
});

describe('https://developers.google.com/apps-script/guides/services/quotas', () => {
  it('over the daily recipients quota: "Service invoked too many times for one day: email."', () => {
    const { MailApp, store } = mail('quota-mail=0');
    expect(() => MailApp.sendEmail('a@example.fi', 'S', 'B')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(outbox(store)).toEqual([]);
  });

  it('Email recipients per day: 1,500 for Workspace (default) and 100 for consumer accounts', () => {
    const { MailApp, store } = mail();
    expect(store.dailyRecipientLimit).toBe(1500);
    store.dailyRecipientLimit = 100;
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('Email recipients per message: 50', () => {
    const { MailApp } = mail();
    const many = Array.from({ length: 51 }, (_, i) => `r${i}@example.fi`).join(',');
    expect(() => MailApp.sendEmail(many, 'S', 'B')).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
  });
});
