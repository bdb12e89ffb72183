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
