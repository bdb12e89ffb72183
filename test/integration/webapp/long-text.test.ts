import { DRIVE_STORE, type DriveStore } from '../../../emulator/drive';
import type { Workspace } from '../../../emulator/workspace';
import { planRow } from '../../helpers/coach-script';
import { coach, pageConfig, served, sheet, webWorkspace } from './helpers';

/**
 * Long text refused where a person typed it, the text kept (issue 14, "Google's size limits"):
 * Sheets holds 50,000 characters a cell; our boxes take 5,000 (EDGE_LIMITS.typedTextChars). On
 * the built bundle: the no-account diary page and the upload page's form without JavaScript put
 * the text back in the box with the refusal in the client's language, and write nothing; the
 * coach's attendance note is refused with the mark, nothing half-written.
 * Thursday 3 December 2026; Aino (fi) and Bo (sv) work Mondays and Wednesdays.
 */
const START = '2026-12-03T08:00:00+02:00';
const LIMIT = 5_000;
// What a paste of a long document looks like, with markup that must stay text on the page.
const HUGE = `<b>Päivä</b> & "lainaus" </textarea><script>alert(1)</script>\n${'x'.repeat(120_000)}`;

let ws: Workspace;
let tokens: Record<string, string>;

function post(parameter: Record<string, string>): string {
  const contents = new URLSearchParams(parameter).toString();
  const page = served(
    ws.call('doPost', [
      {
        parameter,
        postData: { type: 'application/x-www-form-urlencoded', contents, length: contents.length },
      },
    ]),
  );
  return page.content;
}

