import { defineMessages } from '../define';

/**
 * Texts for what Etäpaja cuts or refuses to stay inside Google's size limits (src/core/limits.ts)
 * and the upload page's own allowances. The `webapp.refused.*` keys extend the upload page's
 * refusal texts (src/jobs/upload.ts refusalMessage) with this area's reasons.
 */
export const limits = defineMessages({
  fi: {
    'settings.label.uploadsPerDay': 'Latauksia asiakkaalta päivässä enintään',
    'settings.label.uploadMegabytesPerDay': 'Latauksia asiakkaalta päivässä enintään (Mt)',
    'limits.mail.shortened':
      'Tämä viesti oli liian pitkä sähköpostiksi, joten se on lyhennetty. Loput näet työkirjasta.',
    'limits.typed.tooLong':
      'Kohdassa ”{field}” on {length} merkkiä; enintään {max} mahtuu. Mitään ei tallennettu, ja tekstisi on tallella – lyhennä sitä ja yritä uudelleen.',
    'limits.text.tooLong': 'Teksti on liian pitkä: enintään {max} merkkiä. Lyhennä sitä, kiitos.',
    'limits.field.cut': '{field}: teksti oli yli {max} merkkiä, joten se lyhennettiin.',
    'limits.answer.cut':
      'Vastaus oli yli {max} merkkiä, joten se lyhennettiin tähän. Koko vastaus on lomakkeen vastauksissa.',
    'limits.upload.dailyCount':
      'Olet lähettänyt tänään jo {count} tiedostoa, enempää ei voi lähettää tänään. Kokeile huomenna uudelleen.',
    'limits.upload.dailySize':
      'Tämän päivän tiedostot ovat yhteensä jo {used}; päivän raja on {max}. Kokeile huomenna uudelleen.',
    'webapp.refused.mismatch':
      'Tiedosto ei ole sitä, mitä sen nimi tai tyyppi kertoo. Lähetä kuva, video, PDF tai tekstitiedosto.',
    'webapp.refused.daily-count': 'Tänään ei voi lähettää enempää. Kokeile huomenna uudelleen.',
    'webapp.refused.daily-size': 'Tänään ei voi lähettää enempää. Kokeile huomenna uudelleen.',
  },
  sv: {
    'settings.label.uploadsPerDay': 'Högst uppladdningar per klient och dag',
    'settings.label.uploadMegabytesPerDay': 'Högst uppladdningar per klient och dag (MB)',
    'limits.mail.shortened':
      'Det här meddelandet var för långt för e-post och har kortats. Resten finns i arbetsboken.',
    'limits.typed.tooLong':
      'I rutan ”{field}” finns {length} tecken; högst {max} ryms. Inget sparades och din text finns kvar – korta den och försök igen.',
    'limits.text.tooLong': 'Texten är för lång: högst {max} tecken. Korta den, tack.',
    'limits.field.cut': '{field}: texten var över {max} tecken och har kortats.',
    'limits.answer.cut':
      'Svaret var över {max} tecken och har kortats här. Hela svaret finns bland formulärets svar.',
    'limits.upload.dailyCount':
      'Du har redan skickat {count} filer i dag och kan inte skicka fler i dag. Försök igen i morgon.',
    'limits.upload.dailySize':
      'Dagens filer är redan {used} sammanlagt; gränsen per dag är {max}. Försök igen i morgon.',
    'webapp.refused.mismatch':
      'Filen är inte det som namnet eller typen säger. Skicka en bild, en video, en PDF eller en textfil.',
    'webapp.refused.daily-count': 'Du kan inte skicka mer i dag. Försök igen i morgon.',
    'webapp.refused.daily-size': 'Du kan inte skicka mer i dag. Försök igen i morgon.',
  },
  en: {
    'settings.label.uploadsPerDay': 'Uploads per client per day, at most',
    'settings.label.uploadMegabytesPerDay': 'Upload megabytes per client per day, at most',
    'limits.mail.shortened':
      'This message was too long for email, so it has been shortened. See the workbook for the rest.',
    'limits.typed.tooLong':
      '“{field}” has {length} characters; at most {max} fit. Nothing was saved and your text is still here – shorten it and try again.',
    'limits.text.tooLong': 'The text is too long: at most {max} characters. Please shorten it.',
    'limits.field.cut': '{field}: the text was over {max} characters, so it was shortened.',
    'limits.answer.cut':
      "The answer was over {max} characters, so it is shortened here. The whole answer is in the form's responses.",
    'limits.upload.dailyCount':
      'You have already sent {count} files today and cannot send more today. Please try again tomorrow.',
    'limits.upload.dailySize':
      "Today's files already come to {used}; the daily limit is {max}. Please try again tomorrow.",
    'webapp.refused.mismatch':
      'The file is not what its name or type says. Please send a picture, a video, a PDF or a text file.',
    'webapp.refused.daily-count': 'You cannot send more today. Please try again tomorrow.',
    'webapp.refused.daily-size': 'You cannot send more today. Please try again tomorrow.',
  },
});
