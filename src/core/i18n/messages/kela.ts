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
    'kela.checklist.checkFirst':
      'Tarkista ensin {count, plural, one {# päivä} other {# päivää}}, sitten tee ilmoitukset uudelleen',
    'kela.mail.body':
      'Hei,\n\njakso {start}–{end} on päättynyt. {count, plural, =0 {{toCheck, plural, =0 {Kelalle ei ole ilmoitettavaa: jaksolla ei ole poissaoloja eikä päiviä ilman palvelua.} other {Kelalle ei ole vielä ilmoitettavaa, koska jaksolla ei ole vahvistettuja poissaoloja. Tarkista ensin päivät.}}} one {Kelan poissaoloilmoitus tarvitaan 1 asiakkaalle: {ids}.} other {Kelan poissaoloilmoituksia tarvitaan # asiakkaalle: {ids}.}}{toCheck, plural, =0 {} one {\nTarkistamatta on vielä 1 päivä: vahvista se sivupalkissa ja tee ilmoitukset uudelleen.} other {\nTarkistamatta on vielä # päivää: vahvista ne sivupalkissa ja tee ilmoitukset uudelleen.}}{missing, plural, =0 {} one {\n1 poissaololta puuttuu syy: lisää se sivupalkissa.} other {\n# poissaololta puuttuu syy: lisää ne sivupalkissa.}}\n\nTarkistuslista: välilehti {sheet}{count, plural, =0 {} other {\nIlmoitukset (vain ohjaajat): {folder}}}\n\nEtäpaja',
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
      'Hej,\n\nperioden {start}–{end} har tagit slut. {count, plural, =0 {{toCheck, plural, =0 {Det finns inget att anmäla till FPA: perioden har ingen frånvaro och inga dagar utan service.} other {Det finns ännu inget att anmäla till FPA, eftersom perioden inte har någon bekräftad frånvaro. Kontrollera först dagarna.}}} one {FPA-anmälan om frånvaro behövs för 1 klient: {ids}.} other {FPA-anmälan om frånvaro behövs för # klienter: {ids}.}}{toCheck, plural, =0 {} one {\n1 dag är ännu inte kontrollerad: bekräfta den i sidofältet och gör anmälningarna på nytt.} other {\n# dagar är ännu inte kontrollerade: bekräfta dem i sidofältet och gör anmälningarna på nytt.}}{missing, plural, =0 {} one {\n1 frånvarodag saknar orsak: lägg till den i sidofältet.} other {\n# frånvarodagar saknar orsak: lägg till dem i sidofältet.}}\n\nChecklista: fliken {sheet}{count, plural, =0 {} other {\nAnmälningarna (bara handledare): {folder}}}\n\nEtäpaja',
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
    'kela.checklist.checkFirst':
      'Check {count, plural, one {# day} other {# days}} first, then make the notices again',
    'kela.mail.body':
      'Hello,\n\nthe period {start}–{end} has ended. {count, plural, =0 {{toCheck, plural, =0 {There is nothing to report to Kela: the period has no absences and no days without service.} other {There is nothing to report to Kela yet, as the period has no confirmed absences. Check the days first.}}} one {A Kela absence notice is needed for 1 client: {ids}.} other {Kela absence notices are needed for # clients: {ids}.}}{toCheck, plural, =0 {} one {\n1 day is still to check: confirm it in the sidebar and make the notices again.} other {\n# days are still to check: confirm them in the sidebar and make the notices again.}}{missing, plural, =0 {} one {\n1 absence has no reason: add it in the sidebar.} other {\n# absences have no reason: add them in the sidebar.}}\n\nChecklist: sheet {sheet}{count, plural, =0 {} other {\nNotices (coaches only): {folder}}}\n\nEtäpaja',
    'kela.monthly.total': 'Total',
    'kela.monthly.reasonColumn': 'Absent: {reason}',
  },
});
