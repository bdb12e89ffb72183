import { defineMessages } from '../define';

/**
 * Quota planning: the coach's warning, the night before the weekly dispatch, that the day's mail
 * quota will not carry it. Coach-facing only. Counts stand after a colon or as a subject, so
 * the sentences read right for one mail as for many.
 */
export const quota = defineMessages({
  fi: {
    'quota.warning.subject': 'Etäpaja: viikon {week} viestit eivät mahdu päivän postikiintiöön',
    'quota.warning.intro':
      'Viikkoviestien lähetyspäivänä {date} tarvittaisiin {needed} vastaanottajaa (viikko- ja tervetuloviestit, tapaamismuistutukset ja yhteenvedot), mutta tililtä voi lähettää noin {quota} vastaanottajalle vuorokaudessa.',
    'quota.warning.spread':
      'Etäpaja jakaa asiakasviestit itse seuraaville päiville. Lähetyspäivänä lähtee {first}, myöhemmin {waiting}, näin:',
    'quota.warning.day': '{weekday} {date}: {count}',
    'quota.warning.stuck':
      'Kiintiö ei riitä lainkaan näille viesteille: {count}. Ota yhteyttä ylläpitäjään.',
    'quota.warning.nothingNeeded':
      'Sinun ei tarvitse tehdä mitään: odottavat viestit lähtevät itsestään, ja lähetyksen yhteenveto kertoo, keiden viestit odottavat.',
    'quota.warning.split':
      'Jos kaikkien viestien pitää lähteä samana päivänä, pyydä ylläpitäjää jakamaan lähetys ohjaajittain: kukin ohjaaja lähettää omien asiakkaidensa viestit omalta tililtään, jolloin kiintiökin on oma.',
    'quota.log':
      'Viikon {week} lähetys ei mahdu päivän postikiintiöön ({needed} / {quota}). Asiakasviestejä lähetyspäivänä {date}: {first}, myöhemmin: {waiting} (viimeinen päivä {last}).',
  },
  sv: {
    'quota.warning.subject': 'Etäpaja: meddelandena för vecka {week} ryms inte i dagens e-postkvot',
    'quota.warning.intro':
      'På utskicksdagen {date} skulle det behövas {needed} mottagare (vecko- och välkomstmeddelanden, mötespåminnelser och sammandrag), men kontot kan skicka till cirka {quota} mottagare per dygn.',
    'quota.warning.spread':
      'Etäpaja fördelar själv klientmeddelandena på de följande dagarna. På utskicksdagen går {first}, senare {waiting}:',
    'quota.warning.day': '{weekday} {date}: {count}',
    'quota.warning.stuck':
      'Kvoten räcker inte alls för dessa meddelanden: {count}. Kontakta administratören.',
    'quota.warning.nothingNeeded':
      'Du behöver inte göra något: de väntande meddelandena skickas automatiskt, och utskickets sammandrag visar vems meddelanden som väntar.',
    'quota.warning.split':
      'Om alla meddelanden måste gå samma dag, be administratören att dela utskicket per handledare: varje handledare skickar sina egna klienters meddelanden från sitt eget konto, med sin egen kvot.',
    'quota.log':
      'Utskicket för vecka {week} ryms inte i dagens e-postkvot ({needed} / {quota}). Klientmeddelanden på utskicksdagen {date}: {first}, senare: {waiting} (sista dagen {last}).',
  },
  en: {
    'quota.warning.subject': "Etäpaja: the mails of week {week} do not fit the day's mail quota",
    'quota.warning.intro':
      'On the dispatch day, {date}, the weekly run would need {needed} recipients (weekly and welcome mails, meeting reminders and summaries), but this account can mail about {quota} recipients a day.',
    'quota.warning.spread':
      'Etäpaja spreads the client mails over the next days by itself. On the dispatch day {first} go, later {waiting}:',
    'quota.warning.day': '{weekday} {date}: {count}',
    'quota.warning.stuck':
      'The quota cannot carry these mails at all: {count}. Contact your administrator.',
    'quota.warning.nothingNeeded':
      'You need not do anything: the waiting mails go by themselves, and the dispatch summary tells whose mails wait.',
    'quota.warning.split':
      "If every mail must go on the same day, ask your administrator to split the sending by coach: each coach sends their own clients' mails from their own account, with its own quota.",
    'quota.log':
      "The dispatch of week {week} does not fit the day's mail quota ({needed} / {quota}). Client mails on the dispatch day {date}: {first}, later: {waiting} (the last day {last}).",
  },
});
