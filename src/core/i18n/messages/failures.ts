import { defineMessages } from '../define';

/**
 * Failures by kind (src/core/failure-kind.ts) as a coach reads them in the send log and in
 * alerts, the coach-mail cap, and late weekly mails (issue 14). Coach-facing only.
 */
export const failures = defineMessages({
  fi: {
    'failure.kind.weekly': 'viikkokirje',
    'failure.kind.welcome': 'tervetuloviesti',
    'failure.kind.reminder': 'muistutus',
    'failure.kind.coach-alert': 'ohjaajan ilmoitus',
    'failure.kind.report': 'raportti',
    'failure.kind.weekly-resend': 'uudelleen lähetetty viikkokirje',
    'failure.alert.all': 'Kaikki',
    'failure.permanent.address':
      'Google ei hyväksy sähköpostiosoitetta. Korjaa osoite Asiakkaat-välilehdellä; viesti lähtee seuraavalla ajolla.',
    'failure.permanent.noAddress': 'Viestillä ei ole vastaanottajaa. Lisää sähköpostiosoite.',
    'failure.permanent.notOneAddress':
      'Sähköpostikentässä on muuta kuin yksi osoite (esimerkiksi kaksi osoitetta tai nimi). Viestiä ei lähetetty kenellekään. Korjaa osoite Asiakkaat-välilehdellä; viesti lähtee seuraavalla ajolla.',
    'failure.permanent.tooManyRecipients': 'Viestissä on liikaa vastaanottajia (enintään 50).',
    'failure.permanent.tooLarge': 'Google ei hyväksy viestiä, koska se on liian suuri.',
    'failure.permanent.refused': 'Google ei hyväksynyt viestin tietoja.',
    'failure.permanent.unknown':
      'Viestiä ei voitu lähettää. Tarkista asiakkaan tiedot; voit lähettää viestin uudelleen asiakaskortilta.',
    'failure.transient.unavailable':
      'Googlen palvelu ei vastannut hetkeen; Etäpaja yrittää uudelleen seuraavalla ajolla.',
    'failure.transient.lock':
      'Toinen ajo oli kesken; Etäpaja yrittää uudelleen seuraavalla ajolla.',
    'failure.transient.timeout':
      'Googlen palvelu ei vastannut ajoissa; Etäpaja yrittää uudelleen seuraavalla ajolla.',
    'failure.transient.rate':
      'Googlen palvelua kutsuttiin liian tiheään; Etäpaja yrittää uudelleen seuraavalla ajolla.',
    'failure.quota':
      'Tämän päivän sähköpostikiintiö loppui; loput viestit lähtevät, kun Google palauttaa kiintiön.',
    'failure.fatal': 'Ajo keskeytyi aikarajaan.',
    'failure.alert.subject': 'Etäpaja: {count} uutta ongelmaa ({date})',
    'failure.alert.intro':
      'Nämä ongelmat tulivat esiin tänään. Muut asiakkaat saivat viestinsä. Lisätiedot ovat Lähetykset-välilehdellä.',
    'failure.alert.parked': 'viestiä {kind} ei lähetetty: {reason}',
    'failure.alert.uncertain':
      'viestin {kind} lähetys keskeytyi, eikä ole varmaa, menikö se perille. Etäpaja ei lähetä sitä uudelleen itse: kysy asiakkaalta ja lähetä tarvittaessa uudelleen asiakaskortilta.',
    'failure.alert.waiting': '{count} viestiä odottaa: {reason}',
    'failure.alert.late': 'viikkokirje viikolle {week} lähti myöhässä ({date}), koska: {reason}',
    'failure.late.noRun':
      'viikkolähetys ei päässyt ajoon ajallaan (Googlen palvelut eivät vastanneet)',
    'failure.late.planned': 'ensi viikon suunnitelma puuttui ja tehtiin vasta nyt',
    'failure.cap.subject': 'Etäpaja: paljon ongelmia tänään ({date}) – avaa työkirja',
    'failure.cap.text':
      'Etäpaja on lähettänyt sinulle tänään jo {count} ilmoitusta. Jotta postilaatikkosi ei täyty, tänään ei tule enempää. Avaa työkirja: Lähetykset- ja Loki-välilehdet kertovat kaiken, ja huominen kooste kokoaa loput.',
    'settings.label.coachMailsPerDay': 'Ilmoituksia ohjaajalle päivässä enintään',
    'workbook.setting.coachMailsPerDay':
      'Enintään näin monta Etäpajan ilmoitusta ohjaajalle päivässä (viimeinen kertoo, että raja tuli vastaan).',
  },
  sv: {
    'failure.kind.weekly': 'veckobrev',
    'failure.kind.welcome': 'välkomstmeddelande',
    'failure.kind.reminder': 'påminnelse',
    'failure.kind.coach-alert': 'handledarmeddelande',
    'failure.kind.report': 'rapport',
    'failure.kind.weekly-resend': 'omskickat veckobrev',
    'failure.alert.all': 'Alla',
    'failure.permanent.address':
      'Google godtar inte e-postadressen. Rätta adressen på fliken Klienter; meddelandet skickas vid nästa körning.',
    'failure.permanent.noAddress': 'Meddelandet har ingen mottagare. Lägg till en e-postadress.',
    'failure.permanent.notOneAddress':
      'E-postfältet innehåller något annat än en adress (till exempel två adresser eller ett namn). Meddelandet skickades inte till någon. Rätta adressen på fliken Klienter; meddelandet skickas vid nästa körning.',
    'failure.permanent.tooManyRecipients': 'Meddelandet har för många mottagare (högst 50).',
    'failure.permanent.tooLarge': 'Google godtar inte meddelandet eftersom det är för stort.',
    'failure.permanent.refused': 'Google godtog inte meddelandets uppgifter.',
    'failure.permanent.unknown':
      'Meddelandet kunde inte skickas. Kontrollera klientens uppgifter; du kan skicka om det från klientkortet.',
    'failure.transient.unavailable':
      'Googles tjänst svarade inte en stund; Etäpaja försöker igen vid nästa körning.',
    'failure.transient.lock': 'En annan körning pågick; Etäpaja försöker igen vid nästa körning.',
    'failure.transient.timeout':
      'Googles tjänst svarade inte i tid; Etäpaja försöker igen vid nästa körning.',
    'failure.transient.rate':
      'Googles tjänst anropades för tätt; Etäpaja försöker igen vid nästa körning.',
    'failure.quota': 'Dagens e-postkvot tog slut; resten skickas när Google återställer kvoten.',
    'failure.fatal': 'Körningen avbröts vid tidsgränsen.',
    'failure.alert.subject': 'Etäpaja: {count} nya problem ({date})',
    'failure.alert.intro':
      'De här problemen uppstod i dag. Övriga klienter fick sina meddelanden. Mer finns på fliken Utskick.',
    'failure.alert.parked': 'meddelandet {kind} skickades inte: {reason}',
    'failure.alert.uncertain':
      'utskicket av {kind} avbröts och det är oklart om det kom fram. Etäpaja skickar det inte om själv: fråga klienten och skicka vid behov om från klientkortet.',
    'failure.alert.waiting': '{count} meddelanden väntar: {reason}',
    'failure.alert.late': 'veckobrevet för vecka {week} gick ut sent ({date}), eftersom: {reason}',
    'failure.late.noRun': 'veckoutskicket kunde inte köras i tid (Googles tjänster svarade inte)',
    'failure.late.planned': 'nästa veckas plan saknades och gjordes först nu',
    'failure.cap.subject': 'Etäpaja: många problem i dag ({date}) – öppna arbetsboken',
    'failure.cap.text':
      'Etäpaja har redan skickat dig {count} meddelanden i dag. För att inte fylla din inkorg kommer inga fler i dag. Öppna arbetsboken: flikarna Utskick och Logg visar allt, och morgondagens sammanfattning samlar resten.',
    'settings.label.coachMailsPerDay': 'Högst meddelanden till en handledare per dag',
    'workbook.setting.coachMailsPerDay':
      'Högst så här många meddelanden från Etäpaja till en handledare per dag (det sista säger att gränsen nåddes).',
  },
  en: {
    'failure.kind.weekly': 'weekly',
    'failure.kind.welcome': 'welcome',
    'failure.kind.reminder': 'reminder',
    'failure.kind.coach-alert': 'coach notice',
    'failure.kind.report': 'report',
    'failure.kind.weekly-resend': 'resent weekly',
    'failure.alert.all': 'All',
    'failure.permanent.address':
      'Google refuses the email address. Correct it on the Clients sheet; the mail goes on the next run.',
    'failure.permanent.noAddress': 'The mail has no recipient. Add an email address.',
    'failure.permanent.notOneAddress':
      'The email field holds something other than one address (two addresses or a name, for example). The mail went to nobody. Correct it on the Clients sheet; the mail goes on the next run.',
    'failure.permanent.tooManyRecipients': 'The mail has too many recipients (50 at most).',
    'failure.permanent.tooLarge': 'Google refuses the mail because it is too large.',
    'failure.permanent.refused': 'Google refused a value in the mail.',
    'failure.permanent.unknown':
      "The mail could not be sent. Check the client's details; you can resend it from the client card.",
    'failure.transient.unavailable':
      "Google's service did not answer for a while; Etäpaja tries again on the next run.",
    'failure.transient.lock': 'Another run was busy; Etäpaja tries again on the next run.',
    'failure.transient.timeout':
      "Google's service did not answer in time; Etäpaja tries again on the next run.",
    'failure.transient.rate':
      "Google's service was called too often; Etäpaja tries again on the next run.",
    'failure.quota': "Today's mail quota ran out; the rest goes when Google restores the quota.",
    'failure.fatal': 'The run was stopped at its time limit.',
    'failure.alert.subject': 'Etäpaja: {count} new problem(s) ({date})',
    'failure.alert.intro':
      'These problems came up today. Every other client got their mail. Details are on the Send log sheet.',
    'failure.alert.parked': '{kind} mail not sent: {reason}',
    'failure.alert.uncertain':
      'sending the {kind} mail was interrupted and it is not certain it arrived. Etäpaja does not resend it by itself: ask the client and resend from the client card if needed.',
    'failure.alert.waiting': '{count} mail(s) waiting: {reason}',
    'failure.alert.late': 'the weekly mail for week {week} went late ({date}) because: {reason}',
    'failure.late.noRun': "the weekly dispatch could not run on time (Google's services failed)",
    'failure.late.planned': "next week's plan was missing and was made only now",
    'failure.cap.subject': 'Etäpaja: many problems today ({date}) – open the workbook',
    'failure.cap.text':
      'Etäpaja has already sent you {count} notices today. So as not to flood your inbox, no more come today. Open the workbook: the Send log and Log sheets show everything, and tomorrow’s digest gathers the rest.',
    'settings.label.coachMailsPerDay': 'Notices to a coach per day, at most',
    'workbook.setting.coachMailsPerDay':
      'At most this many Etäpaja notices to a coach a day (the last one says the limit was reached).',
  },
});
