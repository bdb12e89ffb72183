import '../../../emulator/mail/store';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import {
  createMailApp,
  emlFileName,
  materialiseMail,
  outbox,
  renderEml,
  renderEmlWithMailComposer,
  type MailStore,
} from '../../../emulator/mail';
import { EmulatedBlob } from '../../../emulator/runtime/blob';
import { ExecutionKilled } from '../../../emulator/runtime/errors';
import { makeTestContext } from '../../helpers/runtime';

/** An emulator blob, typed as the Apps Script Blob that scripts pass. */
function blob(...args: ConstructorParameters<typeof EmulatedBlob>): GoogleAppsScript.Base.Blob {
  return new EmulatedBlob(...args) as unknown as GoogleAppsScript.Base.Blob;
}

function setup(options: Parameters<typeof makeTestContext>[0] = {}) {
  const ctx = makeTestContext(options);
  return { ctx, MailApp: createMailApp(ctx), store: ctx.rt.store<MailStore>('mail') };
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((a) =>
    a.value.map((v) => v.address ?? ''),
  );
}

describe('MailApp emulation: sending', () => {
  it('stores the three-argument form with sender, time and execution', () => {
    const { ctx, MailApp, store } = setup();
    MailApp.sendEmail('asiakas@example.fi', 'Viikon tehtävät', 'Hei!');
    const [message] = outbox(store);
    expect(message).toMatchObject({
      from: 'ohjaaja@kunta.example',
      to: ['asiakas@example.fi'],
      cc: [],
      bcc: [],
      replyTo: null,
      subject: 'Viikon tehtävät',
      text: 'Hei!',
      executionId: 'test-exec',
      attachments: [],
    });
    expect(message.html).toBeUndefined();
    expect(message.sentAt).toBe(ctx.rt.clock.now());
    expect(message.id).toMatch(/^[0-9a-f]{16}$/);
    expect(ctx.rt.execution.calls.map((c) => c.method)).toEqual(['MailApp.sendEmail']);
  });

  it('takes the options form and the message-object form alike', () => {
    const { MailApp, store } = setup();
    MailApp.sendEmail('a@example.fi, B Name <b@example.fi>', 'S1', 'text', {
      cc: 'c@example.fi',
      bcc: 'd@example.fi,e@example.fi',
      htmlBody: '<p>html</p>',
      name: 'Etäpaja',
      replyTo: 'ohjaajat@kunta.example',
    });
    MailApp.sendEmail({
      to: 'a@example.fi',
      bcc: 'd@example.fi',
      subject: 'S2',
      body: 'text',
      htmlBody: '<p>html</p>',
      noReply: true,
    });
    const [first, second] = outbox(store);
    expect(first).toMatchObject({
      to: ['a@example.fi', 'b@example.fi'],
      cc: ['c@example.fi'],
      bcc: ['d@example.fi', 'e@example.fi'],
      html: '<p>html</p>',
      fromName: 'Etäpaja',
      replyTo: 'ohjaajat@kunta.example',
    });
    expect(second).toMatchObject({ to: ['a@example.fi'], bcc: ['d@example.fi'], noReply: true });
  });

  it('takes the (to, replyTo, subject, body) form', () => {
    const { MailApp, store } = setup();
    MailApp.sendEmail('a@example.fi', 'reply@kunta.example', 'Aihe', 'Runko');
    expect(outbox(store)[0]).toMatchObject({
      to: ['a@example.fi'],
      replyTo: 'reply@kunta.example',
      subject: 'Aihe',
      text: 'Runko',
    });
  });

  it('keeps attachments and inline images as blobs', () => {
    const { MailApp, store } = setup();
    MailApp.sendEmail({
      to: 'a@example.fi',
      subject: 'Liite',
      htmlBody: '<img src="cid:logo">',
      attachments: [blob('x,y\n1,2', 'text/csv', 'taulu.csv')],
      inlineImages: {
        logo: blob(Buffer.from([137, 80, 78, 71]), 'image/png', 'logo.png'),
      },
    });
    const [message] = outbox(store);
    expect(message.attachments).toEqual([
      {
        name: 'taulu.csv',
        contentType: 'text/csv',
        base64: Buffer.from('x,y\n1,2').toString('base64'),
      },
    ]);
    expect(message.inlineImages[0]).toMatchObject({ cid: 'logo', contentType: 'image/png' });
  });

  it('rejects a bad address with nothing stored and no quota used', () => {
    const { MailApp, store } = setup();
    expect(() => MailApp.sendEmail('a@example.fi, ei-osoite', 'S', 'B')).toThrow(
      'Invalid email: ei-osoite',
    );
    expect(outbox(store)).toHaveLength(0);
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  it('an injected fault leaves no message and no quota used', () => {
    const { MailApp, store } = setup({ faults: 'mail=1' });
    expect(() => MailApp.sendEmail('a@example.fi', 'S', 'B')).toThrow('Service unavailable: Mail');
    expect(outbox(store)).toHaveLength(0);
    expect(store.quota).toEqual({});
  });

  it('a crash at the send kills the execution before anything is stored', () => {
    const { MailApp, store } = setup({ faults: 'crash-at=1' });
    expect(() => MailApp.sendEmail('a@example.fi', 'S', 'B')).toThrow(ExecutionKilled);
    expect(outbox(store)).toHaveLength(0);
  });
});

describe('MailApp emulation: daily quota', () => {
  it('counts every recipient in to, cc and bcc', () => {
    const { MailApp } = setup();
    MailApp.sendEmail('a@example.fi,b@example.fi', 'S', 'B', {
      cc: 'c@example.fi',
      bcc: 'd@example.fi',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(1496);
  });

  it('refuses a send that would go over, storing nothing', () => {
    const { MailApp, store } = setup({ faults: 'quota-mail=2' });
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    MailApp.sendEmail('a@example.fi', 'S', 'B');
    expect(() => MailApp.sendEmail('a@example.fi,b@example.fi', 'S', 'B')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(outbox(store)).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('uses the store limit (100 for consumer accounts) and resets at local midnight', () => {
    const { ctx, MailApp, store } = setup({ nowIso: '2026-03-02T21:00:00Z' }); // 23:00 in Helsinki
    store.dailyRecipientLimit = 100;
    MailApp.sendEmail('a@example.fi', 'S', 'B');
    expect(MailApp.getRemainingDailyQuota()).toBe(99);
    // A later execution, at 00:30 the next day in Helsinki.
    ctx.rt.end(ctx.rt.execution);
    ctx.rt.clock.set(Date.parse('2026-03-02T22:30:00Z'));
    ctx.rt.begin({ id: 'next-day', projectId: 'test', functionName: 'test', user: ctx.user });
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('the quota is per sending user', () => {
    const { ctx, MailApp, store } = setup({ faults: 'quota-mail=1' });
    MailApp.sendEmail('a@example.fi', 'S', 'B');
    const other = createMailApp({ ...ctx, user: 'toinen@kunta.example' });
    expect(other.getRemainingDailyQuota()).toBe(1);
    expect(Object.keys(store.quota)).toEqual(['ohjaaja@kunta.example']);
  });
});

describe('MailApp emulation: .eml files', () => {
  function sendSample() {
    const { MailApp, store } = setup();
    MailApp.sendEmail({
      to: 'asiakas@example.fi',
      cc: 'ohjaaja2@kunta.example',
      bcc: 'ryhmä1@example.fi'.replace('ä', 'a') + ',toinen@example.fi',
      subject: 'Tämän viikon tehtävät – työtoiminta',
      body: 'Hei Äijä!\nTehtävät löytyvät kansiosta.',
      htmlBody: '<p>Hei <b>Äijä</b>!</p><p>Tehtävät löytyvät kansiosta.</p>',
      name: 'Etäpaja Ohjaaja',
      replyTo: 'ohjaajat@kunta.example',
      attachments: [blob('päivä;tehtävä\n', 'text/csv', 'viikko ä.csv')],
    });
    return outbox(store)[0];
  }

  it('round-trips through mailparser with headers, bodies and Bcc intact', async () => {
    const message = sendSample();
    const eml = renderEml(message);
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe('Tämän viikon tehtävät – työtoiminta');
    expect(addresses(parsed.to)).toEqual(['asiakas@example.fi']);
    expect(addresses(parsed.cc)).toEqual(['ohjaaja2@kunta.example']);
    expect(addresses(parsed.bcc)).toEqual(['ryhma1@example.fi', 'toinen@example.fi']);
    expect(parsed.from?.value[0]).toEqual({
      name: 'Etäpaja Ohjaaja',
      address: 'ohjaaja@kunta.example',
    });
    expect(addresses(parsed.replyTo)).toEqual(['ohjaajat@kunta.example']);
    expect(parsed.text?.trim()).toBe('Hei Äijä!\nTehtävät löytyvät kansiosta.');
    expect(parsed.html).toBe('<p>Hei <b>Äijä</b>!</p><p>Tehtävät löytyvät kansiosta.</p>');
    expect(parsed.date?.getTime()).toBe(Math.floor(message.sentAt / 1000) * 1000);
    expect(
      parsed.attachments.map((a) => [a.filename, a.contentType, a.content.toString('utf8')]),
    ).toEqual([['viikko ä.csv', 'text/csv', 'päivä;tehtävä\n']]);
    expect(parsed.headers.get('x-etapaja-execution')).toBe('test-exec');
  });

  it('is plain RFC 5322: ASCII only, CRLF line ends, encoded words for ä/ö', () => {
    const eml = renderEml(sendSample());
    const textEml = eml.toString('latin1');
    expect(eml.every((byte) => byte < 0x80)).toBe(true);
    expect(textEml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(textEml).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(textEml).toMatch(/^Bcc: ryhma1@example.fi, toinen@example.fi/m);
    expect(textEml).toMatch(/Content-Type: multipart\/alternative/);
  });

  it('is byte-for-byte what MailComposer.build() gives', async () => {
    const message = sendSample();
    expect(renderEml(message).toString('latin1')).toBe(
      (await renderEmlWithMailComposer(message)).toString('latin1'),
    );
    const { MailApp, store } = setup();
    MailApp.sendEmail('a@example.fi', 'plain', 'only text');
    const plain = outbox(store)[0];
    expect(renderEml(plain).equals(await renderEmlWithMailComposer(plain))).toBe(true);
    MailApp.sendEmail({
      to: 'a@example.fi',
      subject: 'x'.repeat(120),
      htmlBody: `<p>${'pitkä rivi '.repeat(40)}</p><img src="cid:kuva">`,
      inlineImages: { kuva: blob(Buffer.alloc(3000, 7), 'image/png', 'kuva.png') },
      attachments: [blob(Buffer.alloc(5000, 200), 'application/pdf', 'ohje.pdf')],
    });
    const rich = outbox(store)[1];
    expect(renderEml(rich).equals(await renderEmlWithMailComposer(rich))).toBe(true);
  });

  it('renders the same message to the same bytes every time', () => {
    const message = sendSample();
    expect(renderEml(message).equals(renderEml(message))).toBe(true);
  });

  it('materialises each message once as <ISO time>-<id>.eml', () => {
    const { MailApp, store } = setup();
    MailApp.sendEmail('a@example.fi', 'Yksi', 'B');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-mail-'));
    try {
      materialiseMail(dir, store);
      const name = emlFileName(outbox(store)[0]);
      expect(name).toMatch(/^2026-03-02T08-00-00\.\d{3}Z-[0-9a-f]{16}\.eml$/);
      const file = path.join(dir, 'mail', name);
      fs.utimesSync(file, new Date(0), new Date(0));
      MailApp.sendEmail('b@example.fi', 'Kaksi', 'B');
      materialiseMail(dir, store);
      expect(fs.readdirSync(path.join(dir, 'mail')).sort()).toHaveLength(2);
      expect(fs.statSync(file).mtimeMs).toBe(0); // untouched: still the time we set
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
