import { defineMessages } from '../define';

export const menu = defineMessages({
  fi: {
    'menu.setup': 'Ota käyttöön',
    'menu.validateRoster': 'Tarkista asiakkaat',
    'menu.proposeGroups': 'Ehdota ryhmiä',
    'menu.planWeek': 'Suunnittele ensi viikko',
    'menu.dispatchNow': 'Lähetä viikkoviestit nyt',
  },
  sv: {
    'menu.setup': 'Ta i bruk',
    'menu.validateRoster': 'Kontrollera klienter',
    'menu.proposeGroups': 'Föreslå grupper',
    'menu.planWeek': 'Planera nästa vecka',
    'menu.dispatchNow': 'Skicka veckobreven nu',
  },
  en: {
    'menu.setup': 'Set up',
    'menu.validateRoster': 'Check clients',
    'menu.proposeGroups': 'Propose groups',
    'menu.planWeek': 'Plan next week',
    'menu.dispatchNow': 'Send weekly mails now',
  },
});
