import { defineMessages } from '../define';

/** The welcome mail's privacy block (src/core/mail/privacy-block.ts), in plain language. */
export const privacy = defineMessages({
  fi: {
    'privacy.heading': 'Tietosuoja',
    'privacy.controller': 'Tiedoistasi vastaa {controller} (rekisterinpitäjä).',
    'privacy.controllerUnnamed':
      'Tiedoistasi vastaa kunta tai hyvinvointialue, joka järjestää työtoimintasi (rekisterinpitäjä). Ohjaajalta saat sen nimen ja tietosuojaselosteen.',
    'privacy.who':
      'Kansiosi tiedostot näkevät vain sinä, oma ohjaajasi, hänen sijaisensa ja palvelun ylläpitäjä. Päiväkirjasi näkevät vain ohjaajat. Muut asiakkaat eivät näe niitä.',
    'privacy.google':
      'Tiedot tallennetaan Googlen palveluihin (Google Workspace). Google käsittelee niitä rekisterinpitäjän puolesta, ei omiin tarkoituksiinsa.',
    'privacy.noticeWhere': 'Tietosuojaselosteessa kerrotaan, missä tiedot säilytetään.',
    'privacy.retention':
      'Kun jaksosi päättyy, tietosi säilytetään {months} kuukautta. Sen jälkeen ne poistetaan.',
    'privacy.rights': 'Voit pyytää nähdä tai korjata tietosi. Kysy ohjaajalta.',
    'privacy.notice': 'Lue tietosuojaseloste',
    'privacy.orientation':
      'Ensin käymme yhdessä läpi tietosuojan ja luottamuksellisuuden. Ohjaajasi sopii kanssasi ajan. Tehtävät alkavat sen jälkeen.',
  },
  sv: {
    'privacy.heading': 'Dataskydd',
    'privacy.controller': '{controller} ansvarar för dina uppgifter (personuppgiftsansvarig).',
    'privacy.controllerUnnamed':
      'Kommunen eller välfärdsområdet som ordnar din arbetsverksamhet ansvarar för dina uppgifter (personuppgiftsansvarig). Av handledaren får du dess namn och dataskyddsbeskrivning.',
    'privacy.who':
      'Bara du, din egen handledare, hens vikarie och tjänstens administratör ser filerna i din mapp. Bara handledarna ser din dagbok. Andra klienter ser dem inte.',
    'privacy.google':
      'Uppgifterna sparas i Googles tjänster (Google Workspace). Google behandlar dem för den personuppgiftsansvarigas räkning, inte för egna syften.',
    'privacy.noticeWhere': 'I dataskyddsbeskrivningen står var uppgifterna lagras.',
    'privacy.retention':
      'När din period är slut sparas dina uppgifter i {months} månader. Sedan raderas de.',
    'privacy.rights': 'Du kan be att få se eller rätta dina uppgifter. Fråga handledaren.',
    'privacy.notice': 'Läs dataskyddsbeskrivningen',
    'privacy.orientation':
      'Först går vi tillsammans igenom dataskydd och tystnadsplikt. Din handledare kommer överens med dig om en tid. Uppgifterna börjar efter det.',
  },
  en: {
    'privacy.heading': 'Privacy',
    'privacy.controller': '{controller} is responsible for your data (the data controller).',
    'privacy.controllerUnnamed':
      'The municipality or wellbeing services county that arranges your work activity is responsible for your data (the data controller). Your coach can tell you its name and give you its privacy notice.',
    'privacy.who':
      'Only you, your own coach, their substitute and the service administrator see the files in your folder. Only the coaches see your diary. Other clients do not see them.',
    'privacy.google':
      'The data is stored in Google services (Google Workspace). Google handles it on behalf of the controller, not for its own purposes.',
    'privacy.noticeWhere': 'The privacy notice says where the data is kept.',
    'privacy.retention':
      'When your period ends, your data is kept for {months} months. Then it is deleted.',
    'privacy.rights': 'You can ask to see or correct your data. Ask your coach.',
    'privacy.notice': 'Read the privacy notice',
    'privacy.orientation':
      'First we go through privacy and confidentiality together. Your coach will agree a time with you. The tasks start after that.',
  },
});
