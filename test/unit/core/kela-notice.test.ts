import { t } from '../../../src/core/i18n';
import {
  noticeContact,
  noticeHtml,
  noticeLines,
  surnameFirst,
} from '../../../src/core/kela-notice';
import type { ClientAbsences } from '../../../src/core/reports';

const tr = (key: string, params?: Record<string, string | number>) => t('fi', key, params);

const client: ClientAbsences = {
  clientId: 'A0003',
  name: 'Sanna Mäkinen',
  absences: [{ date: '2026-11-30', reason: 'own-illness' }],
  noService: [],
  toCheck: 0,
};

const contacts = [{ email: 'anna@kunta.example', name: 'Anna Ohjaaja', phone: '+358407001001' }];

describe('the Kela TT3 notice', () => {
  it('writes the name surname first, as "Sukunimi ja etunimet" asks', () => {
    expect(surnameFirst('Sanna Mäkinen')).toBe('Mäkinen Sanna');
    expect(surnameFirst('  Anna Maria  Virtanen ')).toBe('Virtanen Anna Maria');
    expect(surnameFirst('Mäkinen, Sanna')).toBe('Mäkinen Sanna');
    expect(surnameFirst('Prince')).toBe('Prince');
    expect(surnameFirst('')).toBe('');
    const ctx = {
      organisation: 'Kunta',
      contact: '',
      period: { start: '2026-11-30', end: '2026-12-13' },
    };
    const [, person] = noticeLines(client, ctx, tr);
    expect(person[0]).toEqual({ label: 'Sukunimi ja etunimet', value: 'Mäkinen Sanna' });
  });

  it('names the contact person with name and phone from coachContacts', () => {
    expect(noticeContact(contacts, 'Anna@kunta.example')).toBe('Anna Ohjaaja, 040 700 1001');
    expect(
      noticeContact(
        [{ email: 'anna@kunta.example', name: 'Anna Ohjaaja', phone: '' }],
        'anna@kunta.example',
      ),
    ).toBe('Anna Ohjaaja');
    // Unknown to the setting: the address is all there is.
    expect(noticeContact(contacts, 'mikko@kunta.example')).toBe('mikko@kunta.example');
    expect(noticeContact(contacts, '')).toBe('');
    const html = noticeHtml(
      client,
      {
        organisation: 'Kunta',
        contact: noticeContact(contacts, 'anna@kunta.example'),
        period: { start: '2026-11-30', end: '2026-12-13' },
      },
      tr,
      'fi',
    );
    expect(html).toContain('<dt>Yhteyshenkilö</dt><dd>Anna Ohjaaja, 040 700 1001</dd>');
    expect(html).toContain('<dd>Mäkinen Sanna</dd>');
    expect(html).not.toContain('anna@kunta.example');
  });
});

describe('the coaches’ fortnight mail (src/jobs/reports.ts fills these words)', () => {
  const base = {
    start: '30.11.2026',
    end: '13.12.2026',
    sheet: 'TT3 2026-11-30',
    folder: 'https://drive.google.com/drive/folders/k',
  };
  const mail = (lang: 'fi' | 'sv' | 'en', count: number, toCheck: number, missing = 0) => {
    const params = { ...base, count, ids: count ? 'A0003' : '–', toCheck, missing };
    if (count === 0) params.folder = '';
    return {
      subject: t(lang, 'participation.report.mailSubject', params),
      text: t(lang, 'kela.mail.body', params),
    };
  };

  it('with nothing to report says so, and has no empty link', () => {
    const m = mail('fi', 0, 0);
    expect(m.subject).toBe('Poissaoloilmoitus 30.11.2026–13.12.2026: ei ilmoitettavaa');
    expect(m.text).toContain('Kelalle ei ole ilmoitettavaa');
    expect(m.text).not.toContain('0 asiakkaalle');
    expect(m.text).not.toContain('–.');
    expect(m.text).not.toContain('Ilmoitukset (vain ohjaajat)');
    expect(m.text).not.toMatch(/:\s*$/m);
    expect(m.text).not.toContain('Tarkistamatta');
  });

  it('with no notice yet but days to check, asks to check them first', () => {
    const m = mail('fi', 0, 1);
    expect(m.subject).toBe('Poissaoloilmoitus 30.11.2026–13.12.2026: tarkista ensin 1 päivä');
    expect(m.text).toContain('Kelalle ei ole vielä ilmoitettavaa');
    expect(m.text).toContain('Tarkistamatta on vielä 1 päivä:');
    expect(m.text).not.toContain('Ilmoitukset (vain ohjaajat)');
    expect(mail('en', 0, 3).subject).toBe(
      'Absence report 30.11.2026–13.12.2026: check 3 days first',
    );
    expect(mail('sv', 0, 0).text).toContain('inget att anmäla');
  });

  it('with notices names the ids and links the folder, in singular or plural', () => {
    const one = mail('fi', 1, 0, 1);
    expect(one.subject).toBe('Poissaoloilmoitus 30.11.2026–13.12.2026 on valmis');
    expect(one.text).toContain('Kelan poissaoloilmoitus tarvitaan 1 asiakkaalle: A0003.');
    expect(one.text).toContain('1 poissaololta puuttuu syy');
    expect(one.text).toContain(
      'Ilmoitukset (vain ohjaajat): https://drive.google.com/drive/folders/k',
    );
    expect(mail('fi', 2, 2).text).toContain('tarvitaan 2 asiakkaalle');
    expect(mail('fi', 2, 2).text).toContain('Tarkistamatta on vielä 2 päivää');
    expect(mail('en', 1, 0).text).toContain('A Kela absence notice is needed for 1 client: A0003.');
    expect(mail('sv', 2, 0).text).toContain('behövs för 2 klienter');
  });
});
