import { defineMessages } from '../define';

/**
 * Attendance the coach signs (issues 14 and 17): why a day cannot carry attendance, flags on
 * reported hours, the evidence sources, and the coach's "to check" list in the sidebar.
 */
export const attendance = defineMessages({
  fi: {
    'attendance.refused.future': '{date} ei ole vielä ohi. Merkitse päivä, kun se on mennyt.',
    'attendance.refused.before-period': '{date} on ennen asiakkaan sopimusjakson alkua.',
    'attendance.refused.after-period': '{date} on asiakkaan sopimusjakson päättymisen jälkeen.',
    'attendance.refused.not-work-day':
      '{date} ei ole asiakkaan työtoimintapäivä eikä suunnitelmassa.',
    'attendance.refused.holiday': '{date} on arkipyhä: työtoimintaa ei järjestetä.',
    'attendance.refused.closed': '{date} on asetuksissa suljettu päivä.',
    'attendance.hours.hours-out-of-range':
      'Tunnit {hours} eivät ole sallitulla välillä 0–{max} h. Tarkista asiakkaalta.',
    'attendance.hours.hours-below-minimum':
      'Tunnit {hours} jäävät alle päivän vähimmäismäärän {min} h.',
    'attendance.source.reflection': 'päiväkirja',
    'attendance.source.upload': 'palautus',
    'attendance.source.meeting': 'tapaaminen',
    'attendance.check.heading': 'Tarkistettavat päivät',
    'attendance.check.intro':
      'Päiväkirja ja palautukset ehdottavat, sinä päätät. Vain vahvistetut päivät menevät Kelan ilmoituksiin ja kulukorvaukseen.',
    'attendance.check.none': 'Ei tarkistettavia päiviä.',
    'attendance.check.more': '… ja {count} muuta päivää Läsnäolot-välilehdellä.',
    'attendance.check.proposedPresent': 'ehdotus: läsnä ({sources})',
    'attendance.check.noEvidence': 'ei päiväkirjaa eikä palautusta – kysy asiakkaalta',
    'attendance.check.present': 'Läsnä',
    'attendance.check.absent': 'Poissa',
    'attendance.check.presentLabel': '{name} {date}: läsnä',
    'attendance.check.absentLabel': '{name} {date}: poissa, syy',
    'attendance.check.reasonLabel': 'Poissaolon syy: {name} {date}',
    'attendance.check.done': '{name} {date}: {status}.',
    'attendance.check.bulk': 'Vahvista jakson {start}–{end} ehdotetut läsnäolot',
    'attendance.check.bulkDone':
      'Vahvistettu {confirmed} päivää läsnä. Tarkistettavana on vielä {toCheck} päivää ilman todisteita.',
    'attendance.monthly.heading': 'Kuukausikooste',
    'attendance.monthly.month': 'Kuukausi',
    'attendance.monthly.make': 'Tee kuukausikooste',
    'attendance.monthly.done': 'Kuukausi {month}: kooste ja kaavio ovat välilehdellä {sheet}.',
    'attendance.monthly.attended': 'Läsnäolopäivät (vahvistetut)',
    'attendance.monthly.allowanceDays': 'Kulukorvauspäivät',
    'attendance.monthly.allowanceEuros': 'Kulukorvaus yhteensä (€)',
    'attendance.monthly.absent': 'Poissaolopäivät',
    'attendance.monthly.noService': 'Palvelua ei järjestetty',
    'attendance.monthly.open': 'Tarkistamatta',
    'attendance.monthly.byReason': 'Poissaolot syyn mukaan:',
    'attendance.monthly.chart': 'Läsnä, poissa ja palvelua ei järjestetty asiakkaittain {month}',
    'attendance.monthly.barLabel':
      '{id}: läsnä {attended}, poissa {absent}, palvelua ei järjestetty {noService}',
    'attendance.monthly.legend':
      'Vihreä = läsnä, punainen = poissa, harmaa = palvelua ei järjestetty.',
    'attendance.report.done':
      'Jakso {start}–{end}: {count} Kela-ilmoitusta. Tarkistuslista on välilehdellä {sheet}.',
    'attendance.report.toCheck':
      'Tarkistamatta on {toCheck} päivää: vahvista ne ja tee ilmoitukset uudelleen.',
    'attendance.report.notice': 'Kela-ilmoitus: {name} ({id})',
    'attendance.report.folder': 'Avaa Kela-ilmoitusten kansio (vain ohjaajat)',
    'attendance.mypage.heading': 'Asiakkaan oma sivu',
    'attendance.mypage.intro':
      'Asiakas näkee omalla sivullaan viikkonsa, päiväkirjansa ja vahvistamasi päivät ilman Google-tiliä. Kopioi osoite ja lähetä se asiakkaalle.',
    'attendance.mypage.show': 'Näytä osoite',
    'attendance.mypage.none':
      'Osoitetta ei ole: asiakas on päättynyt tai verkkosovellusta ei ole otettu käyttöön.',
  },
  sv: {
    'attendance.refused.future': '{date} är inte över ännu. Markera dagen när den har gått.',
    'attendance.refused.before-period': '{date} är före klientens avtalsperiod.',
    'attendance.refused.after-period': '{date} är efter att klientens avtalsperiod har slutat.',
    'attendance.refused.not-work-day':
      '{date} är inte klientens arbetsverksamhetsdag och finns inte i planen.',
    'attendance.refused.holiday': '{date} är en helgdag: ingen arbetsverksamhet ordnas.',
    'attendance.refused.closed': '{date} är en stängd dag i inställningarna.',
    'attendance.hours.hours-out-of-range':
      'Timmarna {hours} ligger inte mellan 0 och {max} h. Fråga klienten.',
    'attendance.hours.hours-below-minimum': 'Timmarna {hours} är färre än dagens minimum {min} h.',
    'attendance.source.reflection': 'dagbok',
    'attendance.source.upload': 'inlämning',
    'attendance.source.meeting': 'möte',
    'attendance.check.heading': 'Dagar att kontrollera',
    'attendance.check.intro':
      'Dagboken och inlämningarna föreslår, du bestämmer. Bara bekräftade dagar går till FPA:s anmälningar och kostnadsersättningen.',
    'attendance.check.none': 'Inga dagar att kontrollera.',
    'attendance.check.more': '… och {count} dagar till på fliken Närvaro.',
    'attendance.check.proposedPresent': 'förslag: närvarande ({sources})',
    'attendance.check.noEvidence': 'ingen dagbok eller inlämning – fråga klienten',
    'attendance.check.present': 'Närvarande',
    'attendance.check.absent': 'Frånvarande',
    'attendance.check.presentLabel': '{name} {date}: närvarande',
    'attendance.check.absentLabel': '{name} {date}: frånvarande, orsak',
    'attendance.check.reasonLabel': 'Frånvaroorsak: {name} {date}',
    'attendance.check.done': '{name} {date}: {status}.',
    'attendance.check.bulk': 'Bekräfta föreslagen närvaro för perioden {start}–{end}',
    'attendance.check.bulkDone':
      '{confirmed} dagar bekräftade som närvaro. {toCheck} dagar utan belägg återstår att kontrollera.',
    'attendance.monthly.heading': 'Månadssammandrag',
    'attendance.monthly.month': 'Månad',
    'attendance.monthly.make': 'Gör månadssammandraget',
    'attendance.monthly.done':
      'Månad {month}: sammandraget och diagrammet finns på fliken {sheet}.',
    'attendance.monthly.attended': 'Närvarodagar (bekräftade)',
    'attendance.monthly.allowanceDays': 'Dagar med kostnadsersättning',
    'attendance.monthly.allowanceEuros': 'Kostnadsersättning totalt (€)',
    'attendance.monthly.absent': 'Frånvarodagar',
    'attendance.monthly.noService': 'Ingen service ordnades',
    'attendance.monthly.open': 'Inte kontrollerade',
    'attendance.monthly.byReason': 'Frånvaro enligt orsak:',
    'attendance.monthly.chart': 'Närvaro, frånvaro och dagar utan service per klient {month}',
    'attendance.monthly.barLabel':
      '{id}: närvarande {attended}, frånvarande {absent}, ingen service {noService}',
    'attendance.monthly.legend':
      'Grönt = närvarande, rött = frånvarande, grått = ingen service ordnades.',
    'attendance.report.done':
      'Perioden {start}–{end}: {count} FPA-anmälningar. Checklistan finns på fliken {sheet}.',
    'attendance.report.toCheck':
      '{toCheck} dagar är inte kontrollerade: bekräfta dem och gör anmälningarna på nytt.',
    'attendance.report.notice': 'FPA-anmälan: {name} ({id})',
    'attendance.report.folder': 'Öppna mappen med FPA-anmälningar (bara handledare)',
    'attendance.mypage.heading': 'Klientens egen sida',
    'attendance.mypage.intro':
      'På sin egen sida ser klienten sin vecka, sin dagbok och de dagar du har bekräftat, utan Google-konto. Kopiera adressen och skicka den till klienten.',
    'attendance.mypage.show': 'Visa adressen',
    'attendance.mypage.none': 'Ingen adress: klienten har avslutat eller webbappen är inte i bruk.',
  },
  en: {
    'attendance.refused.future': '{date} has not ended yet. Mark the day once it is over.',
    'attendance.refused.before-period': "{date} is before the client's contract period.",
    'attendance.refused.after-period': "{date} is after the client's contract period ended.",
    'attendance.refused.not-work-day': "{date} is not one of the client's days nor in the plan.",
    'attendance.refused.holiday': '{date} is a public holiday: no work activity is arranged.',
    'attendance.refused.closed': '{date} is a closed day in the settings.',
    'attendance.hours.hours-out-of-range':
      'The hours {hours} are not between 0 and {max} h. Check with the client.',
    'attendance.hours.hours-below-minimum':
      "The hours {hours} are below the day's minimum of {min} h.",
    'attendance.source.reflection': 'diary',
    'attendance.source.upload': 'upload',
    'attendance.source.meeting': 'meeting',
    'attendance.check.heading': 'Days to check',
    'attendance.check.intro':
      "The diary and uploads propose, you decide. Only confirmed days go into Kela's notices and the expense allowance.",
    'attendance.check.none': 'No days to check.',
    'attendance.check.more': '… and {count} more days on the Attendance sheet.',
    'attendance.check.proposedPresent': 'proposed: present ({sources})',
    'attendance.check.noEvidence': 'no diary or upload – ask the client',
    'attendance.check.present': 'Present',
    'attendance.check.absent': 'Absent',
    'attendance.check.presentLabel': '{name} {date}: present',
    'attendance.check.absentLabel': '{name} {date}: absent, reason',
    'attendance.check.reasonLabel': 'Absence reason: {name} {date}',
    'attendance.check.done': '{name} {date}: {status}.',
    'attendance.check.bulk': 'Confirm the proposed attendance of {start}–{end}',
    'attendance.check.bulkDone':
      '{confirmed} days confirmed as present. {toCheck} days without evidence are still to check.',
    'attendance.monthly.heading': 'Monthly summary',
    'attendance.monthly.month': 'Month',
    'attendance.monthly.make': 'Make the monthly summary',
    'attendance.monthly.done': 'Month {month}: the summary and its chart are on the sheet {sheet}.',
    'attendance.monthly.attended': 'Attended days (confirmed)',
    'attendance.monthly.allowanceDays': 'Allowance days',
    'attendance.monthly.allowanceEuros': 'Expense allowance in total (€)',
    'attendance.monthly.absent': 'Absence days',
    'attendance.monthly.noService': 'No service arranged',
    'attendance.monthly.open': 'Still to check',
    'attendance.monthly.byReason': 'Absences by reason:',
    'attendance.monthly.chart': 'Attended, absent and no-service days per client, {month}',
    'attendance.monthly.barLabel':
      '{id}: attended {attended}, absent {absent}, no service arranged {noService}',
    'attendance.monthly.legend': 'Green = attended, red = absent, grey = no service arranged.',
    'attendance.report.done':
      'Period {start}–{end}: {count} Kela notices. The checklist is on the sheet {sheet}.',
    'attendance.report.toCheck':
      '{toCheck} days are still to check: confirm them and make the notices again.',
    'attendance.report.notice': 'Kela notice: {name} ({id})',
    'attendance.report.folder': 'Open the Kela notices folder (coaches only)',
    'attendance.mypage.heading': "The client's own page",
    'attendance.mypage.intro':
      'On their own page the client sees their week, their diary and the days you confirmed, without a Google account. Copy the address and send it to the client.',
    'attendance.mypage.show': 'Show the address',
    'attendance.mypage.none': 'No address: the client has ended or the web app is not deployed.',
  },
});
