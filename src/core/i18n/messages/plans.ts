import { defineMessages } from '../define';

/** Weekly plans, plan limits and proposed groups. */
export const plans = defineMessages({
  fi: {
    'plans.invalidWeek': 'Viikko {week} ei ole kelvollinen ISO-viikko (esimerkiksi 2026-W49).',
    'plans.invalidHours':
      'Asiakkaan {clientId} päivän tunnit ({hours}) eivät ole kelvollinen luku. Suunnitelmaa ei tehty.',
    'plans.noTaskFits':
      'Asiakkaalle {clientId} ei löytynyt päivälle {date} tehtävää, joka mahtuu {hours} tuntiin.',
    'plans.tooManyDays':
      'Asiakkaalla {clientId} on viikolla {week} {days} toimintapäivää. Enimmäismäärä on {max}.',
    'plans.hoursPerDayOutOfRange':
      'Asiakkaan {clientId} päivä {date}: {hours} tuntia. Sallittu on {min}–{max} tuntia päivässä.',
    'plans.tooManyHours':
      'Asiakkaalla {clientId} on viikolla {week} {hours} tuntia. Enimmäismäärä on {max} tuntia viikossa.',
    'plans.groupName': 'Ryhmä {number}: {days}',
    'plans.groupNameNoDays': 'Ryhmä {number}',
    'plans.listSeparator': ', ',
    'plans.weekdayShort.1': 'ma',
    'plans.weekdayShort.2': 'ti',
    'plans.weekdayShort.3': 'ke',
    'plans.weekdayShort.4': 'to',
    'plans.weekdayShort.5': 'pe',
    'plans.weekdayShort.6': 'la',
    'plans.weekdayShort.7': 'su',
  },
  sv: {
    'plans.invalidWeek': 'Veckan {week} är inte en giltig ISO-vecka (till exempel 2026-W49).',
    'plans.invalidHours':
      'Klientens {clientId} timmar per dag ({hours}) är inte ett giltigt tal. Ingen plan gjordes.',
    'plans.noTaskFits':
      'För klienten {clientId} hittades ingen uppgift för {date} som ryms i {hours} timmar.',
    'plans.tooManyDays':
      'Klienten {clientId} har {days} verksamhetsdagar vecka {week}. Högst {max} är tillåtet.',
    'plans.hoursPerDayOutOfRange':
      'Klienten {clientId}, dagen {date}: {hours} timmar. Tillåtet är {min}–{max} timmar per dag.',
    'plans.tooManyHours':
      'Klienten {clientId} har {hours} timmar vecka {week}. Högst {max} timmar per vecka är tillåtet.',
    'plans.groupName': 'Grupp {number}: {days}',
    'plans.groupNameNoDays': 'Grupp {number}',
    'plans.listSeparator': ', ',
    'plans.weekdayShort.1': 'må',
    'plans.weekdayShort.2': 'ti',
    'plans.weekdayShort.3': 'on',
    'plans.weekdayShort.4': 'to',
    'plans.weekdayShort.5': 'fr',
    'plans.weekdayShort.6': 'lö',
    'plans.weekdayShort.7': 'sö',
  },
  en: {
    'plans.invalidWeek': 'Week {week} is not a valid ISO week (for example 2026-W49).',
    'plans.invalidHours':
      'Client {clientId} has hours per day ({hours}) that are not a valid number. No plan was made.',
    'plans.noTaskFits': 'No task for client {clientId} on {date} fits into {hours} hours.',
    'plans.tooManyDays':
      'Client {clientId} has {days} work-activity days in week {week}. The maximum is {max}.',
    'plans.hoursPerDayOutOfRange':
      'Client {clientId}, day {date}: {hours} hours. Allowed is {min}–{max} hours a day.',
    'plans.tooManyHours':
      'Client {clientId} has {hours} hours in week {week}. The maximum is {max} hours a week.',
    'plans.groupName': 'Group {number}: {days}',
    'plans.groupNameNoDays': 'Group {number}',
    'plans.listSeparator': ', ',
    'plans.weekdayShort.1': 'Mon',
    'plans.weekdayShort.2': 'Tue',
    'plans.weekdayShort.3': 'Wed',
    'plans.weekdayShort.4': 'Thu',
    'plans.weekdayShort.5': 'Fri',
    'plans.weekdayShort.6': 'Sat',
    'plans.weekdayShort.7': 'Sun',
  },
});
