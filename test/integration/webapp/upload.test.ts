import { DRIVE_STORE, type DriveStore } from '../../../emulator/drive';
import type { Workspace } from '../../../emulator/workspace';
import { coach, mails, kindOf, pageConfig, served, sheet, webWorkspace } from './helpers';
import { planRow } from '../../helpers/coach-script';

/**
 * The upload page for clients without a Google account, end to end on the built bundle: the
 * link comes from the weekly mail in the outbox, the page from doGet, the upload through the
 * server function the page calls (google.script.run), and the result is read from Drive and the
 * sheets. Thursday 26 November 2026 is in ISO week 2026-W48; the weekly mail is for W49.
 */
const START = '2026-11-26T08:00:00+02:00';
const AINO = 'aino.koski@example.fi';
const BO = 'bo.ek@example.fi';
const COACH = 'ohjaaja@kunta.example';
// A 1×1 JPEG is not needed: any bytes are a photo to Drive; these are recognisable.
const PHOTO = Buffer.from('\xff\xd8\xff\xe0 a photo of a birdhouse \xff\xd9', 'latin1');

interface Answer {
  ok: boolean;
  reason?: string;
  message: string;
  name?: string;
}

function driveFiles(ws: Workspace) {
  const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
  return Object.values(drive.items).filter((i) => i.kind === 'file');
}

function folderNamed(ws: Workspace, name: string) {
  const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
  return Object.values(drive.items).find((i) => i.kind === 'folder' && i.name === name)!;
}

function uploadLinkOf(ws: Workspace, to: string): string {
  const weekly = mails(ws).find((m) => kindOf(m) === 'weekly' && m.to.includes(to));
  if (!weekly) throw new Error(`No weekly mail to ${to}`);
  const link = /https?:\/\/\S+[?&]page=upload&t=[0-9a-f-]{36}/.exec(weekly.text)?.[0];
  if (!link) throw new Error('No upload link in the weekly mail');
  // The HTML part carries the same link, as a real link.
  expect(weekly.html).toContain(`href="${link.replace(/&/g, '&amp;')}"`);
  return link;
}

function openPage(ws: Workspace, link: string): { html: string; token: string; ticket: string } {
  const url = new URL(link);
  const parameter = Object.fromEntries(url.searchParams);
  const page = served(ws.call('doGet', [{ parameter, queryString: url.search.slice(1) }]));
  const config = pageConfig(page.content);
  return {
    html: page.content,
    token: String(config.token ?? ''),
    ticket: String(config.ticket ?? ''),
  };
}

function upload(ws: Workspace, token: string, request: Record<string, unknown>): Answer {
  return ws.call('uploadSubmission', [token, request]) as Answer;
}

