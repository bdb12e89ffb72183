import { defineMessages } from '../define';

/**
 * What the coach reads in the settings sheet's first column: each setting's name in the
 * workbook's language (the code name, e.g. `plansNeedApproval`, is still read but never shown),
 * and the explanations of the settings added for privacy and the service models.
 */
export const settingsLabels = defineMessages({
  fi: {
    'settings.label.lang': 'Työkirjan kieli',
    'settings.label.timeZone': 'Aikavyöhyke',
    'settings.label.organisation': 'Palveluntuottaja',
    'settings.label.coaches': 'Ohjaajat',
    'settings.label.sendWeekday': 'Viikkoviestin lähetyspäivä',
    'settings.label.sendTime': 'Viikkoviestin lähetysaika',
    'settings.label.minDaysPerWeek': 'Päiviä viikossa vähintään',
    'settings.label.maxDaysPerWeek': 'Päiviä viikossa enintään',
    'settings.label.minHoursPerDay': 'Tunteja päivässä vähintään',
    'settings.label.maxHoursPerDay': 'Tunteja päivässä enintään',
    'settings.label.maxHoursPerWeek': 'Tunteja viikossa enintään',
    'settings.label.minPeriodMonths': 'Jakso vähintään (kk)',
    'settings.label.maxPeriodMonths': 'Jakso enintään (kk)',
    'settings.label.retentionMonths': 'Säilytysaika (kk)',
    'settings.label.plansNeedApproval': 'Suunnitelmat hyväksytään ennen lähetystä',
    'settings.label.allowanceEuros': 'Kulukorvaus (€/päivä)',
    'settings.label.closedDates': 'Keskus suljettu',
    'settings.label.meetingPlatform': 'Tapaamisten linkki',
    'settings.label.clientGuideUrl': 'Asiakasohjeen osoite',
    'settings.label.mailPerCoach': 'Postit ohjaajittain',
    'settings.label.controllerName': 'Rekisterinpitäjä',
    'settings.label.privacyNoticeUrl': 'Tietosuojaselosteen osoite',
    'settings.label.substitutes': 'Sijaiset',
    'settings.label.intervalRemoteDates': 'Jaksomallin etäjaksot',
    'settings.label.shortTermMonths': 'Lyhytkestoisen jakson pituus (kk)',
    'settings.label.hybridInPersonDays': 'Hybridimallin lähipäivät',
    'settings.value.meet': 'Google Meet',
    'settings.value.own-link': 'oma linkki',
    'workbook.setting.controllerName':
      'Rekisterinpitäjä eli kunta tai hyvinvointialue, joka vastaa asiakkaiden tiedoista. Näkyy tervetuloviestissä.',
    'workbook.setting.privacyNoticeUrl':
      'Tietosuojaselosteen osoite (https://…). Tervetuloviesti linkittää siihen.',
    'workbook.setting.substitutes':
      'Sijaiset, jotka näkevät myös ohjaajan asiakkaiden kansiot: ohjaaja = sijainen, sijainen; seuraava ohjaaja omalle rivilleen tai puolipisteen jälkeen.',
    'workbook.setting.intervalRemoteDates':
      'Jaksomallin asiakkaat tekevät etätyötä vain näinä päivinä, kun keskus on kiinni (esim. 6.7.2026–17.7.2026). Muina viikkoina he ovat paikan päällä: ei etätehtäviä eikä viikkoviestiä. Tyhjä: aina etänä.',
    'workbook.setting.shortTermMonths':
      'Lyhytkestoinen jakso päättyy näin monen kuukauden päästä alusta, jatkosopimuksesta riippumatta.',
    'workbook.setting.hybridInPersonDays':
      'Hybridimallin lähipäivät, kun asiakkaan Lähipäivät-sarake on tyhjä (esim. ti, to).',
  },
  sv: {
    'settings.label.lang': 'Arbetsbokens språk',
    'settings.label.timeZone': 'Tidszon',
    'settings.label.organisation': 'Serviceproducent',
    'settings.label.coaches': 'Handledare',
    'settings.label.sendWeekday': 'Veckomeddelandets sändningsdag',
    'settings.label.sendTime': 'Veckomeddelandets sändningstid',
    'settings.label.minDaysPerWeek': 'Minst dagar per vecka',
    'settings.label.maxDaysPerWeek': 'Högst dagar per vecka',
    'settings.label.minHoursPerDay': 'Minst timmar per dag',
    'settings.label.maxHoursPerDay': 'Högst timmar per dag',
    'settings.label.maxHoursPerWeek': 'Högst timmar per vecka',
    'settings.label.minPeriodMonths': 'Perioden minst (mån.)',
    'settings.label.maxPeriodMonths': 'Perioden högst (mån.)',
    'settings.label.retentionMonths': 'Lagringstid (mån.)',
    'settings.label.plansNeedApproval': 'Planerna godkänns före utskick',
    'settings.label.allowanceEuros': 'Kostnadsersättning (€/dag)',
    'settings.label.closedDates': 'Centret stängt',
    'settings.label.meetingPlatform': 'Möteslänk',
    'settings.label.clientGuideUrl': 'Klientguidens adress',
    'settings.label.mailPerCoach': 'Post per handledare',
    'settings.label.controllerName': 'Personuppgiftsansvarig',
    'settings.label.privacyNoticeUrl': 'Dataskyddsbeskrivningens adress',
    'settings.label.substitutes': 'Vikarier',
    'settings.label.intervalRemoteDates': 'Intervallmodellens distansperioder',
    'settings.label.shortTermMonths': 'Kortvarig periods längd (mån.)',
    'settings.label.hybridInPersonDays': 'Hybridmodellens närvarodagar',
    'settings.value.meet': 'Google Meet',
    'settings.value.own-link': 'egen länk',
    'workbook.setting.controllerName':
      'Personuppgiftsansvarig, dvs. kommunen eller välfärdsområdet som ansvarar för klienternas uppgifter. Syns i välkomstmeddelandet.',
    'workbook.setting.privacyNoticeUrl':
      'Dataskyddsbeskrivningens adress (https://…). Välkomstmeddelandet länkar till den.',
    'workbook.setting.substitutes':
      'Vikarier som också ser handledarens klienters mappar: handledare = vikarie, vikarie; nästa handledare på egen rad eller efter semikolon.',
    'workbook.setting.intervalRemoteDates':
      'Klienter i intervallmodellen arbetar på distans bara dessa dagar, när centret är stängt (t.ex. 6.7.2026–17.7.2026). Andra veckor är de på plats: inga distansuppgifter och inget veckomeddelande. Tom: alltid på distans.',
    'workbook.setting.shortTermMonths':
      'En kortvarig period slutar så här många månader efter starten, oberoende av fortsatt avtal.',
    'workbook.setting.hybridInPersonDays':
      'Hybridmodellens närvarodagar när klientens kolumn Närdagar är tom (t.ex. ti, to).',
  },
  en: {
    'settings.label.lang': 'Workbook language',
    'settings.label.timeZone': 'Time zone',
    'settings.label.organisation': 'Service provider',
    'settings.label.coaches': 'Coaches',
    'settings.label.sendWeekday': 'Weekly message day',
    'settings.label.sendTime': 'Weekly message time',
    'settings.label.minDaysPerWeek': 'Days a week at least',
    'settings.label.maxDaysPerWeek': 'Days a week at most',
    'settings.label.minHoursPerDay': 'Hours a day at least',
    'settings.label.maxHoursPerDay': 'Hours a day at most',
    'settings.label.maxHoursPerWeek': 'Hours a week at most',
    'settings.label.minPeriodMonths': 'Period at least (months)',
    'settings.label.maxPeriodMonths': 'Period at most (months)',
    'settings.label.retentionMonths': 'Retention (months)',
    'settings.label.plansNeedApproval': 'Plans approved before sending',
    'settings.label.allowanceEuros': 'Expense allowance (€/day)',
    'settings.label.closedDates': 'Centre closed',
    'settings.label.meetingPlatform': 'Meeting link',
    'settings.label.clientGuideUrl': 'Client guide address',
    'settings.label.mailPerCoach': 'Mail per coach',
    'settings.label.controllerName': 'Data controller',
    'settings.label.privacyNoticeUrl': 'Privacy notice address',
    'settings.label.substitutes': 'Substitutes',
    'settings.label.intervalRemoteDates': 'Interval model remote periods',
    'settings.label.shortTermMonths': 'Short-term period length (months)',
    'settings.label.hybridInPersonDays': 'Hybrid model in-person days',
    'settings.value.meet': 'Google Meet',
    'settings.value.own-link': 'own link',
    'workbook.setting.controllerName':
      "The data controller: the municipality or wellbeing services county responsible for the clients' data. Shown in the welcome message.",
    'workbook.setting.privacyNoticeUrl':
      'The privacy notice address (https://…). The welcome message links to it.',
    'workbook.setting.substitutes':
      "Substitutes who also see a coach's client folders: coach = substitute, substitute; the next coach on a line of its own or after a semicolon.",
    'workbook.setting.intervalRemoteDates':
      'Interval-model clients work remotely only on these days, while the centre is closed (e.g. 6.7.2026–17.7.2026). Other weeks they are on site: no remote tasks and no weekly message. Empty: always remote.',
    'workbook.setting.shortTermMonths':
      'A short-term period ends this many months after its start, whatever the continuation says.',
    'workbook.setting.hybridInPersonDays':
      "Hybrid-model in-person days when the client's In-person days column is empty (e.g. Tue, Thu).",
  },
});
