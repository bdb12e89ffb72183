import { defineMessages } from '../define';

/** Install modes (bound script, editor add-on) and the shared reflection forms. */
export const install = defineMessages({
  fi: {
    'install.formsFolderName': 'Päiväkirjalomakkeet (Etäpaja)',
    'install.formsNotShared':
      'Päiväkirjalomakkeet kuuluvat käyttäjälle {owner}, eikä niitä ole jaettu sinulle. Pyydä häntä lisäämään sinut asetusten ohjaajiin ja ajamaan Ota käyttöön uudelleen (tai odota yöajoa); uusia lomakkeita ei tehdä, jotta asiakkaille lähetetyt linkit toimivat.',
    'install.formPublished':
      'Lomake {lang} ei ollut julkaistu, joten se ei ottanut vastauksia. Julkaistu nyt.',
    'install.uploadsAsAddon':
      'Lisäosana Etäpajalla ei ole omaa palautussivua: asiakas palauttaa työt Drive-kansioonsa viikkoviestin kansiolinkistä, tai lähettää ne sinulle sähköpostilla, ja sinä tallennat ne hänen kansioonsa.',
  },
  sv: {
    'install.formsFolderName': 'Dagboksformulär (Etäpaja)',
    'install.formsNotShared':
      'Dagboksformulären tillhör {owner} och har inte delats med dig. Be hen lägga till dig bland handledarna i inställningarna och köra Ta i bruk igen; inga nya formulär görs, så att länkarna som klienterna fått fungerar.',
    'install.formPublished':
      'Formuläret {lang} var inte publicerat och tog inte emot svar. Publicerat nu.',
    'install.uploadsAsAddon':
      'Som tillägg har Etäpaja ingen egen inlämningssida: klienten lämnar in sina arbeten i sin Drive-mapp via mapplänken i veckobrevet, eller skickar dem till dig per e-post och du sparar dem i hens mapp.',
  },
  en: {
    'install.formsFolderName': 'Reflection forms (Etäpaja)',
    'install.formsNotShared':
      'The reflection forms belong to {owner} and are not shared with you. Ask them to add you to the coaches in the settings and run Set up again; no new forms are made, so the links clients already have keep working.',
    'install.formPublished':
      'The {lang} form was not published, so it took no answers. Published now.',
    'install.uploadsAsAddon':
      'As an add-on Etäpaja has no upload page of its own: a client returns work in their Drive folder through the folder link in the weekly mail, or mails it to you and you save it in their folder.',
  },
});
