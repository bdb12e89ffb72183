import type { DriveStore } from '../../../emulator/drive/store';
import {
  LOG,
  logOf,
  rowsOf,
  scriptLog,
  sheetNames,
  typeInto,
  usedWorkspace,
  values,
} from './helpers';

/**
 * Retention, by hand: the workbook's retention time is the default 24 months and today is
 * 2026-11-26. A0001's period ended 26.11.2024, so its purge day is 2026-11-26 = today: archived
 * and purged. A0002's ended 27.11.2024: purge day 2026-11-27, one day short: untouched.
 */
describe('retention', () => {
  const ws = usedWorkspace();
  const clients = () => rowsOf(ws, 'Asiakkaat');
  const before = clients();
  const gone = before.find((c) => c.Tunnus === 'A0001') as Record<string, unknown>;
  const kept = before.find((c) => c.Tunnus === 'A0002') as Record<string, unknown>;
  const drive = () => ws.rt.store<DriveStore>('drive');

  beforeAll(() => {
    for (const [id, end] of [
      ['A0001', '26.11.2024'],
      ['A0002', '27.11.2024'],
    ]) {
      typeInto(ws, 'Asiakkaat', id, 'Jakso alkaa', '1.1.2024');
      typeInto(ws, 'Asiakkaat', id, 'Jakso päättyy', end);
      typeInto(ws, 'Asiakkaat', id, 'Jatkosopimus asti', '');
    }
    ws.call('nightly');
  });

  it('has two distinct demo clients with folders to work on', () => {
    expect(gone.Nimi).toBeTruthy();
    expect(kept.Nimi).toBeTruthy();
    expect(String(gone.Kansio)).not.toBe('');
  });

  it('archives the client whose retention time has passed, one record in the archive folder', () => {
    const items = Object.values(drive().items);
    const archive = items.filter((i) => i.kind === 'folder' && i.name === 'Arkisto');
    expect(archive).toHaveLength(1);
    const records = items.filter((i) => i.parents.includes(archive[0].id) && !i.trashed);
    expect(records.map((r) => r.name)).toEqual(['A0001.json']);
    const record = JSON.parse(
      Buffer.from(records[0].contentBase64 ?? '', 'base64').toString('utf8'),
    ) as Record<string, unknown>;
    expect(record.clientId).toBe('A0001');
    expect((record.clients as Record<string, unknown>[])[0].name).toBe(gone.Nimi);
  });

  it('purges the client from every sheet and trashes the folder', () => {
    for (const sheet of sheetNames(ws)) {
      // Logs carry ids (the purge row names A0001); everything else forgets the client.
      if (sheet === LOG) continue;
      const text = JSON.stringify(values(ws, sheet));
      expect({ sheet, hasName: text.includes(String(gone.Nimi)) }).toEqual({
        sheet,
        hasName: false,
      });
      expect({ sheet, hasEmail: text.includes(String(gone.Sähköposti)) }).toEqual({
        sheet,
        hasEmail: false,
      });
    }
    expect(clients().map((c) => c.Tunnus)).not.toContain('A0001');
    expect(drive().items[String(gone.Kansio)].trashed).toBe(true);
  });

  it('leaves the client one day short of retention untouched', () => {
    const now = clients().find((c) => c.Tunnus === 'A0002');
    // Its period ended long ago, so the nightly closes it ('päättynyt'); its data stays.
    expect(now?.Tila).toBe('päättynyt');
    const edited = ['Jakso alkaa', 'Jakso päättyy', 'Jatkosopimus asti', 'Tila', 'Huomiot'];
    const same = (c: Record<string, unknown> | undefined) =>
      Object.fromEntries(Object.entries(c ?? {}).filter(([h]) => !edited.includes(h)));
    expect(same(now)).toEqual(same(kept));
    expect(drive().items[String(kept.Kansio)].trashed).toBe(false);
  });

  it('writes one log row per purge, with the id and never the name', () => {
    const purges = logOf(ws, 'retention');
    expect(purges.map((r) => r.Asiakas)).toEqual(['A0001']);
    expect(JSON.stringify(values(ws, LOG))).not.toContain(String(gone.Nimi));
  });

  it('a second night purges nothing more', () => {
    ws.call('nightly');
    expect(logOf(ws, 'retention')).toHaveLength(1);
  });

  it("never writes a client's name to the Apps Script log", () => {
    const log = scriptLog(ws);
    for (const c of before) expect(log).not.toContain(String(c.Nimi));
  });
});
