import { defineMessages } from '../define';

/** Log lines the data-protection audit (`etapaja audit`) reads back from the workbook. */
export const audit = defineMessages({
  fi: {
    'audit.log.triggers':
      'Ajastukset käyttäjällä {owner}: {count} kpl. Tietosuojatarkistus lukee tämän rivin.',
  },
  sv: {
    'audit.log.triggers':
      'Utlösare för användaren {owner}: {count} st. Dataskyddsgranskningen läser denna rad.',
  },
  en: {
    'audit.log.triggers':
      'Triggers owned by {owner}: {count}. The data-protection audit reads this row.',
  },
});
