import { defineMessages } from '../define';

/**
 * Kela's absence notice (form TT3 "Ilmoitus poissaolosta", one per client), the fortnight's
 * checklist and the monthly summary's extra words. Kela's own field names are followed where
 * the form has them (https://www.kela.fi/ilmoita-poissaoloista).
 */
export const kela = defineMessages({
  fi: {
    'kela.folderName': 'Kela-ilmoitukset (vain ohjaajat)',
    'kela.menu.monthlySummary': 'Kuukausikooste',
    'kela.notice.title': 'Ilmoitus poissaolosta – kuntouttava työtoiminta (Kela TT3)',
    'kela.notice.howTo':
      'Tulosta tämä sivu tai kopioi tiedot Kelan TT3-lomakkeelle. Kirjoita henkilötunnus käsin paperiin.',
    'kela.notice.organiserHeading': '1. Palvelun järjestäjä',
    'kela.notice.organiser': 'Palvelun järjestäjä',
    'kela.notice.contact': 'Yhteyshenkilö',
    'kela.notice.clientHeading': '2. Palveluun osallistuja',
    'kela.notice.clientName': 'Sukunimi ja etunimet',
    'kela.notice.identityCode': 'Henkilötunnus',
    'kela.notice.identityHint':
      'Henkilötunnus täytetään käsin tulosteeseen. Etäpaja ei tallenna henkilötunnuksia.',
    'kela.notice.serviceHeading': '3. Palvelu',
    'kela.notice.service': 'Palvelu',
    'kela.notice.serviceName': 'Kuntouttava työtoiminta',
    'kela.notice.period': 'Ilmoitusjakso',
    'kela.notice.daysHeading': '4. Poissaolopäivät ja syyt',
    'kela.notice.day': 'Päivä',
    'kela.notice.reason': 'Poissaolon syy',
    'kela.notice.noService': 'palvelua ei järjestetty',
    'kela.notice.placeDate': 'Paikka ja päiväys',
    'kela.notice.signature': 'Palvelun järjestäjän allekirjoitus ja nimenselvennys',
    'kela.notice.sendTo': 'Postita lomake: Kela, PL 10, 00056 KELA.',
    'kela.checklist.state': 'Tila',
    'kela.checklist.days': 'Poissaolot ja päivät ilman palvelua',
    'kela.checklist.notice': 'Kela-ilmoitus',
    'kela.checklist.due': 'Ilmoitus tehtävä: tulosta, lisää henkilötunnus, allekirjoita, postita',
    'kela.checklist.none': 'Ei poissaoloja – ei ilmoitusta',
    'kela.checklist.checkFirst': 'Tarkista ensin {count, plural, one {# päivä} other {# päivää}}, sitten tee ilmoitukset uudelleen',
    'kela.mail.body':
      'Hei,\n\njakso {start}–{end} on päättynyt. Kelan poissaoloilmoituksia tarvitaan {count} asiakkaalle: {ids}.\nTarkistamatta on vielä {toCheck} päivää ja {missing} poissaololta puuttuu syy: vahvista ne sivupalkissa ja tee ilmoitukset uudelleen.\n\nTarkistuslista: välilehti {sheet}\nIlmoitukset (vain ohjaajat): {folder}\n\nEtäpaja',
    'kela.monthly.total': 'Yhteensä',
    'kela.monthly.reasonColumn': 'Poissa: {reason}',
  },
  sv: {
    'kela.folderName': 'FPA-anmälningar (bara handledare)',
    'kela.menu.monthlySummary': 'Månadssammandrag',
    'kela.notice.title': 'Anmälan om frånvaro – arbetsverksamhet i rehabiliteringssyfte (FPA TT3)',
    'kela.notice.howTo':
      'Skriv ut sidan eller för över uppgifterna till FPA:s blankett TT3. Skriv personbeteckningen för hand på papperet.',
    'kela.notice.organiserHeading': '1. Anordnare av tjänsten',
    'kela.notice.organiser': 'Anordnare',
    'kela.notice.contact': 'Kontaktperson',
    'kela.notice.clientHeading': '2. Deltagare',
    'kela.notice.clientName': 'Efternamn och förnamn',
    'kela.notice.identityCode': 'Personbeteckning',
    'kela.notice.identityHint':
      'Personbeteckningen fylls i för hand på utskriften. Etäpaja sparar inga personbeteckningar.',
    'kela.notice.serviceHeading': '3. Tjänst',
    'kela.notice.service': 'Tjänst',
    'kela.notice.serviceName': 'Arbetsverksamhet i rehabiliteringssyfte',
    'kela.notice.period': 'Anmälningsperiod',
    'kela.notice.daysHeading': '4. Frånvarodagar och orsaker',
    'kela.notice.day': 'Dag',
    'kela.notice.reason': 'Orsak till frånvaron',
    'kela.notice.noService': 'ingen service ordnades',
    'kela.notice.placeDate': 'Ort och datum',
    'kela.notice.signature': 'Anordnarens underskrift och namnförtydligande',
    'kela.notice.sendTo': 'Posta blanketten: FPA, PB 10, 00056 FPA.',
    'kela.checklist.state': 'Läge',
    'kela.checklist.days': 'Frånvaro och dagar utan service',
    'kela.checklist.notice': 'FPA-anmälan',
    'kela.checklist.due':
      'Anmälan ska göras: skriv ut, lägg till personbeteckningen, skriv under, posta',
    'kela.checklist.none': 'Ingen frånvaro – ingen anmälan',
    'kela.checklist.checkFirst':
      'Kontrollera först {count, plural, one {# dag} other {# dagar}} och gör sedan anmälningarna på nytt',
    'kela.mail.body':
      'Hej,\n\nperioden {start}–{end} har tagit slut. FPA-anmälan om frånvaro behövs för {count} klienter: {ids}.\n{toCheck} dagar är ännu inte kontrollerade och {missing} frånvarodagar saknar orsak: bekräfta dem i sidofältet och gör anmälningarna på nytt.\n\nChecklista: fliken {sheet}\nAnmälningarna (bara handledare): {folder}\n\nEtäpaja',
    'kela.monthly.total': 'Totalt',
    'kela.monthly.reasonColumn': 'Frånvaro: {reason}',
  },
  en: {
    'kela.folderName': 'Kela notices (coaches only)',
    'kela.menu.monthlySummary': 'Monthly summary',
    'kela.notice.title': 'Notice of absence – rehabilitative work activity (Kela TT3)',
    'kela.notice.howTo':
      "Print this page or copy the details onto Kela's form TT3. Write the personal identity code by hand on paper.",
    'kela.notice.organiserHeading': '1. Organiser of the service',
    'kela.notice.organiser': 'Organiser',
    'kela.notice.contact': 'Contact person',
    'kela.notice.clientHeading': '2. Participant',
    'kela.notice.clientName': 'Surname and first names',
    'kela.notice.identityCode': 'Personal identity code',
    'kela.notice.identityHint':
      'The personal identity code is written by hand on the printout. Etäpaja never stores identity codes.',
    'kela.notice.serviceHeading': '3. Service',
    'kela.notice.service': 'Service',
    'kela.notice.serviceName': 'Rehabilitative work activity',
    'kela.notice.period': 'Reporting period',
    'kela.notice.daysHeading': '4. Absence days and reasons',
    'kela.notice.day': 'Day',
    'kela.notice.reason': 'Reason for absence',
    'kela.notice.noService': 'no service arranged',
    'kela.notice.placeDate': 'Place and date',
    'kela.notice.signature': "Organiser's signature and name in block letters",
    'kela.notice.sendTo': 'Post the form to: Kela, PL 10, 00056 KELA.',
    'kela.checklist.state': 'State',
    'kela.checklist.days': 'Absences and days without service',
    'kela.checklist.notice': 'Kela notice',
    'kela.checklist.due': 'Notice due: print, add the identity code, sign, post',
    'kela.checklist.none': 'No absences – no notice',
    'kela.checklist.checkFirst': 'Check {count, plural, one {# day} other {# days}} first, then make the notices again',
    'kela.mail.body':
      'Hello,\n\nthe period {start}–{end} has ended. Kela absence notices are needed for {count} clients: {ids}.\n{toCheck} days are still to check and {missing} absences have no reason: confirm them in the sidebar and make the notices again.\n\nChecklist: sheet {sheet}\nNotices (coaches only): {folder}\n\nEtäpaja',
    'kela.monthly.total': 'Total',
    'kela.monthly.reasonColumn': 'Absent: {reason}',
  },
});
