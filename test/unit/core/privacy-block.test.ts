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

  it('without a controller set, names the organisation; without a notice, links none', () => {
    const mail = composeWelcome({
      client: { id: 'A0001', name: 'Aino', email: 'aino@example.org', lang: 'fi' },
      week: '2026-W49',
      folderLink: '',
      reflectionLink: '',
      groupMeetingLink: '',
      coach: { email: 'anna@kunta.example', name: 'Anna Ohjaaja', phone: '' },
      organisation: 'Etäpaja-demo',
    });
    expect(mail.text).toContain('Tiedoistasi vastaa Etäpaja-demo');
    expect(mail.text).not.toContain('Lue tietosuojaseloste');
    expect(mail.html).not.toContain('tietosuoja"');
  });
});
