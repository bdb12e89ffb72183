import { defineMessages } from '../define';

/**
 * The workbook: setup, import reports, roster warnings, plans, dropdown words and the settings
 * sheet's descriptions. The coach reads these next to rows, so each says what to do.
 */
export const workbook = defineMessages({
  fi: {
    'workbook.rootFolderName': 'Etäpaja – asiakkaiden kansiot',
    'workbook.rootFolderNotShared':
      'Etäpajan kansio kuuluu käyttäjälle {owner}, eikä sitä ole jaettu sinulle. Pyydä, että {owner} lisää sinut Asetukset-välilehden ohjaajiin ja valitsee Etäpaja → Ota käyttöön. Sen jälkeen voit ottaa Etäpajan käyttöön.',
    'workbook.rootFolderShared': 'Asiakaskansiot jaettu ohjaajalle {who}.',
    'workbook.protection.system': 'Etäpaja kirjoittaa tämän sarakkeen. Älä muokkaa sitä.',
    'workbook.protection.header':
      'Sarakkeiden otsikot. Voit nimetä ne toisella kielellä, mutta älä poista niitä.',
    'workbook.import.duplicateInFile':
      'Sama sähköposti tai puhelin kuin tiedoston rivillä {line}. Riviä ei tuotu.',
    'workbook.import.duplicatePhone':
      'Sama puhelinnumero kuin asiakkaalla {id}. Tarkista, onko kyse samasta henkilöstä.',
    'workbook.import.conflict':
      '{column}: tuonnissa oli ”{imported}”, taulukossa on ”{kept}”. Taulukon arvo säilytettiin.',
    'workbook.import.notEnrolled':
      'Ei vielä mukana. Korjaa rivi ja valitse Etäpaja → Tarkista asiakkaat.',
    'workbook.import.summary':
      'Tuonti: {accepted} uutta, {updated} päivitetty, {rejected} hylätty.',
    'workbook.warning.prefix': 'Huom: {text}',
    'workbook.warning.noWorkDaysNextWeek': 'Asiakkaalla ei ole työtoimintapäiviä viikolla {week}.',
    'workbook.warning.duplicateEmail': 'Sama sähköposti kuin asiakkaalla {id}.',
    'workbook.plan.summary':
      'Viikko {week}: {added} uutta päivää, {updated} päivitetty, {kept} ohjaajan muokkaamaa säilytetty.',
    'workbook.plan.skipped.holiday': 'pyhäpäivä',
    'workbook.plan.skipped.no-service': 'palvelua ei järjestetä',
    'workbook.plan.skipped.closed': 'keskus suljettu',
    'workbook.groups.summary': '{count} uutta ryhmäehdotusta.',
    'workbook.choice.attendance.present': 'läsnä',
    'workbook.choice.attendance.absent': 'poissa',
    'workbook.choice.attendance.no-service': 'palvelua ei järjestetä',
    'workbook.choice.attendance.unknown': 'tarkistettava',
    'workbook.choice.absenceReason.own-illness': 'oma sairaus',
    'workbook.choice.absenceReason.child-illness': 'lapsen sairaus',
    'workbook.choice.absenceReason.job-interview': 'työhaastattelu',
    'workbook.choice.absenceReason.public-office': 'julkinen luottamustoimi',
    'workbook.choice.absenceReason.other': 'muu syy',
    'workbook.choice.absenceReason.unexcused': 'ilman syytä',
    'workbook.choice.returnFormat.writing': 'kirjoitus',
    'workbook.choice.returnFormat.photo': 'kuva',
    'workbook.choice.returnFormat.video': 'video',
    'workbook.choice.returnFormat.none': 'ei palautusta',
    'workbook.choice.mode.remote': 'etä',
    'workbook.choice.mode.in-person': 'lähi',
    'workbook.choice.mode.any': 'etä tai lähi',
    'workbook.choice.meetingKind.group': 'ryhmätapaaminen',
    'workbook.choice.meetingKind.one-to-one': 'yksilöohjaus',
    'workbook.choice.meetingKind.career': 'uraohjaus',
    'workbook.choice.meetingKind.consultation': 'etäkonsultaatio',
    'workbook.setting.lang': 'Työkirjan kieli: suomi, ruotsi tai englanti.',
    'workbook.setting.timeZone': 'Aikavyöhyke, yleensä Europe/Helsinki.',
    'workbook.setting.organisation': 'Palveluntuottajan nimi viesteissä.',
    'workbook.setting.clientGuideUrl':
      'Asiakasohjeen osoite (https://…); {lang} vaihtuu asiakkaan kieleksi (fi, sv, en). Tyhjä: ei linkkiä.',
    'workbook.setting.coaches': 'Ohjaajien sähköpostit pilkulla erotettuna.',
    'workbook.setting.sendWeekday': 'Viikkoviestin lähetyspäivä.',
    'workbook.setting.sendTime': 'Viikkoviestin lähetysaika (tt:mm).',
    'workbook.setting.minDaysPerWeek': 'Vähintään näin monta toimintapäivää viikossa.',
    'workbook.setting.maxDaysPerWeek': 'Enintään näin monta toimintapäivää viikossa.',
    'workbook.setting.minHoursPerDay': 'Vähintään näin monta tuntia päivässä.',
    'workbook.setting.maxHoursPerDay': 'Enintään näin monta tuntia päivässä.',
    'workbook.setting.maxHoursPerWeek': 'Enintään näin monta tuntia viikossa.',
    'workbook.setting.uploadsPerDay':
      'Enintään näin monta tiedostoa tai tekstiä asiakkaalta päivässä lataussivun kautta.',
    'workbook.setting.uploadMegabytesPerDay':
      'Enintään näin monta megatavua asiakkaalta päivässä lataussivun kautta.',
    'workbook.setting.minPeriodMonths': 'Jakson vähimmäispituus kuukausina.',
    'workbook.setting.maxPeriodMonths': 'Jakson enimmäispituus kuukausina.',
    'workbook.setting.retentionMonths':
      'Kuinka monta kuukautta päättyneen asiakkaan tiedot säilytetään.',
    'workbook.setting.plansNeedApproval':
      'Pitääkö ohjaajan hyväksyä viikkosuunnitelma ennen lähetystä (kyllä/ei).',
    'workbook.setting.allowanceEuros': 'Kelan kulukorvaus euroina läsnäolopäivältä.',
    'workbook.setting.closedDates':
      'Päivät, jolloin keskus on suljettu (esim. 22.12.2026–6.1.2027).',
    'workbook.setting.meetingPlatform': 'Tapaamisten linkki: meet tai oma linkki.',
    'workbook.setting.siteAddress':
      'Lähipäivien osoite asiakkaan viikkokirjeessä (esim. Pajakatu 1, Kunta).',
    'workbook.setting.siteDayStart': 'Lähipäivän alkamisaika (tt:mm).',
    'workbook.setting.remoteDayStart': 'Etäpäivän alkamisaika (tt:mm).',
    'workbook.setting.coachContacts':
      'Ohjaajien nimet ja puhelinnumerot asiakkaan kirjeeseen, yksi ohjaaja riville: sähköposti, nimi, puhelin.',
    'workbook.setting.reminderMorningTime':
      'Tapaamispäivän aamumuistutus lähtee tunnin sisällä tästä ajasta (tt:mm).',
    'workbook.setting.reminderSoonMinutes':
      'Toinen muistutus lähtee tunnin sisällä, kun tapaamisen alkuun on enintään näin monta minuuttia (vähintään 120).',
    'workbook.setting.mailPerCoach':
      'Postit ohjaajittain (kyllä/ei): kyllä = kunkin ohjaajan ajastukset postittavat vain hänen asiakkailleen; ensimmäinen ohjaaja hoitaa asiakkaat, joiden ohjaaja ei ole listalla.',
  },
  sv: {
    'workbook.rootFolderName': 'Etäpaja – klienternas mappar',
    'workbook.rootFolderNotShared':
      'Etäpajas mapp tillhör {owner} och har inte delats med dig. Be {owner} lägga till dig bland handledarna på fliken Inställningar och välja Etäpaja → Ta i bruk. Därefter kan du ta Etäpaja i bruk.',
    'workbook.rootFolderShared': 'Klientmapparna har delats med handledaren {who}.',
    'workbook.protection.system': 'Etäpaja skriver den här kolumnen. Ändra den inte.',
    'workbook.protection.header': 'Kolumnrubriker. Du kan byta språk på dem, men ta inte bort dem.',
    'workbook.import.duplicateInFile':
      'Samma e-post eller telefon som på rad {line} i filen. Raden importerades inte.',
    'workbook.import.duplicatePhone':
      'Samma telefonnummer som klienten {id}. Kontrollera om det är samma person.',
    'workbook.import.conflict':
      '{column}: importen hade ”{imported}”, bladet har ”{kept}”. Bladets värde behölls.',
    'workbook.import.notEnrolled':
      'Inte med ännu. Rätta raden och välj Etäpaja → Kontrollera klienter.',
    'workbook.import.summary':
      'Import: {accepted} nya, {updated} uppdaterade, {rejected} avvisade.',
    'workbook.warning.prefix': 'Obs: {text}',
    'workbook.warning.noWorkDaysNextWeek': 'Klienten har inga verksamhetsdagar vecka {week}.',
    'workbook.warning.duplicateEmail': 'Samma e-post som klienten {id}.',
    'workbook.plan.summary':
      'Vecka {week}: {added} nya dagar, {updated} uppdaterade, {kept} ändrade av handledaren behölls.',
    'workbook.plan.skipped.holiday': 'helgdag',
    'workbook.plan.skipped.no-service': 'ingen service ordnas',
    'workbook.plan.skipped.closed': 'centret stängt',
    'workbook.groups.summary': '{count} nya gruppförslag.',
    'workbook.choice.attendance.present': 'närvarande',
    'workbook.choice.attendance.absent': 'frånvarande',
    'workbook.choice.attendance.no-service': 'ingen service ordnas',
    'workbook.choice.attendance.unknown': 'att kontrollera',
    'workbook.choice.absenceReason.own-illness': 'egen sjukdom',
    'workbook.choice.absenceReason.child-illness': 'barnets sjukdom',
    'workbook.choice.absenceReason.job-interview': 'arbetsintervju',
    'workbook.choice.absenceReason.public-office': 'offentligt förtroendeuppdrag',
    'workbook.choice.absenceReason.other': 'annan orsak',
    'workbook.choice.absenceReason.unexcused': 'utan orsak',
    'workbook.choice.returnFormat.writing': 'text',
    'workbook.choice.returnFormat.photo': 'foto',
    'workbook.choice.returnFormat.video': 'video',
    'workbook.choice.returnFormat.none': 'ingen retur',
    'workbook.choice.mode.remote': 'distans',
    'workbook.choice.mode.in-person': 'när',
    'workbook.choice.mode.any': 'distans eller när',
    'workbook.choice.meetingKind.group': 'gruppmöte',
    'workbook.choice.meetingKind.one-to-one': 'individuell handledning',
    'workbook.choice.meetingKind.career': 'karriärvägledning',
    'workbook.choice.meetingKind.consultation': 'distanskonsultation',
    'workbook.setting.lang': 'Arbetsbokens språk: finska, svenska eller engelska.',
    'workbook.setting.timeZone': 'Tidszon, oftast Europe/Helsinki.',
    'workbook.setting.organisation': 'Serviceproducentens namn i meddelanden.',
    'workbook.setting.clientGuideUrl':
      'Klientguidens adress (https://…); {lang} blir klientens språk (fi, sv, en). Tom: ingen länk.',
    'workbook.setting.coaches': 'Handledarnas e-postadresser, åtskilda med kommatecken.',
    'workbook.setting.sendWeekday': 'Dag då veckomeddelandet skickas.',
    'workbook.setting.sendTime': 'Klockslag då veckomeddelandet skickas (hh:mm).',
    'workbook.setting.minDaysPerWeek': 'Minst så här många verksamhetsdagar per vecka.',
    'workbook.setting.maxDaysPerWeek': 'Högst så här många verksamhetsdagar per vecka.',
    'workbook.setting.minHoursPerDay': 'Minst så här många timmar per dag.',
    'workbook.setting.maxHoursPerDay': 'Högst så här många timmar per dag.',
    'workbook.setting.maxHoursPerWeek': 'Högst så här många timmar per vecka.',
    'workbook.setting.uploadsPerDay':
      'Högst så här många filer eller texter per klient och dag via uppladdningssidan.',
    'workbook.setting.uploadMegabytesPerDay':
      'Högst så här många megabyte per klient och dag via uppladdningssidan.',
    'workbook.setting.minPeriodMonths': 'Periodens minsta längd i månader.',
    'workbook.setting.maxPeriodMonths': 'Periodens största längd i månader.',
    'workbook.setting.retentionMonths': 'Hur många månader en avslutad klients uppgifter sparas.',
    'workbook.setting.plansNeedApproval':
      'Måste handledaren godkänna veckoplanen före utskick (ja/nej).',
    'workbook.setting.allowanceEuros': 'FPA:s kostnadsersättning i euro per närvarodag.',
    'workbook.setting.closedDates': 'Dagar då centret är stängt (t.ex. 22.12.2026–6.1.2027).',
    'workbook.setting.meetingPlatform': 'Möteslänk: meet eller egen länk.',
    'workbook.setting.siteAddress':
      'Adressen för närdagar i klientens veckobrev (t.ex. Verkstadsgatan 1, Kommun).',
    'workbook.setting.siteDayStart': 'När en närdag börjar (hh:mm).',
    'workbook.setting.remoteDayStart': 'När en distansdag börjar (hh:mm).',
    'workbook.setting.coachContacts':
      'Handledarnas namn och telefonnummer för klientens brev, en handledare per rad: e-post, namn, telefon.',
    'workbook.setting.reminderMorningTime':
      'Morgonpåminnelsen på mötesdagen går inom en timme från denna tid (hh:mm).',
    'workbook.setting.reminderSoonMinutes':
      'Den andra påminnelsen går inom en timme när det är högst så här många minuter kvar till mötet (minst 120).',
    'workbook.setting.mailPerCoach':
      'Post per handledare (ja/nej): ja = varje handledares utlösare skickar bara till hens egna klienter; den första handledaren tar klienter vars handledare inte finns i listan.',
  },
  en: {
    'workbook.rootFolderName': 'Etäpaja – client folders',
    'workbook.rootFolderNotShared':
      "Etäpaja's folder belongs to {owner} and is not shared with you. Ask {owner} to add you to the coaches on the Settings sheet and choose Etäpaja → Set up. Then you can set up Etäpaja.",
    'workbook.rootFolderShared': 'Client folders shared with coach {who}.',
    'workbook.protection.system': 'Etäpaja writes this column. Please do not edit it.',
    'workbook.protection.header':
      'Column headers. You may rename them into another language, but do not delete them.',
    'workbook.import.duplicateInFile':
      'Same email or phone as line {line} of the file. The row was not imported.',
    'workbook.import.duplicatePhone':
      'Same phone number as client {id}. Check whether this is the same person.',
    'workbook.import.conflict':
      '{column}: the import had “{imported}”, the sheet has “{kept}”. The sheet value was kept.',
    'workbook.import.notEnrolled':
      'Not enrolled yet. Fix the row and choose Etäpaja → Check clients.',
    'workbook.import.summary': 'Import: {accepted} new, {updated} updated, {rejected} rejected.',
    'workbook.warning.prefix': 'Note: {text}',
    'workbook.warning.noWorkDaysNextWeek': 'The client has no work-activity days in week {week}.',
    'workbook.warning.duplicateEmail': 'Same email as client {id}.',
    'workbook.plan.summary':
      'Week {week}: {added} new days, {updated} updated, {kept} edited by a coach kept.',
    'workbook.plan.skipped.holiday': 'public holiday',
    'workbook.plan.skipped.no-service': 'no service arranged',
    'workbook.plan.skipped.closed': 'centre closed',
    'workbook.groups.summary': '{count} new group proposals.',
    'workbook.choice.attendance.present': 'present',
    'workbook.choice.attendance.absent': 'absent',
    'workbook.choice.attendance.no-service': 'no service arranged',
    'workbook.choice.attendance.unknown': 'to check',
    'workbook.choice.absenceReason.own-illness': 'own illness',
    'workbook.choice.absenceReason.child-illness': "child's illness",
    'workbook.choice.absenceReason.job-interview': 'job interview',
    'workbook.choice.absenceReason.public-office': 'public office',
    'workbook.choice.absenceReason.other': 'other reason',
    'workbook.choice.absenceReason.unexcused': 'unexcused',
    'workbook.choice.returnFormat.writing': 'writing',
    'workbook.choice.returnFormat.photo': 'photo',
    'workbook.choice.returnFormat.video': 'video',
    'workbook.choice.returnFormat.none': 'nothing to return',
    'workbook.choice.mode.remote': 'remote',
    'workbook.choice.mode.in-person': 'in person',
    'workbook.choice.mode.any': 'remote or in person',
    'workbook.choice.meetingKind.group': 'group meeting',
    'workbook.choice.meetingKind.one-to-one': 'one-to-one guidance',
    'workbook.choice.meetingKind.career': 'career guidance',
    'workbook.choice.meetingKind.consultation': 'remote consultation',
    'workbook.setting.lang': 'Workbook language: Finnish, Swedish or English.',
    'workbook.setting.timeZone': 'Time zone, usually Europe/Helsinki.',
    'workbook.setting.organisation': "The service provider's name in messages.",
    'workbook.setting.clientGuideUrl':
      "The client guide's address (https://…); {lang} becomes the client's language (fi, sv, en). Empty: no link.",
    'workbook.setting.coaches': "Coaches' email addresses, separated by commas.",
    'workbook.setting.sendWeekday': 'Day the weekly message is sent.',
    'workbook.setting.sendTime': 'Time the weekly message is sent (hh:mm).',
    'workbook.setting.minDaysPerWeek': 'At least this many work-activity days a week.',
    'workbook.setting.maxDaysPerWeek': 'At most this many work-activity days a week.',
    'workbook.setting.minHoursPerDay': 'At least this many hours a day.',
    'workbook.setting.maxHoursPerDay': 'At most this many hours a day.',
    'workbook.setting.maxHoursPerWeek': 'At most this many hours a week.',
    'workbook.setting.uploadsPerDay':
      'At most this many files or texts a day from one client through the upload page.',
    'workbook.setting.uploadMegabytesPerDay':
      'At most this many megabytes a day from one client through the upload page.',
    'workbook.setting.minPeriodMonths': 'Shortest period in months.',
    'workbook.setting.maxPeriodMonths': 'Longest period in months.',
    'workbook.setting.retentionMonths': "How many months a closed client's data is kept.",
    'workbook.setting.plansNeedApproval':
      'Must a coach approve the weekly plan before it is sent (yes/no).',
    'workbook.setting.allowanceEuros': "Kela's expense allowance in euros per attended day.",
    'workbook.setting.closedDates': 'Days the centre is closed (e.g. 22.12.2026–6.1.2027).',
    'workbook.setting.meetingPlatform': 'Meeting link: meet or own link.',
    'workbook.setting.siteAddress':
      "The workshop's address for in-person days in the client's letter (e.g. Workshop Street 1, Town).",
    'workbook.setting.siteDayStart': 'When an in-person day starts (hh:mm).',
    'workbook.setting.remoteDayStart': 'When a remote day starts (hh:mm).',
    'workbook.setting.coachContacts':
      "Coaches' names and phone numbers for the client's letter, one coach a line: email, name, phone.",
    'workbook.setting.reminderMorningTime':
      'The morning reminder on a meeting day goes within an hour of this time (hh:mm).',
    'workbook.setting.reminderSoonMinutes':
      'The second reminder goes within an hour once the meeting is at most this many minutes away (at least 120).',
    'workbook.setting.mailPerCoach':
      "Mail per coach (yes/no): yes = each coach's triggers mail only that coach's clients; the first coach takes clients whose coach is not listed.",
  },
});
