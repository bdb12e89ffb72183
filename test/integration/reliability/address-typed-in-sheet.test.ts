import { DRIVE_STORE, type DriveStore } from '../../../emulator/drive';
import { kindOf, mails, rowsOf, typeInto, usedWorkspace } from './helpers';

/**
 * A coach types over a client's address in Asiakkaat, where the import's checks do not run.
 * MailApp would take "a@x, b@y" and "Name <a@x>" as recipients, so the client's letter (with
 * their links) would also go to the second address: the mail is parked instead, with a plain
 * reason, the folder keeps its sharing, and once the coach corrects the address the week's
 * letter goes to the corrected address, exactly once.
 */
jest.setTimeout(300_000);

function folderEditors(ws: ReturnType<typeof usedWorkspace>, folderId: string): string[] {
  return [...(ws.rt.store<DriveStore>(DRIVE_STORE.name).items[folderId]?.editors ?? [])].sort();
}

/** An active, oriented client whose period runs past the week: the dispatch plans and mails them. */
function clientWithLetter(ws: ReturnType<typeof usedWorkspace>): string {
  const isoOf = (dmy: unknown) =>
    String(dmy)
      .split('.')
      .reverse()
      .map((p) => p.padStart(2, '0'))
      .join('-');
  const client = rowsOf(ws, 'Asiakkaat').find(
    (r) =>
      r.Tila === 'aktiivinen' &&
      r.Perehdytetty === 'kyllä' &&
      String(r.Sähköposti).includes('@') &&
      isoOf(r['Jakso päättyy']) > '2026-12-13',
  );
  if (!client) throw new Error('no active client');
  return String(client.Tunnus);
}

describe.each([
  ['two addresses', 'oma@posti.example, stranger@evil.example', 'failure.permanent.notOneAddress'],
  ['a name and an address', 'Oma Nimi <oma@posti.example>', 'failure.permanent.notOneAddress'],
])('%s typed into a client row', (_label, typed) => {
  let ws: ReturnType<typeof usedWorkspace>;
  let id = '';
  let editorsBefore: string[] = [];

  beforeAll(() => {
    ws = usedWorkspace();
    id = clientWithLetter(ws);
    const row = rowsOf(ws, 'Asiakkaat').find((r) => r.Tunnus === id)!;
    editorsBefore = folderEditors(ws, String(row.Kansio));
    typeInto(ws, 'Asiakkaat', id, 'Sähköposti', typed);
    ws.advance(Date.parse('2026-11-27T20:00:00+02:00')); // Thursday's dispatch and a night
  });

  test('the other clients got their letters', () => {
    expect(mails(ws).filter((m) => kindOf(m) === 'weekly').length).toBeGreaterThan(5);
  });

  test('no mail goes to the typed text, nor to a second address', () => {
    const recipients = mails(ws)
      .flatMap((m) => [...m.to, ...m.cc, ...m.bcc])
      .map((to) => to.toLowerCase());
    expect(recipients.some((to) => to.includes('stranger@evil.example'))).toBe(false);
    expect(recipients.some((to) => to.includes('oma@posti.example'))).toBe(false);
  });

  test("the client's mail is parked on the send log with a plain reason", () => {
    // A client not yet welcomed gets the welcome first: that is the mail parked.
    const row = rowsOf(ws, 'Lähetykset').find(
      (r) => r.Asiakas === id && /^(welcome|weekly)\|/.test(String(r.Avain)),
    );
    expect(row).toBeDefined();
    expect(String(row!.Tila)).toMatch(/pysäytetty/);
    expect(JSON.stringify(row)).toMatch(/muuta kuin yksi osoite/);
  });

  test("the client's folder keeps its sharing", () => {
    const row = rowsOf(ws, 'Asiakkaat').find((r) => r.Tunnus === id)!;
    expect(folderEditors(ws, String(row.Kansio))).toEqual(editorsBefore);
  });

  test('after the coach corrects the address the letter goes there, once', () => {
    typeInto(ws, 'Asiakkaat', id, 'Sähköposti', 'korjattu@posti.example');
    ws.advance(Date.parse('2026-11-29T20:00:00+02:00'));
    const letters = mails(ws).filter(
      (m) => m.to.join() === 'korjattu@posti.example' && kindOf(m) === 'weekly',
    );
    expect(letters).toHaveLength(1);
    expect(letters[0].subject).toMatch(/viikko 49/);
  });
});

describe('an address broken after the welcome, corrected after the weekly dispatch day', () => {
  test("the parked week's letter goes to the corrected address, once", () => {
    const ws = usedWorkspace();
    const id = clientWithLetter(ws);
    ws.advance(Date.parse('2026-11-27T20:00:00+02:00')); // welcomed, week 49 sent
    typeInto(ws, 'Asiakkaat', id, 'Sähköposti', 'matti');
    ws.advance(Date.parse('2026-12-04T20:00:00+02:00')); // week 50's dispatch parks it
    // The week's letter is held (parked or skipped with the reason), not mailed to "matti".
    expect(mails(ws).some((m) => m.to.join() === 'matti')).toBe(false);
    typeInto(ws, 'Asiakkaat', id, 'Sähköposti', 'matti@posti.example');
    ws.advance(Date.parse('2026-12-06T20:00:00+02:00'));
    const letters = mails(ws).filter(
      (m) => m.to.join() === 'matti@posti.example' && kindOf(m) === 'weekly',
    );
    expect(letters.map((m) => m.subject)).toEqual([expect.stringMatching(/viikko 50/)]);
  });
});
