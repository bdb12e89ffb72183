import { defineMessages } from '../define';

export const access = defineMessages({
  fi: {
    'access.denied':
      'Tämä toiminto on vain ohjaajille. Avaa Etäpaja omasta työkirjastasi ja kirjaudu omalla tunnuksellasi.',
    'access.log.refused': 'Torjuttu kutsu: {fn}. Kutsuja ei ollut kirjautunut ohjaaja.',
    'access.log.capped': 'Paljon torjuttuja yrityksiä tällä tunnilla; loput jätetään kirjaamatta.',
  },
  sv: {
    'access.denied':
      'Den här funktionen är bara för handledare. Öppna Etäpaja i din egen arbetsbok och logga in med ditt eget konto.',
    'access.log.refused': 'Avvisat anrop: {fn}. Anroparen var inte en inloggad handledare.',
    'access.log.capped': 'Många avvisade försök denna timme; resten loggas inte.',
  },
  en: {
    'access.denied':
      'This is for coaches only. Open Etäpaja from your own workbook, signed in with your own account.',
    'access.log.refused': 'Refused call: {fn}. The caller was not a signed-in coach.',
    'access.log.capped': 'Many refused attempts this hour; the rest are not logged.',
  },
});
