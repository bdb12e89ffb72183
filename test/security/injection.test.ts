import { settingLabel } from '../../src/core/settings';
import { Parser } from 'htmlparser2';
import { freshWorkspace } from '../helpers/workspace';
import { readSheetFormulas } from '../../emulator/spreadsheet/harness';
import {
  FORMS_STORE,
  submitPrefilledUrl,
  submitResponse,
  type FormsStore,
} from '../../emulator/forms';
import type { Workspace } from '../../emulator/workspace';
import {
  COACHES,
  GROUPS,
  coachCall,
  mailMeta,
  mails,
  pushCoachScript,
  sheetView,
  text,
} from '../chaos/world';

/**
 * Injection: what people type reaches mails only as text, values that Sheets would run as a
 * formula are neutralised when we write them, and a response counts for a client only with
 * that client's current token.
 */
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '<a href="javascript:alert(1)">klikkaa</a>',
];
const FORMULAS = [
  '=IMPORTXML("http://evil.example","//a")',
  '+1+1',
  '-1+2',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
];

/** Every element and attribute of an HTML document (a real parser, as a mail client reads it). */
function scan(html: string): { tags: string[]; attributes: [string, string][]; text: string } {
  const found = { tags: [] as string[], attributes: [] as [string, string][], text: '' };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        found.tags.push(name);
        for (const [k, v] of Object.entries(attributes)) found.attributes.push([k, v]);
      },
      ontext(t) {
        found.text += t;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

function prepared(): Workspace {
  const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
  ws.call('setup');
  pushCoachScript(ws);
  coachCall(ws, 'setSetting', [settingLabel('coaches', 'fi'), COACHES.join(', ')]);
  coachCall(ws, 'putRows', [
    'Ryhmät',
    GROUPS.map((g, i) => ({
      ...g,
      Nimi: `${g.Nimi} ${XSS[i]}`,
      'Kesto (min)': 60,
      Ohjaaja: COACHES[0],
    })),
  ]);
  const header =
    'Nimi;Sähköposti;Kieli;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Tunnit/päivä;Ryhmä;Ohjaaja;Tavoitteet;Perehdytetty;Tila';
  const rows = XSS.map((payload, i) =>
    [
      `"Asiakas${i} ${payload.replace(/"/g, '""')}"`,
      `asiakas${i}@asiakas.example`,
      'suomi',
      'pitkäkestoinen',
      '20.11.2026',
      '30.6.2027',
      'ma, ti, ke, to',
      '5',
      GROUPS[i % GROUPS.length].Tunnus,
      COACHES[0],
      `"${FORMULAS[i % FORMULAS.length].replace(/"/g, '""')}"`,
      'kyllä',
      'aktiivinen',
    ].join(';'),
  );
  ws.call('importClients', [[header, ...rows].join('\r\n')]);
  ws.call('planNextWeek');
  return ws;
}

describe('injection', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = prepared();
    const r = ws.run('etapaja', 'weeklyDispatch', [{}]);
    if (r.error) throw r.error;
  });

  test('XSS payloads in names, group names and goals reach every mail only as text', () => {
    const sent = mails(ws);
    expect(sent.filter((m) => mailMeta(m).kind === 'weekly').length).toBeGreaterThan(0);
    for (const m of sent) {
      const { tags, attributes } = scan(m.html ?? '');
      expect(tags).not.toContain('script');
      expect(tags).not.toContain('svg');
      expect(tags).not.toContain('img');
      for (const [name, value] of attributes) {
        expect(name.startsWith('on')).toBe(false);
        if (name === 'href' || name === 'src') expect(value).toMatch(/^(https?:|mailto:)/);
      }
    }
    // ...and the payload is still there, as the text a person typed.
    const coachMail = sent.find((m) => mailMeta(m).kind === 'coach-alert');
    expect(coachMail).toBeDefined();
    expect(scan(coachMail!.html ?? '').text).toContain('<script>alert(1)</script>');
  });

  test('formula-start values are stored as text, never as formulas', () => {
    const book = ws.meta.boundSpreadsheetId as string;
    for (const sheet of ['Asiakkaat', 'Viikkosuunnitelmat', 'Lähetykset', 'Loki', 'Päiväkirjat']) {
      const formulas = readSheetFormulas(ws.rt, book, sheet)
        .flat()
        .filter((f) => f !== '');
      expect({ sheet, formulas }).toEqual({ sheet, formulas: [] });
    }
    const goals = sheetView(ws, 'Asiakkaat').rows.map((r) => text(r.Tavoitteet));
    expect(goals).toEqual(
      expect.arrayContaining(['=IMPORTXML("http://evil.example","//a")', '+1+1']),
    );
  });

  describe('tokens', () => {
    const formOf = () =>
      Object.values((ws.rt.stores[FORMS_STORE.name] as FormsStore).forms).find(
        (f) => f.title === 'Päivän työtoiminta',
      )!;
    const submitWithToken = (token: string, at: string) => {
      const form = formOf();
      const { responseId } = submitResponse(
        ws.rt.stores,
        form.id,
        {
          [String(form.items[0].id)]: new Date(Date.parse(at)),
          [String(form.items[4].id)]: '=HYPERLINK("http://evil.example")',
          [String(form.items[form.items.length - 1].id)]: token,
        },
        { atMs: ws.now() },
      );
      ws.advance(ws.now() + 120_000);
      ws.call('nightly'); // the triggers queue; the recording run writes the rows
      return sheetView(ws, 'Päiväkirjat').rows.find((r) => text(r.Vastaus) === responseId)!;
    };

    test('a forged token goes to review, never to a client', () => {
      const row = submitWithToken('7f3c1e52-0000-4000-8000-0123456789ab', '2026-12-01T12:00:00Z');
      expect(text(row.Asiakas)).toBe('');
      expect(text(row.Tunnistettu)).toBe('tarkistettava');
      expect(text(row.Huomiot)).not.toBe('');
    });

    test('a malformed token, or a typed name, goes to review', () => {
      for (const token of ['A0001', 'Asiakas0', "' OR 1=1 --", '<script>x</script>']) {
        const row = submitWithToken(token, '2026-12-01T12:00:00Z');
        expect(text(row.Asiakas)).toBe('');
      }
    });

    test('a rotated token (a replayed old link) is rejected; the new one works', () => {
      const before = sheetView(ws, 'Asiakkaat').rows.find((r) => text(r.Tunnus) === 'A0002')!;
      const oldLink = ws.call('reflectionLink', ['A0002', '2026-12-02']) as string;
      expect(oldLink).toContain(text(before.Lomaketunniste));
      expect(ws.call('rotateReflectionToken', ['A0002'])).toBe(true);
      const { responseId } = submitPrefilledUrl(ws.rt.stores, oldLink, {}, { atMs: ws.now() });
      ws.advance(ws.now() + 120_000);
      ws.call('nightly'); // the triggers queue; the recording run writes the rows
      const replayed = sheetView(ws, 'Päiväkirjat').rows.find(
        (r) => text(r.Vastaus) === responseId,
      )!;
      expect(text(replayed.Asiakas)).toBe('');
      const newLink = ws.call('reflectionLink', ['A0002', '2026-12-02']) as string;
      expect(newLink).not.toBe(oldLink);
      const fresh = submitPrefilledUrl(ws.rt.stores, newLink, {}, { atMs: ws.now() });
      ws.advance(ws.now() + 120_000);
      ws.call('nightly'); // the triggers queue; the recording run writes the rows
      const ok = sheetView(ws, 'Päiväkirjat').rows.find(
        (r) => text(r.Vastaus) === fresh.responseId,
      )!;
      expect(text(ok.Asiakas)).toBe('A0002');
    });

    test('typed text from the form is stored as text (no formula)', () => {
      const formulas = readSheetFormulas(ws.rt, ws.meta.boundSpreadsheetId as string, 'Päiväkirjat')
        .flat()
        .filter((f) => f !== '');
      expect(formulas).toEqual([]);
    });
  });
});
