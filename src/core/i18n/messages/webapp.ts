import { defineMessages } from '../define';

/**
 * The web app (src/webapp): the upload page clients open from their weekly mail, in plain
 * language (selkokieli): short sentences, the action first, no technical words. Also the mail's
 * upload link, the log lines of uploads (in the workbook's language) and the coach's warnings
 * about meetings without a link (`meeting.` keys, used by src/jobs/meetings.ts).
 */
export const webapp = defineMessages({
  fi: {
    'webapp.title': 'Lähetä työsi ohjaajalle',
    'webapp.intro':
      'Tällä sivulla voit lähettää kuvan, videon tai tekstin. Vain ohjaajasi, hänen sijaisensa ja palvelun ylläpitäjä näkevät ne.',
    'webapp.file.heading': 'Lähetä kuva, video tai tiedosto',
    'webapp.file.label': 'Valitse tiedosto',
    'webapp.file.help':
      'Voit lähettää kuvan, videon, PDF:n tai tekstitiedoston. Koko enintään {max}.',
    'webapp.file.send': 'Lähetä tiedosto',
    'webapp.text.heading': 'Kirjoita ohjaajalle',
    'webapp.text.label': 'Mitä teit? Kirjoita tähän.',
    'webapp.text.help': 'Enintään {max} merkkiä.',
    'webapp.text.send': 'Lähetä teksti',
    'webapp.sending': 'Lähetetään. Odota hetki.',
    'webapp.sent.file': 'Kiitos! Tiedosto {name} on nyt kansiossasi.',
    'webapp.sent.text': 'Kiitos! Tekstisi on nyt kansiossasi.',
    'webapp.privacy': 'Työsi menevät omaan kansioosi. Muut asiakkaat eivät näe niitä.',
    'webapp.help': 'Jos lähettäminen ei onnistu, kerro ohjaajalle.',
    'webapp.refused.token':
      'Tämä linkki ei toimi. Se voi olla vanha. Käytä uusimman viikkokirjeen linkkiä tai kysy ohjaajalta.',
    'webapp.refused.empty': 'Valitse ensin tiedosto tai kirjoita jotain.',
    'webapp.refused.too-big': 'Tiedosto on liian suuri. Suurin sallittu koko on {max}.',
    'webapp.refused.bad-type':
      'Tätä tiedostoa ei voi lähettää. Lähetä kuva, video, PDF tai tekstitiedosto.',
    'webapp.refused.text-too-long': 'Teksti on liian pitkä. Enintään {max} merkkiä.',
    'webapp.refused.busy': 'Palvelu on juuri nyt kiireinen. Yritä hetken päästä uudelleen.',
    'webapp.refused.failed': 'Lähettäminen ei onnistunut. Yritä uudelleen.',
    'webapp.noscript':
      'Tiedoston lähettäminen tarvitsee JavaScriptin. Tekstin voit lähettää ilman sitä.',
    'webapp.home': 'Etäpaja. Avaa sivu viikkokirjeesi linkistä.',
    'webapp.mail.upload': 'Lähetä kuva, video tai teksti ilman Google-tiliä: {link}',
    'webapp.textFile': 'Teksti {date} {time}.txt',
    'webapp.log.stored': 'Asiakas lähetti {kind}-tiedoston lataussivulta.',
    'webapp.log.refused': 'Latussivun lähetys hylättiin: {reason}.',
    'meeting.problem.noOwnLink':
      'tapaamisella {meeting} ei ole omaa linkkiä (asetus: oma linkki). Lisää linkki ryhmälle tai tapaamiselle.',
    'meeting.problem.badOwnLink': 'tapaamisen {meeting} linkki ”{link}” ei ole https-osoite',
  },
  sv: {
    'webapp.title': 'Skicka ditt arbete till handledaren',
    'webapp.intro':
      'Här kan du skicka en bild, en video eller en text. Bara din handledare, hens vikarie och tjänstens administratör ser dem.',
    'webapp.file.heading': 'Skicka en bild, en video eller en fil',
    'webapp.file.label': 'Välj en fil',
    'webapp.file.help': 'Du kan skicka en bild, en video, en PDF eller en textfil. Högst {max}.',
    'webapp.file.send': 'Skicka filen',
    'webapp.text.heading': 'Skriv till handledaren',
    'webapp.text.label': 'Vad gjorde du? Skriv här.',
    'webapp.text.help': 'Högst {max} tecken.',
    'webapp.text.send': 'Skicka texten',
    'webapp.sending': 'Skickar. Vänta en stund.',
    'webapp.sent.file': 'Tack! Filen {name} finns nu i din mapp.',
    'webapp.sent.text': 'Tack! Din text finns nu i din mapp.',
    'webapp.privacy': 'Ditt arbete går till din egen mapp. Andra klienter ser det inte.',
    'webapp.help': 'Om det inte går att skicka, säg till din handledare.',
    'webapp.refused.token':
      'Den här länken fungerar inte. Den kan vara gammal. Använd länken i det senaste veckobrevet eller fråga handledaren.',
    'webapp.refused.empty': 'Välj först en fil eller skriv något.',
    'webapp.refused.too-big': 'Filen är för stor. Den får vara högst {max}.',
    'webapp.refused.bad-type':
      'Den här filen går inte att skicka. Skicka en bild, en video, en PDF eller en textfil.',
    'webapp.refused.text-too-long': 'Texten är för lång. Högst {max} tecken.',
    'webapp.refused.busy': 'Tjänsten är upptagen just nu. Försök igen om en stund.',
    'webapp.refused.failed': 'Det gick inte att skicka. Försök igen.',
    'webapp.noscript': 'För att skicka en fil behövs JavaScript. En text kan du skicka utan.',
    'webapp.home': 'Etäpaja. Öppna sidan från länken i ditt veckobrev.',
    'webapp.mail.upload': 'Skicka en bild, en video eller en text utan Google-konto: {link}',
    'webapp.textFile': 'Text {date} {time}.txt',
    'webapp.log.stored': 'Klienten skickade en fil ({kind}) från uppladdningssidan.',
    'webapp.log.refused': 'En sändning från uppladdningssidan avvisades: {reason}.',
    'meeting.problem.noOwnLink':
      'mötet {meeting} har ingen egen länk (inställning: egen länk). Lägg till en länk för gruppen eller mötet.',
    'meeting.problem.badOwnLink': 'länken ”{link}” för mötet {meeting} är ingen https-adress',
  },
  en: {
    'webapp.title': 'Send your work to your coach',
    'webapp.intro':
      'On this page you can send a photo, a video or a text. Only your coach, their substitute and the service administrator see them.',
    'webapp.file.heading': 'Send a photo, a video or a file',
    'webapp.file.label': 'Choose a file',
    'webapp.file.help': 'You can send a photo, a video, a PDF or a text file. At most {max}.',
    'webapp.file.send': 'Send the file',
    'webapp.text.heading': 'Write to your coach',
    'webapp.text.label': 'What did you do? Write here.',
    'webapp.text.help': 'At most {max} characters.',
    'webapp.text.send': 'Send the text',
    'webapp.sending': 'Sending. Please wait.',
    'webapp.sent.file': 'Thank you! The file {name} is now in your folder.',
    'webapp.sent.text': 'Thank you! Your text is now in your folder.',
    'webapp.privacy': 'Your work goes to your own folder. Other clients do not see it.',
    'webapp.help': 'If sending does not work, tell your coach.',
    'webapp.refused.token':
      'This link does not work. It may be old. Use the link in your latest weekly mail, or ask your coach.',
    'webapp.refused.empty': 'First choose a file or write something.',
    'webapp.refused.too-big': 'The file is too big. It can be at most {max}.',
    'webapp.refused.bad-type':
      'This file cannot be sent. Send a photo, a video, a PDF or a text file.',
    'webapp.refused.text-too-long': 'The text is too long. At most {max} characters.',
    'webapp.refused.busy': 'The service is busy right now. Try again in a moment.',
    'webapp.refused.failed': 'Sending did not work. Try again.',
    'webapp.noscript': 'Sending a file needs JavaScript. You can send a text without it.',
    'webapp.home': 'Etäpaja. Open this page from the link in your weekly mail.',
    'webapp.mail.upload': 'Send a photo, a video or a text without a Google account: {link}',
    'webapp.textFile': 'Text {date} {time}.txt',
    'webapp.log.stored': 'The client sent a file ({kind}) from the upload page.',
    'webapp.log.refused': 'An upload from the upload page was refused: {reason}.',
    'meeting.problem.noOwnLink':
      'meeting {meeting} has no link of its own (setting: own link). Add a link to the group or the meeting.',
    'meeting.problem.badOwnLink': 'the link "{link}" of meeting {meeting} is not an https address',
  },
});
