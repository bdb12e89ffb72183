import { defineMessages } from '../define';

/**
 * Importing a roster file and mapping the coach's own words: the command line's report, the
 * Huomiot notes of held rows, and the sidebar's import dialog. Plain language, one thing a line.
 */
export const importing = defineMessages({
  fi: {
    'import.summary':
      'Tuonti: {accepted} uutta, {updated} päivitetty, {held} odottaa, {rejected} hylätty (merkistö {encoding}).',
    'import.held.note':
      'Rivi odottaa: kerro, mitä sana tarkoittaa (sivupalkki → Tuo asiakkaat → Tuntemattomat sanat). Rivi tulee mukaan heti sen jälkeen.',
    'import.text.nul':
      '{column}: solussa on NUL-merkki, eli tiedosto on osittain rikki. Solua ei kirjoitettu.',
    'import.text.tooLong':
      '{column}: {length} merkkiä, enintään {max}. Solua ei kirjoitettu. Lyhennä teksti.',
    'import.file.empty': 'Tiedosto ”{file}” on tyhjä. Mitään ei tuotu.',
    'import.file.tooBig':
      'Tiedosto ”{file}” on liian suuri ({size} Mt, enintään {max} Mt). Mitään ei tuotu.',
    'import.file.binary':
      'Tiedosto ”{file}” ei ole tekstiä eikä Excel-taulukko, tai sen merkistöä ei tunnistettu. Tallenna asiakaslista Excelissä muodossa ”CSV UTF-8” tai .xlsx. Mitään ei tuotu.',
    'import.file.mixedEncoding':
      'Tiedostossa ”{file}” on kahta merkistöä sekaisin (osa ääkkösistä UTF-8:na, osa Windows-1252:na), joten osa nimistä tulisi väärin. Tallenna tiedosto uudelleen muodossa ”CSV UTF-8” ja tuo se sitten. Mitään ei tuotu.',
    'import.file.oldExcel':
      'Tiedosto ”{file}” on vanhaa .xls-muotoa. Tallenna se Excelissä muodossa .xlsx tai ”CSV UTF-8”. Mitään ei tuotu.',
    'import.file.xlsxBroken': 'Excel-tiedostoa ”{file}” ei voitu lukea. Mitään ei tuotu.',
    'import.file.noSheet':
      'Excel-tiedostossa ”{file}” ei ole välilehteä ”{sheet}”. Välilehdet: {sheets}. Mitään ei tuotu.',
    'import.file.noHeader':
      'Tiedoston ”{file}” ensimmäiseltä riviltä ei löytynyt sarakkeita Nimi tai Sähköposti. Onko otsikkorivi mukana? Mitään ei tuotu.',
    'import.map.syntax':
      '”{value}”: kirjoita vastine muodossa Sarake:sana=tunnettu sana, esimerkiksi ”Malli:jatkuva=pitkäaikainen”. Mitään ei tuotu.',
    'import.map.column':
      '”{value}”: vastineita voi antaa vain sarakkeille Malli, Kieli, Yhteystapa, Perehdytetty, Työtoimintapäivät, Lähipäivät ja Tila. Mitään ei tuotu.',
    'import.map.target':
      '”{value}”: yhtäsuuruusmerkin jälkeinen sana ei ole sarakkeen tuntema sana (tai ”jätä pois”). Mitään ei tuotu.',
    'import.ui.open': 'Tuo asiakkaat tiedostosta',
    'import.ui.title': 'Tuo asiakkaat',
    'import.ui.intro':
      'Valitse asiakaslista tietokoneelta: CSV (mikä tahansa merkistö) tai Excel (.xlsx). Hyvät rivit tulevat heti mukaan.',
    'import.ui.file': 'Tiedosto',
    'import.ui.sheet': 'Excel-välilehti (tyhjä = ensimmäinen)',
    'import.ui.import': 'Tuo',
    'import.ui.busy': 'Tuodaan…',
    'import.ui.result':
      'Uusia {accepted}, päivitettyjä {updated}, odottaa {held}, hylättyjä {rejected}. Merkistö: {encoding}.',
    'import.ui.line': 'Rivi {line}: {text}',
    'import.ui.unknownTitle': 'Tuntemattomat sanat',
    'import.ui.unknownIntro':
      'Näitä sanoja ei tunneta. Valitse, mitä kukin tarkoittaa. Valinta muistetaan tässä työkirjassa.',
    'import.ui.rows': '{column}: ”{value}” ({count} riviä)',
    'import.ui.choose': '— valitse —',
    'import.ui.leaveOut': 'jätä pois',
    'import.ui.days': 'päivät, esim. ma, ke',
    'import.ui.save': 'Tallenna ja tuo odottavat rivit',
    'import.ui.saved': 'Tallennettu. Mukaan tuli {enrolled} asiakasta; odottaa vielä {held}.',
    'import.ui.none': 'Ei tuntemattomia sanoja.',
    'import.ui.check': 'Näytä odottavat sanat',
    'import.ui.tooBig': 'Tiedosto on liian suuri (enintään 10 Mt).',
  },
  sv: {
    'import.summary':
      'Import: {accepted} nya, {updated} uppdaterade, {held} väntar, {rejected} avvisade (teckenkodning {encoding}).',
    'import.held.note':
      'Raden väntar: berätta vad ordet betyder (sidopanelen → Importera klienter → Okända ord). Raden kommer med direkt efter det.',
    'import.text.nul':
      '{column}: cellen innehåller ett NUL-tecken, filen är delvis trasig. Cellen skrevs inte.',
    'import.text.tooLong':
      '{column}: {length} tecken, högst {max}. Cellen skrevs inte. Korta av texten.',
    'import.file.empty': 'Filen ”{file}” är tom. Ingenting importerades.',
    'import.file.tooBig':
      'Filen ”{file}” är för stor ({size} MB, högst {max} MB). Ingenting importerades.',
    'import.file.binary':
      'Filen ”{file}” är varken text eller en Excel-tabell, eller så kändes teckenkodningen inte igen. Spara klientlistan i Excel som ”CSV UTF-8” eller .xlsx. Ingenting importerades.',
    'import.file.mixedEncoding':
      'Filen ”{file}” har två teckenkodningar blandade (en del å, ä och ö som UTF-8, en del som Windows-1252), så en del namn skulle bli fel. Spara filen igen som ”CSV UTF-8” och importera den sedan. Ingenting importerades.',
    'import.file.oldExcel':
      'Filen ”{file}” är i det gamla .xls-formatet. Spara den i Excel som .xlsx eller ”CSV UTF-8”. Ingenting importerades.',
    'import.file.xlsxBroken': 'Excel-filen ”{file}” kunde inte läsas. Ingenting importerades.',
    'import.file.noSheet':
      'Excel-filen ”{file}” har inget blad ”{sheet}”. Blad: {sheets}. Ingenting importerades.',
    'import.file.noHeader':
      'På första raden i filen ”{file}” finns inga kolumner Namn eller E-post. Är rubrikraden med? Ingenting importerades.',
    'import.map.syntax':
      '”{value}”: skriv motsvarigheten som Kolumn:ord=känt ord, till exempel ”Modell:fortlöpande=långvarig”. Ingenting importerades.',
    'import.map.column':
      '”{value}”: motsvarigheter kan bara ges för Modell, Språk, Kontaktsätt, Introducerad, Arbetsverksamhetsdagar, Närdagar och Status. Ingenting importerades.',
    'import.map.target':
      '”{value}”: ordet efter likhetstecknet är inget ord kolumnen känner till (eller ”lämna bort”). Ingenting importerades.',
    'import.ui.open': 'Importera klienter från fil',
    'import.ui.title': 'Importera klienter',
    'import.ui.intro':
      'Välj klientlistan på datorn: CSV (vilken teckenkodning som helst) eller Excel (.xlsx). Bra rader kommer med direkt.',
    'import.ui.file': 'Fil',
    'import.ui.sheet': 'Excel-blad (tomt = det första)',
    'import.ui.import': 'Importera',
    'import.ui.busy': 'Importerar…',
    'import.ui.result':
      'Nya {accepted}, uppdaterade {updated}, väntar {held}, avvisade {rejected}. Teckenkodning: {encoding}.',
    'import.ui.line': 'Rad {line}: {text}',
    'import.ui.unknownTitle': 'Okända ord',
    'import.ui.unknownIntro':
      'De här orden känns inte igen. Välj vad vart och ett betyder. Valet sparas i den här arbetsboken.',
    'import.ui.rows': '{column}: ”{value}” ({count} rader)',
    'import.ui.choose': '— välj —',
    'import.ui.leaveOut': 'lämna bort',
    'import.ui.days': 'dagar, t.ex. mån, ons',
    'import.ui.save': 'Spara och importera väntande rader',
    'import.ui.saved': 'Sparat. {enrolled} klienter kom med; {held} väntar ännu.',
    'import.ui.none': 'Inga okända ord.',
    'import.ui.check': 'Visa väntande ord',
    'import.ui.tooBig': 'Filen är för stor (högst 10 MB).',
  },
  en: {
    'import.summary':
      'Import: {accepted} new, {updated} updated, {held} waiting, {rejected} rejected (encoding {encoding}).',
    'import.held.note':
      'This row is waiting: say what the word means (sidebar → Import clients → Unknown words). The row comes in right after.',
    'import.text.nul':
      '{column}: the cell holds a NUL character, so the file is partly broken. The cell was not written.',
    'import.text.tooLong':
      '{column}: {length} characters, at most {max}. The cell was not written. Shorten the text.',
    'import.file.empty': 'The file “{file}” is empty. Nothing was imported.',
    'import.file.tooBig':
      'The file “{file}” is too big ({size} MB, at most {max} MB). Nothing was imported.',
    'import.file.binary':
      'The file “{file}” is neither text nor an Excel sheet, or its encoding was not recognised. Save the roster from Excel as “CSV UTF-8” or .xlsx. Nothing was imported.',
    'import.file.mixedEncoding':
      'The file “{file}” mixes two encodings (some letters such as ä and ö in UTF-8, some in Windows-1252), so some names would come out wrong. Save the file again as “CSV UTF-8”, then import it. Nothing was imported.',
    'import.file.oldExcel':
      'The file “{file}” is in the old .xls format. Save it from Excel as .xlsx or “CSV UTF-8”. Nothing was imported.',
    'import.file.xlsxBroken': 'The Excel file “{file}” could not be read. Nothing was imported.',
    'import.file.noSheet':
      'The Excel file “{file}” has no sheet “{sheet}”. Sheets: {sheets}. Nothing was imported.',
    'import.file.noHeader':
      'The first line of “{file}” has no Name or Email column. Is the header row there? Nothing was imported.',
    'import.map.syntax':
      '“{value}”: write the mapping as Column:word=known word, for example “Model:ongoing=long-term”. Nothing was imported.',
    'import.map.column':
      '“{value}”: words can be mapped only in Model, Language, Contact by, Oriented, Work days, In-person days and Status. Nothing was imported.',
    'import.map.target':
      '“{value}”: the word after the equals sign is not one the column knows (or “leave out”). Nothing was imported.',
    'import.ui.open': 'Import clients from a file',
    'import.ui.title': 'Import clients',
    'import.ui.intro':
      'Choose the roster on your computer: CSV (any encoding) or Excel (.xlsx). Good rows come in at once.',
    'import.ui.file': 'File',
    'import.ui.sheet': 'Excel sheet (empty = the first)',
    'import.ui.import': 'Import',
    'import.ui.busy': 'Importing…',
    'import.ui.result':
      'New {accepted}, updated {updated}, waiting {held}, rejected {rejected}. Encoding: {encoding}.',
    'import.ui.line': 'Line {line}: {text}',
    'import.ui.unknownTitle': 'Unknown words',
    'import.ui.unknownIntro':
      'These words are not known. Choose what each one means. The choice is remembered in this workbook.',
    'import.ui.rows': '{column}: “{value}” ({count} rows)',
    'import.ui.choose': '— choose —',
    'import.ui.leaveOut': 'leave out',
    'import.ui.days': 'days, e.g. Mon, Wed',
    'import.ui.save': 'Save and bring in the waiting rows',
    'import.ui.saved': 'Saved. {enrolled} clients came in; {held} still waiting.',
    'import.ui.none': 'No unknown words.',
    'import.ui.check': 'Show waiting words',
    'import.ui.tooBig': 'The file is too big (at most 10 MB).',
  },
});
