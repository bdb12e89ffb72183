import { composeWelcome } from '../../../src/core/mail';
import type { Lang } from '../../../src/core/types';

/** The welcome mail names the controller, Google's role, the retention time and the notice. */
function welcome(lang: Lang, oriented = true) {
  return composeWelcome({
    client: { id: 'A0001', name: 'Aino Virtanen', email: 'aino@example.org', lang },
    week: '2026-W49',
    folderLink: 'https://drive.google.com/drive/folders/abc',
    reflectionLink: '',
    groupMeetingLink: '',
    coach: { email: 'anna@kunta.example', name: 'Anna Ohjaaja', phone: '' },
    organisation: 'Etäpaja-demo',
    privacy: {
      controllerName: 'Esimerkkilän hyvinvointialue',
      organisation: 'Etäpaja-demo',
      retentionMonths: 24,
      privacyNoticeUrl: 'https://esimerkki.fi/tietosuoja',
    },
    oriented,
  });
}

describe('the welcome mail’s privacy block', () => {
  it.each([
    ['fi', 'rekisterinpitäjä', 'Google', '24 kuukautta', 'Lue tietosuojaseloste'],
    ['sv', 'personuppgiftsansvarig', 'Google', '24 månader', 'Läs dataskyddsbeskrivningen'],
    ['en', 'data controller', 'Google', '24 months', 'Read the privacy notice'],
  ] as const)('%s: controller, Google, retention and a labelled notice link', (lang, ...words) => {
    const mail = welcome(lang);
    expect(mail.text).toContain('Esimerkkilän hyvinvointialue');
    for (const word of words) expect(mail.text).toContain(word);
    expect(mail.html).toContain('href="https://esimerkki.fi/tietosuoja"');
  });

  it('says orientation comes first to a client not yet oriented, and only to them', () => {
    expect(welcome('fi', false).text).toContain('Tehtävät alkavat sen jälkeen');
    expect(welcome('fi', true).text).not.toContain('Tehtävät alkavat sen jälkeen');
  });

  it('without a controller set, never names the organisation as controller; without a notice, says nothing of one', () => {
    const mail = composeWelcome({
      client: { id: 'A0001', name: 'Aino', email: 'aino@example.org', lang: 'fi' },
      week: '2026-W49',
      folderLink: '',
      reflectionLink: '',
      groupMeetingLink: '',
      coach: { email: 'anna@kunta.example', name: 'Anna Ohjaaja', phone: '' },
      organisation: 'Etäpaja-demo',
    });
    expect(mail.text).not.toContain('Tiedoistasi vastaa Etäpaja-demo');
    expect(mail.text).not.toMatch(/Etäpaja-demo \(rekisterinpitäjä\)/);
    expect(mail.text).toContain(
      'Tiedoistasi vastaa kunta tai hyvinvointialue, joka järjestää työtoimintasi (rekisterinpitäjä). Ohjaajalta saat sen nimen ja tietosuojaselosteen.',
    );
    expect(mail.text).not.toContain('Tietosuojaselosteessa kerrotaan');
    expect(mail.text).not.toContain('Lue tietosuojaseloste');
    expect(mail.html).not.toContain('tietosuoja"');
  });

  it.each(['sv', 'en'] as const)('%s: the same without a controller or a notice', (lang) => {
    const mail = composeWelcome({
      client: { id: 'A0001', name: 'Aino', email: 'aino@example.org', lang },
      week: '2026-W49',
      folderLink: '',
      reflectionLink: '',
      groupMeetingLink: '',
      coach: { email: 'anna@kunta.example', name: 'Anna Ohjaaja', phone: '' },
      organisation: 'Etäpaja-demo',
      privacy: {
        controllerName: ' ',
        organisation: 'Etäpaja-demo',
        retentionMonths: 24,
        privacyNoticeUrl: '',
      },
    });
    expect(mail.text).not.toMatch(/Etäpaja-demo (ansvarar|is responsible)/);
    expect(mail.text).toMatch(
      lang === 'sv' ? /Kommunen eller välfärdsområdet/ : /The municipality/,
    );
    expect(mail.text).not.toMatch(/I dataskyddsbeskrivningen står|The privacy notice says/);
  });

  it('with a notice link, says what the notice tells before linking it', () => {
    expect(welcome('fi').text).toContain(
      'Tietosuojaselosteessa kerrotaan, missä tiedot säilytetään.',
    );
    expect(welcome('en').text).toContain('The privacy notice says where the data is kept.');
  });
});
