import { defineMessages } from '../define';

export const menu = defineMessages({
  fi: {
    'menu.setup': 'Ota käyttöön',
    'menu.sidebar': 'Avaa sivupalkki',
    'menu.planWeek': 'Suunnittele ensi viikko',
    'menu.dispatchNow': 'Lähetä viikkoviestit nyt',
  },
  sv: {
    'menu.setup': 'Ta i bruk',
    'menu.sidebar': 'Öppna sidofältet',
    'menu.planWeek': 'Planera nästa vecka',
    'menu.dispatchNow': 'Skicka veckobreven nu',
  },
  en: {
    'menu.setup': 'Set up',
    'menu.sidebar': 'Open the sidebar',
    'menu.planWeek': 'Plan next week',
    'menu.dispatchNow': 'Send weekly mails now',
  },
});
