import type { Workspace } from '../../../emulator/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { clientGuideUrl, parseSettings, settingLabel } from '../../../src/core/settings';
import { mails, meta, plannedWorkspace } from './helpers';

/** The welcome mail links to the one-page client guide in the client's language, if set. */

const SET_SETTING = `
function setSetting(key, value) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Asetukset');
  var values = sheet.getDataRange().getValues();
  var h = values[0];
  for (var i = 1; i < values.length; i++) {
    if (String(values[i][h.indexOf('Asetus')]) === key) {
      sheet.getRange(i + 1, h.indexOf('Arvo') + 1).setValue(value);
      return;
    }
  }
  throw new Error('No setting ' + key);
}`;

const GUIDE = 'https://example.fi/etapaja/ohje-{lang}.html';

function welcomes(ws: Workspace) {
  return mails(ws)
    .filter((m) => meta(m).kind === 'welcome')
    .map((m) => ({ ...m, lang: /<html lang="(\w+)"/.exec(m.html ?? '')?.[1] ?? '' }));
}

test('setup adds the clientGuideUrl row, empty', () => {
  const ws = plannedWorkspace();
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Asetukset',
  );
  const row = rows.find(
    (r) => r[header.indexOf('Asetus')] === settingLabel('clientGuideUrl', 'fi'),
  );
  expect(row?.[header.indexOf('Arvo')]).toBe('');
});

test('with clientGuideUrl set, every welcome mail links to the guide in its client’s language', () => {
  const ws = plannedWorkspace();
  ws.push('coach', SET_SETTING, { timeZone: 'Europe/Helsinki' } as never, 'coach');
  ws.call('setSetting', [settingLabel('clientGuideUrl', 'fi'), GUIDE], { projectId: 'coach' });
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  const sent = welcomes(ws);
  expect(new Set(sent.map((m) => m.lang))).toEqual(new Set(['fi', 'sv', 'en']));
  const label = { fi: 'Lue ohje', sv: 'Läs guiden', en: 'Read the guide' } as Record<
    string,
    string
  >;
  const upload = { fi: 'Lähetä kuva', sv: 'Skicka en bild', en: 'Send a photo' } as Record<
    string,
    string
  >;
  for (const m of sent) {
    const url = `https://example.fi/etapaja/ohje-${m.lang}.html`;
    // A short address stands on its own line under its label; in HTML the label is the link.
    expect(m.text).toContain(`${label[m.lang]}:\n${url}`);
    expect(m.html).toContain(`<a href="${url}"`);
    expect(m.html).toContain(`>${label[m.lang]}</a>`);
    expect(m.text).not.toContain('{lang}');
    // The upload page (no Google account needed) first, the guide last among the links.
    expect(m.text.indexOf(label[m.lang])).toBeGreaterThan(m.text.indexOf(upload[m.lang]));
  }
});

test('with clientGuideUrl empty (the default), no welcome mail has a guide link', () => {
  const ws = plannedWorkspace();
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  const sent = welcomes(ws);
  expect(sent.length).toBeGreaterThan(0);
  for (const m of sent) {
    expect(m.text).not.toMatch(/^(Ohje|Guide):/m);
    expect(m.html).not.toContain('example.fi/etapaja');
  }
});

test('the setting takes only an https address; {lang} is replaced', () => {
  const parsed = (value: string) =>
    parseSettings([{ key: 'clientGuideUrl', value }]).settings.clientGuideUrl;
  expect(parsed(GUIDE)).toBe(GUIDE);
  expect(parsed('javascript:alert(1)')).toBe('');
  expect(parsed('http://example.fi/x')).toBe('');
  expect(clientGuideUrl({ clientGuideUrl: GUIDE }, 'sv')).toBe(
    'https://example.fi/etapaja/ohje-sv.html',
  );
  expect(clientGuideUrl({}, 'fi')).toBe('');
});