/** The text a textarea shows (HTML drops one newline right after the start tag). */
function textareaValue(html: string, id: string): string {
  const inner = new RegExp(`<textarea[^>]*\\bid="${id}"[^>]*>\\n?([\\s\\S]*?)</textarea>`).exec(
    html,
  )?.[1];
  if (inner === undefined) throw new Error(`No textarea ${id}`);
  return inner
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const alertOf = (html: string): string => /<p role="alert">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
const diaries = () => sheet(ws, 'Päiväkirjat');
const driveFiles = () =>
  Object.values((ws.rt.stores[DRIVE_STORE.name] as DriveStore).items).filter(
    (i) => i.kind === 'file',
  ).length;

beforeAll(() => {
  ws = webWorkspace(START);
  ws.call('setup');
  const client = (id: string, name: string, lang: string) => ({
    Tunnus: id,
    Nimi: name,
    Sähköposti: `${id.toLowerCase()}@example.fi`,
    Kieli: lang,
    'Jakso alkaa': '2.11.2026',
    'Jakso päättyy': '18.12.2026',
    Työtoimintapäivät: 'ma, ke',
    Ohjaaja: 'ohjaaja@kunta.example',
    Tila: 'aktiivinen',
  });
  coach(ws, 'putRows', [
    'Asiakkaat',
    [client('A0001', 'Aino Koski', 'suomi'), client('A0002', 'Bo Ek', 'ruotsi')],
  ]);
  coach(ws, 'putRows', [
    'Viikkosuunnitelmat',
    [planRow('A0001', '2026-12-02'), planRow('A0002', '2026-12-02')],
  ]);
  ws.call('setupParticipation');
  tokens = Object.fromEntries(
    sheet(ws, 'Asiakkaat').map((c) => [String(c.Tunnus), String(c.Lomaketunniste)]),
  );
});

describe('the diary page', () => {
  const diary = (t: string, answers: Record<string, string>) =>
    post({ page: 'diary', t, date: '2026-12-02', went: '4', did: 'Hioin hyllyn.', ...answers });

  it('refuses a reflection past the limit in the client’s language, keeps every answer, writes nothing', () => {
    const before = diaries().length;
    const html = diary(tokens.A0001, { hours: '5', thoughts: HUGE });
    expect(alertOf(html)).toBe(
      `Kohdassa ”Omat ajatukseni” on ${HUGE.trim().length} merkkiä; enintään ${LIMIT} mahtuu. Mitään ei tallennettu, ja tekstisi on tallella – lyhennä sitä ja yritä uudelleen.`,
    );
    // The typed text is back in its box exactly, as text: no markup of it reached the page.
    expect(textareaValue(html, 'thoughts')).toBe(HUGE);
    expect(html).not.toContain('<script>alert(1)');
    expect(textareaValue(html, 'did')).toBe('Hioin hyllyn.');
    expect(html).toContain(
      'id="hours" name="hours" inputmode="decimal" autocomplete="off" value="5"',
    );
    expect(html).toMatch(/id="went-4" name="went" value="4" checked>/);
    expect(html).toContain('name="date" value="2026-12-02"');
    expect(diaries()).toHaveLength(before);
  });

  it('says it in Swedish to a Swedish client, for the note to the coach too', () => {
    const html = diary(tokens.A0002, { toCoach: 'å'.repeat(LIMIT + 1) });
    expect(alertOf(html)).toBe(
      `I rutan ”Vad ska handledaren veta?” finns ${LIMIT + 1} tecken; högst ${LIMIT} ryms. Inget sparades och din text finns kvar – korta den och försök igen.`,
    );
    expect(textareaValue(html, 'toCoach')).toBe('å'.repeat(LIMIT + 1));
    expect(diaries().filter((r) => r.Asiakas === 'A0002')).toHaveLength(0);
  });

  it('saves a reflection of exactly the limit whole, and the next form is empty', () => {
    const thoughts = `${'y'.repeat(LIMIT - 3)}end`;
    const html = diary(tokens.A0001, { thoughts });
    expect(html).toMatch(/<p role="status">/);
    expect(textareaValue(html, 'thoughts')).toBe('');
    const rows = diaries().filter((r) => r.Asiakas === 'A0001');
    expect(rows).toHaveLength(1);
    expect(String(rows[0].Kirjoitus).split('\n')[0]).toBe(thoughts);
  });
});

describe('the upload page without JavaScript', () => {
  it('refuses a text past its limit and puts it back in the box; no file is made', () => {
    const page = served(ws.call('doGet', [{ parameter: { page: 'upload', t: tokens.A0001 } }]));
    const { ticket } = pageConfig(page.content) as { ticket: string };
    // No maxlength: a browser would cut a longer paste silently before anyone could refuse it.
    expect(/<textarea[^>]*>/.exec(page.content)?.[0]).not.toMatch(/maxlength/);
    const files = driveFiles();
    const text = `${HUGE.slice(0, 100)}${'z'.repeat(20_000)}`;
    const html = post({ page: 'upload', t: tokens.A0001, ticket, text });
    expect(html).toContain('Teksti on liian pitkä. Enintään 20000 merkkiä.');
    expect(textareaValue(html, 'text')).toBe(text);
    expect(html).not.toContain('<script>alert(1)');
    expect(driveFiles()).toBe(files);
  });
});

describe("the coach's attendance note", () => {
  type Marked = { ok: boolean; problems?: { field: string; text: string }[] };
  const mark = (note: string, status = 'present') =>
    ws.call('markAttendance', [{ clientId: 'A0001', date: '30.11.2026', status, note }]) as Marked;
  const row = () => sheet(ws, 'Läsnäolot').find((r) => r.Avain === 'A0001|2026-11-30');

  it('is refused past the limit with the mark: no row, nothing half-written', () => {
    expect(row()).toBeUndefined();
    expect(mark(HUGE)).toEqual({
      ok: false,
      problems: [
        {
          field: 'note',
          text: `Kohdassa ”Muistiinpano” on ${HUGE.trim().length} merkkiä; enintään ${LIMIT} mahtuu. Mitään ei tallennettu, ja tekstisi on tallella – lyhennä sitä ja yritä uudelleen.`,
        },
      ],
    });
    expect(row()).toBeUndefined();
  });

  it('on a day already marked, a long note changes neither the mark nor the note', () => {
    expect(mark('Kävi aamupäivän.').ok).toBe(true);
    const before = row();
    expect(mark('n'.repeat(LIMIT + 1), 'no-service').ok).toBe(false);
    expect(row()).toEqual(before);
    expect(before?.['Ohjaajan merkintä']).toBe('läsnä');
  });

  it('a note of exactly the limit is kept whole', () => {
    const note = 'm'.repeat(LIMIT);
    expect(mark(note).ok).toBe(true);
    expect(row()?.Muistiinpano).toBe(note);
  });
});
