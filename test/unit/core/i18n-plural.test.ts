import { format, t } from '../../../src/core/i18n';
import { catalogues } from '../../../src/core/i18n/catalogues';
import type { Lang } from '../../../src/core/types';

describe('plural choices in messages', () => {
  const days = '{count, plural, =0 {ei päiviä} one {# päivä} other {# päivää}}';

  it('picks =N first, then one for 1, else other; # is the number', () => {
    expect(format(days, { count: 0 })).toBe('ei päiviä');
    expect(format(days, { count: 1 })).toBe('1 päivä');
    expect(format(days, { count: 2 })).toBe('2 päivää');
    expect(format(days, { count: 14 })).toBe('14 päivää');
  });

  it('fills placeholders inside a branch and keeps plain ones as before', () => {
    expect(
      format('{n, plural, one {yksi: {ids}} other {#: {ids}}} ({date})', {
        n: 1,
        ids: 'A0003',
        date: '1.12.',
      }),
    ).toBe('yksi: A0003 (1.12.)');
    expect(format('{a} ja {b}', { a: 1 })).toBe('1 ja {b}');
  });

  it('a nested choice keeps its own #', () => {
    const nested = '{a, plural, =0 {{b, plural, one {# b} other {# bs}}} other {# a}}';
    expect(format(nested, { a: 0, b: 3 })).toBe('3 bs');
    expect(format(nested, { a: 2, b: 3 })).toBe('2 a');
  });

  it('leaves a choice without its count, or without an other branch, as written', () => {
    expect(format(days, {})).toBe(days);
    expect(format('{n, plural, one {x}}', { n: 2 })).toBe('{n, plural, one {x}}');
  });

  it.each([
    ['fi', 1, 'Sinulla on 1 toimintapäivä.'],
    ['fi', 3, 'Sinulla on 3 toimintapäivää.'],
    ['sv', 1, 'Du har 1 verksamhetsdag.'],
    ['sv', 2, 'Du har 2 verksamhetsdagar.'],
    ['en', 1, 'You have 1 work activity day.'],
    ['en', 4, 'You have 4 work activity days.'],
  ] as const)('%s letter intro with %i days', (lang: Lang, count, words) => {
    expect(t(lang, 'mail.letter.intro', { count })).toContain(words);
  });

  it('the digest subject and the Kela checklist count in the singular too', () => {
    expect(t('fi', 'reliability.digest.subject', { count: 1, date: 'x' })).toBe(
      'Etäpaja: 1 huomio (x)',
    );
    expect(t('fi', 'reliability.digest.subject', { count: 2, date: 'x' })).toBe(
      'Etäpaja: 2 huomiota (x)',
    );
    expect(t('sv', 'reliability.digest.subject', { count: 1, date: 'x' })).toContain(
      '1 anmärkning ',
    );
    expect(t('en', 'reliability.digest.subject', { count: 1, date: 'x' })).toContain(
      '1 thing to look at',
    );
    expect(t('fi', 'kela.checklist.checkFirst', { count: 1 })).toContain('Tarkista ensin 1 päivä,');
    expect(t('fi', 'kela.checklist.checkFirst', { count: 2 })).toContain('2 päivää');
    expect(t('en', 'kela.checklist.checkFirst', { count: 1 })).toContain('Check 1 day first');
  });

  it('no message sent to the sidebar uses a plural choice (the browser fills plain ones)', () => {
    for (const lang of ['fi', 'sv', 'en'] as const)
      for (const prefix of ['sidebar.', 'attendance.', 'import.ui.'])
        for (const key of Object.keys(catalogues[lang]).filter((k) => k.startsWith(prefix)))
          expect(catalogues[lang][key]).not.toMatch(/, plural,/);
  });
});

describe('wording', () => {
  it('Swedish says gruppmöte, one word', () => {
    expect(t('sv', 'mail.letter.meeting.group')).toBe('gruppmöte');
    expect(t('sv', 'mail.welcome.meeting')).toBe('Gruppmöte');
  });

  it.each(['unknown-token', 'token-email-conflict', 'client-closed'])(
    'a refused form response (%s) in the digest reads once, without a doubled lead',
    (reason) => {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const line = t(lang, 'reliability.auth.formRefused', {
          reason: t(lang, `participation.review.${reason}`),
        });
        expect(line).not.toMatch(/:\s*(Tarkista|Kontrollera|Check):/);
        expect(line).not.toMatch(/tunniste ei kelpaa|ogiltig kod|did not pass/);
      }
      expect(
        t('fi', 'reliability.auth.formRefused', {
          reason: t('fi', 'participation.review.client-closed'),
        }),
      ).toBe('Lomakevastaus hylättiin. Tarkista: asiakkaan jakso on päättynyt.');
    },
  );
});
