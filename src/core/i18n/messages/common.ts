import { defineMessages } from '../define';

export const common = defineMessages({
  fi: {
    'app.name': 'Etäpaja',
    'weekday.1': 'maanantai',
    'weekday.2': 'tiistai',
    'weekday.3': 'keskiviikko',
    'weekday.4': 'torstai',
    'weekday.5': 'perjantai',
    'weekday.6': 'lauantai',
    'weekday.7': 'sunnuntai',
  },
  sv: {
    'app.name': 'Etäpaja',
    'weekday.1': 'måndag',
    'weekday.2': 'tisdag',
    'weekday.3': 'onsdag',
    'weekday.4': 'torsdag',
    'weekday.5': 'fredag',
    'weekday.6': 'lördag',
    'weekday.7': 'söndag',
  },
  en: {
    'app.name': 'Etäpaja',
    'weekday.1': 'Monday',
    'weekday.2': 'Tuesday',
    'weekday.3': 'Wednesday',
    'weekday.4': 'Thursday',
    'weekday.5': 'Friday',
    'weekday.6': 'Saturday',
    'weekday.7': 'Sunday',
  },
});
