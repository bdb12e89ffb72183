import {
  countAttendance,
  periodsOf,
  renderClientRecord,
  serviceEnd,
  type ClientRecordData,
} from '../../../src/core/client-record';
import { t } from '../../../src/core/i18n';
import type { Lang } from '../../../src/core/types';

const data: ClientRecordData = {
  id: 'A0007',
  name: 'Aino <Koski>',
  goals: 'Oppia taulukot & rutiini\nJaksaa 4 h',
  model: 'pitkäkestoinen',
  status: 'aktiivinen',
  workDays: 'ma, ke',
  hoursPerDay: '4',
  group: 'R1',
  oriented: true,
  periods: periodsOf('2026-09-01', '2026-11-30', '2027-01-31'),
  plans: [
    { date: '2026-12-02', mode: 'etä', hours: '4', tasks: 'Excel', approved: false },
    { date: '2026-11-30', mode: 'etä', hours: '4', tasks: 'Kirjoitus', approved: true },
  ],
  reflections: [
    { date: '2026-11-30', mood: '4', text: 'Hyvä päivä <script>alert(1)</script>\nToinen rivi' },
  ],
  submissions: [{ name: 'kuva "1".jpg', created: '2026-12-01' }],
  attendance: [
    { date: '2026-12-02', status: 'absent', reason: 'own-illness' },
    { date: '2026-11-30', status: 'present', reason: null },
    { date: '2026-12-01', status: 'absent', reason: null },
    { date: '2026-12-03', status: 'no-service', reason: null },
    { date: '2026-12-04', status: 'unknown', reason: null },
  ],
};

const render = (lang: Lang = 'fi') =>
  renderClientRecord(data, (key, params) => t(lang, key, params), lang, {
    organisation: 'Paja & Co',
    madeOn: '2026-12-03',
  });

/** The rows of the table under a heading, as cell texts (the page is ours, so a regex does). */
function rowsAfter(html: string, heading: string): string[][] {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  const section = html.slice(start, html.indexOf('</table>', start));
  return [...section.matchAll(/<tr>((?:<td>.*?<\/td>)+)<\/tr>/g)].map((m) =>
    [...m[1].matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]),
  );
}

describe('the per-client record (pure renderer)', () => {
  it('periods: the contract period, then the continuation; the service ends with the later', () => {
    expect(data.periods).toEqual([
      { kind: 'main', start: '2026-09-01', end: '2026-11-30' },
      { kind: 'continuation', start: '2026-12-01', end: '2027-01-31' },
    ]);
    expect(serviceEnd(data.periods)).toBe('2027-01-31');
    expect(periodsOf('2026-09-01', '2026-11-30', null)).toEqual([
      { kind: 'main', start: '2026-09-01', end: '2026-11-30' },
    ]);
    // A continuation that ends before the period is no continuation.
    expect(serviceEnd(periodsOf('2026-09-01', '2026-11-30', '2026-10-01'))).toBe('2026-11-30');
  });

  it('counts the days: 5 planned, 1 present, 2 absent, 1 no service, 1 open', () => {
    expect(countAttendance(data.attendance)).toEqual({
      planned: 5,
      present: 1,
      absent: 2,
      noService: 1,
      open: 1,
    });
  });

  it('lists attendance by date with the reasons, a missing reason said so', () => {
    expect(rowsAfter(render(), 'Läsnäolo')).toEqual([
      ['30.11.2026', 'läsnä', ''],
      ['1.12.2026', 'poissa', 'syy puuttuu – kysy asiakkaalta'],
      ['2.12.2026', 'poissa', 'oma sairaus'],
      ['3.12.2026', 'palvelua ei järjestetä', ''],
      ['4.12.2026', 'tarkistettava', ''],
    ]);
    expect(render()).toContain(
      '<p>5 suunniteltua päivää: 1 läsnä, 2 poissa, 1 palvelua ei järjestetty, 1 ilman merkintää.</p>',
    );
  });

  it('lists periods, plans and submissions in date order', () => {
    const html = render();
    expect(rowsAfter(html, 'Sopimusjaksot')).toEqual([
      ['Sopimusjakso', '1.9.2026', '30.11.2026'],
      ['Jatkosopimus', '1.12.2026', '31.1.2027'],
    ]);
    expect(rowsAfter(html, 'Suunnitelmat')).toEqual([
      ['30.11.2026', 'etä', '4', 'Kirjoitus', 'kyllä'],
      ['2.12.2026', 'etä', '4', 'Excel', 'ei'],
    ]);
    expect(rowsAfter(html, 'Palautukset')).toEqual([['kuva &quot;1&quot;.jpg', '1.12.2026']]);
  });

  it('escapes everything typed: no markup from a client or a coach reaches the page', () => {
    const html = render();
    expect(html).not.toContain('<script>');
    expect(html).toContain('Hyvä päivä &lt;script&gt;alert(1)&lt;/script&gt;<br>Toinen rivi');
    expect(html).toContain('<title>Asiakastietue: Aino &lt;Koski&gt; (A0007)</title>');
    expect(html).toContain('<p>Oppia taulukot &amp; rutiini<br>Jaksaa 4 h</p>');
    expect(html).toContain('Palveluntuottaja: Paja &amp; Co');
    expect(html).toContain('<p>Tehty 3.12.2026</p>');
  });

  it("is in the workbook's language", () => {
    expect(render('sv')).toContain('<html lang="sv">');
    expect(rowsAfter(render('sv'), 'Närvaro')[2]).toEqual([
      '2.12.2026',
      'frånvarande',
      'egen sjukdom',
    ]);
    expect(rowsAfter(render('en'), 'Attendance')[0]).toEqual(['30.11.2026', 'present', '']);
  });

  it('says "nothing recorded" for an empty section', () => {
    const html = renderClientRecord(
      { ...data, plans: [], reflections: [], submissions: [], attendance: [] },
      (key, params) => t('en', key, params),
      'en',
      { organisation: '', madeOn: '2026-12-03' },
    );
    expect(html.match(/<p>Nothing recorded\.<\/p>/g)).toHaveLength(4);
    expect(html).not.toContain('Service provider');
  });
});