describe('uploads without a Google account (built bundle on the emulator)', () => {
  let ws: Workspace;
  let ainoLink: string;
  let aino: { html: string; token: string; ticket: string };
  let bo: { html: string; token: string; ticket: string };

  beforeAll(() => {
    ws = webWorkspace(START);
    ws.call('setup');
    const client = (id: string, name: string, email: string, lang: string) => ({
      Tunnus: id,
      Nimi: name,
      Sähköposti: email,
      Kieli: lang,
      Ohjaaja: COACH,
      Tila: 'aktiivinen',
    });
    coach(ws, 'putRows', [
      'Asiakkaat',
      [
        client('A0001', 'Aino Koski', AINO, 'suomi'),
        client('A0002', 'Bo Ek', BO, 'ruotsi'),
        client('A0003', 'Closed Person', 'closed@example.fi', 'englanti'),
      ],
    ]);
    coach(ws, 'putRows', [
      'Viikkosuunnitelmat',
      [
        planRow('A0001', '2026-11-26'),
        planRow('A0001', '2026-11-30'),
        planRow('A0001', '2026-12-01'),
        planRow('A0002', '2026-12-01'),
      ],
    ]);
    ws.call('setupParticipation');
    ws.call('weeklyDispatch');
    ainoLink = uploadLinkOf(ws, AINO);
    aino = openPage(ws, ainoLink);
    bo = openPage(ws, uploadLinkOf(ws, BO));
  });

  it("the weekly mail links to the web app with the client's own token", () => {
    const tokens = Object.fromEntries(
      sheet(ws, 'Asiakkaat').map((c) => [c.Tunnus, c.Lomaketunniste]),
    );
    expect(ainoLink).toBe(
      `https://script.google.com/macros/s/etapaja/exec?page=upload&t=${String(tokens.A0001)}`,
    );
    expect(aino.token).toBe(tokens.A0001);
  });

  it("the page is in the client's language and names nobody", () => {
    expect(aino.html).toMatch(/<html lang="fi">/);
    expect(aino.html).toContain('Lähetä työsi ohjaajalle');
    expect(bo.html).toMatch(/<html lang="sv">/);
    expect(bo.html).toContain('Skicka ditt arbete till handledaren');
    for (const page of [aino.html, bo.html]) {
      expect(page).not.toMatch(/Aino|Koski|Bo Ek|A0001|A0002|@example/);
      expect(page).toContain('name="viewport"');
    }
  });

  it('a photo sent from the page lands in the week folder of their own folder, in the submissions and the log', () => {
    const before = driveFiles(ws).length;
    const answer = upload(ws, aino.token, {
      ticket: aino.ticket,
      name: 'IMG_0001.jpg',
      mimeType: 'image/jpeg',
      base64: PHOTO.toString('base64'),
      requestId: 'r-1',
    });
    expect(answer).toMatchObject({ ok: true, name: 'IMG_0001.jpg' });
    expect(answer.message).toBe('Kiitos! Tiedosto IMG_0001.jpg on nyt kansiossasi.');
    const files = driveFiles(ws);
    expect(files).toHaveLength(before + 1);
    const file = files.find((f) => f.name === 'IMG_0001.jpg')!;
    expect(Buffer.from(file.contentBase64 ?? '', 'base64').equals(PHOTO)).toBe(true);
    expect(file.mimeType).toBe('image/jpeg');
    const week = folderNamed(ws, '2026-W48');
    expect(file.parents).toEqual([week.id]);
    expect(week.parents).toEqual([folderNamed(ws, 'A0001 AK').id]);

    const rows = sheet(ws, 'Päiväkirjat').filter((r) => r.Vastaus === `file:${file.id}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Asiakas: 'A0001',
      Päivä: '2026-11-26',
      Tunnistettu: 'lataussivu',
    });
    const log = sheet(ws, 'Loki').filter((r) => r.Toiminto === 'upload');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ Taso: 'info', Asiakas: 'A0001' });
    expect(String(log[0].Lisätiedot)).toContain(`file:${file.id}`);
    // Ids, not names: neither the file's name nor the person's.
    expect(JSON.stringify(log)).not.toMatch(/IMG_0001|Aino|Koski/);
  });

  it('a retried call (same request id) stores nothing twice', () => {
    const before = driveFiles(ws).length;
    const again = upload(ws, aino.token, {
      ticket: aino.ticket,
      name: 'IMG_0001.jpg',
      mimeType: 'image/jpeg',
      base64: PHOTO.toString('base64'),
      requestId: 'r-1',
    });
    expect(again.ok).toBe(true);
    expect(driveFiles(ws)).toHaveLength(before);
  });

  it('the upload is attendance evidence for the day', () => {
    ws.call('nightly');
    const day = sheet(ws, 'Läsnäolot').find((r) => r.Avain === 'A0001|2026-11-26');
    expect(day).toMatchObject({ Lähteet: 'palautus', Havaittu: 'läsnä' });
  });

  it('a text sent from the page is a submission too, kept as text (never a formula)', () => {
    const answer = upload(ws, bo.token, {
      ticket: bo.ticket,
      text: '=IMPORTXML("x") Jag byggde en fågelholk.',
    });
    expect(answer).toMatchObject({ ok: true });
    expect(answer.message).toBe('Tack! Din text finns nu i din mapp.');
    const row = sheet(ws, 'Päiväkirjat').find(
      (r) => r.Asiakas === 'A0002' && String(r.Kirjoitus).includes('fågelholk'),
    );
    expect(row?.Kirjoitus).toBe('=IMPORTXML("x") Jag byggde en fågelholk.');
    expect(row?.Tunnistettu).toBe('lataussivu');
  });

  describe('refusals store nothing', () => {
    let files = 0;
    let rows = 0;
    beforeEach(() => {
      files = driveFiles(ws).length;
      rows = sheet(ws, 'Päiväkirjat').length;
    });
    afterEach(() => {
      expect(driveFiles(ws)).toHaveLength(files);
      expect(sheet(ws, 'Päiväkirjat')).toHaveLength(rows);
    });
    const photo = { name: 'a.jpg', mimeType: 'image/jpeg', base64: PHOTO.toString('base64') };

    it('a forged token', () => {
      const forged = '123e4567-e89b-42d3-a456-426614174000';
      expect(upload(ws, forged, { ...photo, ticket: aino.ticket })).toMatchObject({
        ok: false,
        reason: 'token',
      });
      expect(upload(ws, 'not-a-token', { ...photo, ticket: 'x' })).toMatchObject({
        ok: false,
        reason: 'token',
      });
      const page = openPage(ws, ainoLink.replace(/t=[0-9a-f-]+/, `t=${forged}`));
      expect(page.html).toContain('Tämä linkki ei toimi.');
      expect(page.html).toContain('This link does not work.');
      expect(page.html).not.toContain('id="file-form"');
    });

    it("another client's token in this client's page (swapped), or a token with two characters swapped", () => {
      expect(upload(ws, bo.token, { ...photo, ticket: aino.ticket })).toMatchObject({
        ok: false,
        reason: 'token',
      });
      const t = aino.token;
      const swapped = `${t[1]}${t[0]}${t.slice(2)}`;
      expect(swapped).not.toBe(t);
      expect(upload(ws, swapped, { ...photo, ticket: aino.ticket })).toMatchObject({
        ok: false,
        reason: 'token',
      });
      expect(upload(ws, aino.token, { ...photo })).toMatchObject({ ok: false, reason: 'token' });
    });

    it('a closed client', () => {
      const closed = String(
        sheet(ws, 'Asiakkaat').find((c) => c.Tunnus === 'A0003')!.Lomaketunniste,
      );
      coach(ws, 'setCell', ['Asiakkaat', 'Tunnus', 'A0003', 'Tila', 'päättynyt']);
      expect(upload(ws, closed, { ...photo, ticket: 'whatever' })).toMatchObject({
        ok: false,
        reason: 'token',
      });
    });

    it('a file too big or of a type we do not take, with the reason in plain words', () => {
      const huge = 'A'.repeat(Math.ceil((25 * 1024 * 1024 + 10) / 3) * 4);
      const big = upload(ws, aino.token, {
        ticket: aino.ticket,
        name: 'video.mp4',
        mimeType: 'video/mp4',
        base64: huge,
      });
      expect(big).toMatchObject({ ok: false, reason: 'too-big' });
      expect(big.message).toBe('Tiedosto on liian suuri. Suurin sallittu koko on 25 MB.');
      const html = upload(ws, aino.token, {
        ticket: aino.ticket,
        name: 'page.html',
        mimeType: 'text/html',
        base64: 'PGI+',
      });
      expect(html).toMatchObject({ ok: false, reason: 'bad-type' });
      const disguised = upload(ws, aino.token, {
        ticket: aino.ticket,
        name: 'x.jpg',
        mimeType: 'application/x-msdownload',
        base64: 'TVo=',
      });
      expect(disguised).toMatchObject({ ok: false, reason: 'bad-type' });
      expect(upload(ws, aino.token, { ticket: aino.ticket, text: '   ' })).toMatchObject({
        ok: false,
        reason: 'empty',
      });
    });

    it('an expired (rotated) token: the old link and page stop working at once', () => {
      const old = { ...aino };
      ws.call('rotateReflectionToken', ['A0001']);
      expect(upload(ws, old.token, { ...photo, ticket: old.ticket })).toMatchObject({
        ok: false,
        reason: 'token',
      });
      expect(openPage(ws, ainoLink).html).toContain('Tämä linkki ei toimi.');
    });
  });

  it('refusals are logged without the token or the file name', () => {
    const refusals = sheet(ws, 'Loki').filter(
      (r) => r.Toiminto === 'upload' && r.Taso === 'warning',
    );
    expect(refusals.length).toBeGreaterThanOrEqual(8);
    const text = JSON.stringify(refusals);
    expect(text).not.toContain(aino.token);
    expect(text).not.toMatch(/page\.html|a\.jpg|video\.mp4/);
  });

  it('doPost takes a written answer from the page without JavaScript, and JSON from a program', () => {
    const page = openPage(ws, uploadLinkOf(ws, BO));
    const form = `page=upload&t=${page.token}&ticket=${page.ticket}&text=${encodeURIComponent('Hej & tack')}`;
    const answer = served(
      ws.call('doPost', [
        {
          parameter: { page: 'upload', t: page.token, ticket: page.ticket, text: 'Hej & tack' },
          postData: {
            type: 'application/x-www-form-urlencoded',
            contents: form,
            length: form.length,
          },
        },
      ]),
    );
    expect(answer.kind).toBe('html');
    expect(answer.content).toContain('Tack! Din text finns nu i din mapp.');
    const json = JSON.stringify({
      token: page.token,
      ticket: page.ticket,
      name: 'b.png',
      mimeType: 'image/png',
      // The bytes must be a PNG's (its 8-byte signature and the start of its header).
      base64: 'iVBORw0KGgoAAAANSUhEUg==',
    });
    const out = served(
      ws.call('doPost', [
        {
          parameter: {},
          postData: { type: 'application/json', contents: json, length: json.length },
        },
      ]),
    );
    expect(out.mimeType).toBe('application/json');
    expect(JSON.parse(out.content)).toMatchObject({ ok: true, name: 'b.png' });
  });
  it('bytes that are not what the type says are refused plainly, and stored nowhere', () => {
    const before = driveFiles(ws).length;
    for (const [name, mimeType, bytes] of [
      ['kuva.jpg', 'image/jpeg', '<html><script>alert(1)</script></html>'],
      ['kuva.png', 'image/png', 'MZ\x90\x00 a Windows program'],
      ['video.mp4', 'video/mp4', '#!/bin/sh\nrm -rf /'],
    ])
      expect(
        upload(ws, bo.token, {
          ticket: bo.ticket,
          name,
          mimeType,
          base64: Buffer.from(bytes, 'latin1').toString('base64'),
        }),
      ).toEqual({
        ok: false,
        reason: 'mismatch',
        message:
          'Filen är inte det som namnet eller typen säger. Skicka en bild, en video, en PDF eller en textfil.',
      });
    expect(driveFiles(ws)).toHaveLength(before);
  });

  it('a name with a right-to-left override or zero-width characters is stored without them', () => {
    const answer = upload(ws, bo.token, {
      ticket: bo.ticket,
      name: 'lasku\u202Egpj.exe\u200B.jpg',
      mimeType: 'image/jpeg',
      base64: PHOTO.toString('base64'),
    });
    expect(answer).toMatchObject({ ok: true, name: 'laskugpj.exe.jpg' });
    expect(driveFiles(ws).some((f) => f.name === 'laskugpj.exe.jpg')).toBe(true);
    expect(driveFiles(ws).some((f) => /[\u200B\u202E]/.test(f.name))).toBe(false);
  });

  it('a client has a daily allowance: after 20 uploads in a day, a plain "try again tomorrow"', () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 25; i++)
      answers.push(upload(ws, bo.token, { ticket: bo.ticket, text: `Dagens text nummer ${i}` }));
    const stored = answers.filter((a) => a.ok).length;
    const logged = sheet(ws, 'Loki').filter(
      (r) => r.Toiminto === 'upload' && r.Asiakas === 'A0002' && r.Taso === 'info',
    ).length;
    expect(logged).toBe(20);
    expect(stored).toBeLessThanOrEqual(20);
    const refused = answers.filter((a) => !a.ok);
    expect(refused.length).toBe(25 - stored);
    for (const a of refused)
      expect(a).toEqual({
        ok: false,
        reason: 'daily-count',
        message:
          'Du har redan skickat 20 filer i dag och kan inte skicka fler i dag. Försök igen i morgon.',
      });
  });
});
