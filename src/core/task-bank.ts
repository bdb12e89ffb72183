import type { Lang, ReturnFormat, Task } from './types';

/**
 * The starter task bank: what a new workbook's task sheet is filled with, so a coach can plan the
 * first weeks at once and then edit or add tasks. The texts are data, in plain language
 * (selkokieli): short sentences, concrete steps, the client addressed as "you". Nothing asks the
 * client to send passwords, identity numbers or pictures of other people.
 */

/** Goal tags the bank uses; roster goal tags are matched against these. */
export const GOAL_TAGS = [
  'life-management',
  'daily-structure',
  'digital-skills',
  'career-guidance',
  'physical-activity',
  'creative-work',
] as const;
export type GoalTag = (typeof GOAL_TAGS)[number];

type Text = Record<Lang, [title: string, instructions: string]>;

function task(
  id: string,
  goalTags: GoalTag[],
  mode: Task['mode'],
  minutes: number,
  returnFormat: ReturnFormat,
  materialLink: string,
  text: Text,
): Task {
  return {
    id,
    title: { fi: text.fi[0], sv: text.sv[0], en: text.en[0] },
    instructions: { fi: text.fi[1], sv: text.sv[1], en: text.en[1] },
    materialLink,
    goalTags,
    returnFormat,
    minutes,
    mode,
  };
}

const SUOMI_FI = 'https://www.suomi.fi/';
const KELA = 'https://www.kela.fi/';
const TAKUUSAATIO = 'https://www.takuusaatio.fi/';
const RUOKAVIRASTO = 'https://www.ruokavirasto.fi/';
const MARTAT = 'https://www.martat.fi/';
const MIELENTERVEYSTALO = 'https://www.mielenterveystalo.fi/';
const KYBER = 'https://www.kyberturvallisuuskeskus.fi/';
const GMAIL_HELP = 'https://support.google.com/mail/';
const MEET_HELP = 'https://support.google.com/meet/';
const DRIVE_HELP = 'https://support.google.com/drive/';
const DIGITAIDOT = 'https://www.digitaidot.fi/';
const TYOMARKKINATORI = 'https://tyomarkkinatori.fi/';
const OPINTOPOLKU = 'https://opintopolku.fi/';
const UKK = 'https://www.ukkinstituutti.fi/';
const LUONTOON = 'https://www.luontoon.fi/';
const SELKOUUTISET = 'https://yle.fi/selkouutiset';

/** Tasks done a little every day of the week: planned once a week, shown once in the letter. */
const WEEK_LONG = new Set(['T008', 'T010', 'T033']);

const STARTER_LIST: Task[] = [
  // ── life-management (arjenhallinta) ────────────────────────────────────────────────────────
  task('T001', ['life-management'], 'any', 60, 'writing', TAKUUSAATIO, {
    fi: [
      'Tee viikon budjetti',
      'Kirjoita ylös, paljonko rahaa sinulla on tällä viikolla käytössä. Tee lista menoista: ruoka, matkat, puhelin ja muut. Laske, paljonko rahaa jää jäljelle. Kirjoita yksi asia, josta voisit säästää.',
    ],
    sv: [
      'Gör en budget för veckan',
      'Skriv ner hur mycket pengar du har den här veckan. Gör en lista över utgifterna: mat, resor, telefon och annat. Räkna ut hur mycket pengar som blir kvar. Skriv en sak som du kunde spara på.',
    ],
    en: [
      'Make a budget for the week',
      'Write down how much money you have this week. Make a list of your costs: food, travel, phone and other things. Count how much money is left. Write one thing you could save on.',
    ],
  }),
  task('T002', ['life-management'], 'remote', 45, 'writing', TAKUUSAATIO, {
    fi: [
      'Käy laskut läpi',
      'Etsi tämän kuun laskut: paperilla, sähköpostissa tai verkkopankissa. Tee lista: mikä lasku, summa ja eräpäivä. Merkitse, mitkä laskut on jo maksettu. Jos jokin lasku on myöhässä, kerro siitä ohjaajalle. Älä kirjoita listaan tilinumeroita.',
    ],
    sv: [
      'Gå igenom dina räkningar',
      'Leta fram den här månadens räkningar: på papper, i e-posten eller i nätbanken. Gör en lista: vilken räkning, summa och förfallodag. Märk ut vilka räkningar som redan är betalda. Om en räkning är försenad, berätta det för handledaren. Skriv inga kontonummer i listan.',
    ],
    en: [
      'Go through your bills',
      'Find this month’s bills: on paper, in your email or in your online bank. Make a list: which bill, the amount and the due date. Mark which bills are already paid. If a bill is late, tell your coach. Do not write account numbers in the list.',
    ],
  }),
  task('T003', ['life-management'], 'any', 60, 'writing', RUOKAVIRASTO, {
    fi: [
      'Suunnittele viikon ruoat',
      'Suunnittele ruoka jokaiselle viikon päivälle. Käytä lautasmallia: puolet lautasesta kasviksia, neljännes perunaa, riisiä tai pastaa ja neljännes kalaa, lihaa tai papuja. Katso ensin, mitä kaapissa jo on. Tee lopuksi kauppalista.',
    ],
    sv: [
      'Planera veckans mat',
      'Planera mat för varje dag i veckan. Använd tallriksmodellen: halva tallriken grönsaker, en fjärdedel potatis, ris eller pasta och en fjärdedel fisk, kött eller bönor. Titta först vad du redan har i skåpet. Gör till sist en inköpslista.',
    ],
    en: [
      'Plan the meals for the week',
      'Plan food for every day of the week. Use the plate model: half the plate vegetables, a quarter potato, rice or pasta, and a quarter fish, meat or beans. First look at what you already have in the cupboard. Then make a shopping list.',
    ],
  }),
  task('T004', ['life-management'], 'any', 60, 'writing', MARTAT, {
    fi: [
      'Vertaa ruoan hintoja',
      'Valitse viisi ruokaa, joita ostat usein. Katso niiden hinnat kahdesta kaupasta tai kauppojen verkkosivuilta. Kirjoita hinnat taulukkoon. Laske, kummasta kaupasta ostokset ovat halvempia.',
    ],
    sv: [
      'Jämför matpriser',
      'Välj fem livsmedel som du ofta köper. Kolla priserna i två butiker eller på butikernas webbsidor. Skriv priserna i en tabell. Räkna ut i vilken butik inköpen är billigare.',
    ],
    en: [
      'Compare food prices',
      'Choose five foods that you often buy. Check their prices in two shops or on the shops’ websites. Write the prices in a table. Work out which shop is cheaper for your shopping.',
    ],
  }),
  task('T005', ['life-management', 'daily-structure'], 'any', 45, 'photo', '', {
    fi: [
      'Kokoa menot kalenteriin',
      'Kokoa tulevan kuukauden menot yhteen kalenteriin: lääkäri, virastot, tapaamiset ja muut. Käytä paperikalenteria tai puhelimen kalenteria. Kirjoita jokaiseen kellonaika ja paikka. Laita muistutus päivää ennen. Ota kuva kalenterista ilman muiden ihmisten nimiä ja palauta se.',
    ],
    sv: [
      'Samla dina tider i en kalender',
      'Samla nästa månads tider i en kalender: läkare, myndigheter, möten och annat. Använd en papperskalender eller telefonens kalender. Skriv klockslag och plats för varje tid. Lägg in en påminnelse dagen före. Ta en bild av kalendern utan andra personers namn och skicka in den.',
    ],
    en: [
      'Put your appointments in a calendar',
      'Collect next month’s appointments in one calendar: doctor, offices, meetings and others. Use a paper calendar or the calendar on your phone. Write the time and place for each one. Set a reminder for the day before. Take a photo of the calendar without other people’s names and upload it.',
    ],
  }),
  task('T006', ['life-management'], 'remote', 45, 'writing', KELA, {
    fi: [
      'Tarkista asiasi OmaKelassa',
      'Kirjaudu OmaKelaan pankkitunnuksilla tai mobiilivarmenteella. Katso, mitä etuuksia sinulle maksetaan ja milloin. Tarkista, onko sinulle uusia viestejä. Kirjoita ylös yksi asia, jota haluat kysyä ohjaajalta.',
    ],
    sv: [
      'Kolla dina ärenden i MittFPA',
      'Logga in i MittFPA med bankkoder eller mobilcertifikat. Titta vilka förmåner du får och när de betalas. Kolla om du har nya meddelanden. Skriv ner en sak som du vill fråga handledaren.',
    ],
    en: [
      'Check your matters in OmaKela',
      'Log in to OmaKela (Kela’s e-service) with your online bank codes or mobile ID. See which benefits you get and when they are paid. Check if you have new messages. Write down one thing you want to ask your coach.',
    ],
  }),
  task('T007', ['life-management'], 'remote', 90, 'photo', MARTAT, {
    fi: [
      'Tee kodin siivouslista',
      'Kirjoita lista kodin siivoustöistä: esimerkiksi imurointi, tiskit, pyykit ja roskat. Päätä, minä päivänä teet kunkin työn. Tee tänään yksi työ listalta. Ota kuva listasta tai siivotusta paikasta ja palauta se.',
    ],
    sv: [
      'Gör en städlista för hemmet',
      'Skriv en lista över städsysslor hemma: till exempel dammsugning, disk, tvätt och sopor. Bestäm vilken dag du gör varje syssla. Gör en syssla från listan i dag. Ta en bild av listan eller av det du har städat och skicka in den.',
    ],
    en: [
      'Make a cleaning list for your home',
      'Write a list of cleaning jobs at home: for example vacuuming, dishes, laundry and rubbish. Decide which day you do each job. Do one job from the list today. Take a photo of the list or the place you cleaned and upload it.',
    ],
  }),

  // ── daily-structure (päivärytmi) ───────────────────────────────────────────────────────────
  task('T008', ['daily-structure'], 'any', 30, 'writing', '', {
    fi: [
      'Valitse heräämisaika',
      'Valitse yksi heräämisaika koko viikoksi. Laita herätys puhelimeen tai herätyskelloon. Kirjoita joka aamu, mihin aikaan heräsit ja nousit. Katso viikon lopussa, miten onnistuit.',
    ],
    sv: [
      'Välj en tid att vakna',
      'Välj en tid att vakna för hela veckan. Ställ in ett alarm i telefonen eller i en väckarklocka. Skriv varje morgon när du vaknade och steg upp. Titta i slutet av veckan hur det gick.',
    ],
    en: [
      'Choose a wake-up time',
      'Choose one wake-up time for the whole week. Set an alarm on your phone or an alarm clock. Every morning, write when you woke up and got up. At the end of the week, look at how it went.',
    ],
  }),
  task('T009', ['daily-structure'], 'any', 60, 'photo', '', {
    fi: [
      'Tee oma viikko-ohjelma',
      'Piirrä taulukko, jossa on viikon päivät. Merkitse siihen toimintapäivät, ruoka-ajat ja nukkumaanmeno. Lisää jokaiselle päivälle yksi mukava asia. Ota kuva valmiista ohjelmasta ja palauta se.',
    ],
    sv: [
      'Gör ett eget veckoschema',
      'Rita en tabell med veckans dagar. Skriv in verksamhetsdagarna, måltiderna och när du går och lägger dig. Lägg till en trevlig sak för varje dag. Ta en bild av det färdiga schemat och skicka in den.',
    ],
    en: [
      'Make your own weekly schedule',
      'Draw a table with the days of the week. Mark your activity days, mealtimes and bedtime in it. Add one nice thing for every day. Take a photo of the finished schedule and upload it.',
    ],
  }),
  task('T010', ['daily-structure'], 'any', 30, 'writing', MIELENTERVEYSTALO, {
    fi: [
      'Pidä unipäiväkirjaa',
      'Pidä unipäiväkirjaa viikon ajan. Kirjoita joka aamu: milloin menit nukkumaan, milloin heräsit ja miten nukuit. Kirjoita myös, joitko kahvia illalla tai katsoitko puhelinta sängyssä. Mieti viikon lopussa, mikä auttoi sinua nukkumaan.',
    ],
    sv: [
      'För sömndagbok',
      'För sömndagbok i en vecka. Skriv varje morgon: när du gick och lade dig, när du vaknade och hur du sov. Skriv också om du drack kaffe på kvällen eller tittade på telefonen i sängen. Fundera i slutet av veckan på vad som hjälpte dig att sova.',
    ],
    en: [
      'Keep a sleep diary',
      'Keep a sleep diary for one week. Every morning, write when you went to bed, when you woke up and how you slept. Also write if you drank coffee in the evening or looked at your phone in bed. At the end of the week, think about what helped you sleep.',
    ],
  }),
  task('T011', ['daily-structure'], 'any', 30, 'writing', '', {
    fi: [
      'Tee aamun lista',
      'Tee itsellesi aamun lista, jossa on 3–5 asiaa. Esimerkiksi: nouse ylös, pese hampaat, syö aamupala ja avaa verhot. Tee asiat samassa järjestyksessä joka aamu. Kirjoita, mikä oli helppoa ja mikä vaikeaa.',
    ],
    sv: [
      'Gör en morgonlista',
      'Gör en morgonlista med 3–5 saker. Till exempel: stig upp, borsta tänderna, ät frukost och dra ifrån gardinerna. Gör sakerna i samma ordning varje morgon. Skriv vad som var lätt och vad som var svårt.',
    ],
    en: [
      'Make a morning list',
      'Make a morning list with 3–5 things. For example: get up, brush your teeth, eat breakfast and open the curtains. Do the things in the same order every morning. Write what was easy and what was hard.',
    ],
  }),
  task('T012', ['daily-structure'], 'any', 30, 'writing', '', {
    fi: [
      'Suunnittele huominen',
      'Kirjoita illalla huomisen tärkeimmät asiat. Valitse enintään kolme asiaa. Kirjoita jokaisen viereen kellonaika. Tarkista seuraavana iltana, mitkä asiat sait tehtyä.',
    ],
    sv: [
      'Planera morgondagen',
      'Skriv på kvällen ner de viktigaste sakerna för i morgon. Välj högst tre saker. Skriv ett klockslag bredvid varje sak. Kolla nästa kväll vilka saker du fick gjorda.',
    ],
    en: [
      'Plan tomorrow',
      'In the evening, write down the most important things for tomorrow. Choose three things at most. Write a time next to each one. The next evening, check which things you got done.',
    ],
  }),
  task('T013', ['daily-structure', 'digital-skills'], 'any', 45, 'writing', '', {
    fi: [
      'Seuraa ruutuaikaa',
      'Katso puhelimen asetuksista, kuinka kauan käytit puhelinta eilen. Kirjoita aika ylös. Valitse tälle päivälle yksi tunti ilman puhelinta. Kirjoita, mitä teit sen tunnin aikana ja miltä se tuntui.',
    ],
    sv: [
      'Följ din skärmtid',
      'Titta i telefonens inställningar hur länge du använde telefonen i går. Skriv ner tiden. Välj en timme i dag utan telefon. Skriv vad du gjorde under den timmen och hur det kändes.',
    ],
    en: [
      'Check your screen time',
      'Look in your phone’s settings to see how long you used your phone yesterday. Write the time down. Choose one hour today without your phone. Write what you did in that hour and how it felt.',
    ],
  }),

  // ── digital-skills (digitaidot) ────────────────────────────────────────────────────────────
  task('T014', ['digital-skills'], 'remote', 45, 'writing', SUOMI_FI, {
    fi: [
      'Lue Suomi.fi-viestisi',
      'Mene sivulle suomi.fi ja kirjaudu sisään pankkitunnuksilla tai mobiilivarmenteella. Avaa Viestit. Katso, onko sinulle tullut viestejä viranomaisilta. Kirjoita, mitä opit. Älä kirjoita vastaukseen henkilötunnusta tai tunnuslukuja.',
    ],
    sv: [
      'Läs dina meddelanden i Suomi.fi',
      'Gå till suomi.fi och logga in med bankkoder eller mobilcertifikat. Öppna Meddelanden. Titta om du har fått meddelanden från myndigheter. Skriv vad du lärde dig. Skriv inte din personbeteckning eller dina koder i svaret.',
    ],
    en: [
      'Read your Suomi.fi messages',
      'Go to suomi.fi and log in with your online bank codes or mobile ID. Open Messages. See if public authorities have sent you messages. Write what you learned. Do not write your personal identity code or any codes in your answer.',
    ],
  }),
  task('T015', ['digital-skills'], 'remote', 30, 'none', GMAIL_HELP, {
    fi: [
      'Lähetä sähköposti ja liite',
      'Kirjoita ohjaajallesi lyhyt sähköposti tämän päivän kuulumisista. Liitä viestiin kuva tai tiedosto: paina paperiliittimen kuvaa. Tarkista ennen lähettämistä, että liite näkyy viestissä. Lähetä viesti.',
    ],
    sv: [
      'Skicka e-post med en bilaga',
      'Skriv ett kort e-postmeddelande till din handledare om hur din dag är. Bifoga en bild eller en fil: tryck på bilden av ett gem. Kolla före du skickar att bilagan syns i meddelandet. Skicka meddelandet.',
    ],
    en: [
      'Send an email with an attachment',
      'Write a short email to your coach about your day. Attach a photo or a file: press the paper clip picture. Before you send, check that the attachment shows in the message. Send the message.',
    ],
  }),
  task('T016', ['digital-skills'], 'remote', 45, 'writing', KYBER, {
    fi: [
      'Tee vahva salasana',
      'Lue, miten tehdään vahva salasana. Hyvä salasana on pitkä, esimerkiksi neljä sanaa peräkkäin. Vaihda yksi vanha salasana uuteen. Älä koskaan lähetä salasanaa kenellekään, et myöskään ohjaajalle. Kirjoita vastaukseen vain, minkä palvelun salasanan vaihdoit.',
    ],
    sv: [
      'Gör ett starkt lösenord',
      'Läs hur man gör ett starkt lösenord. Ett bra lösenord är långt, till exempel fyra ord efter varandra. Byt ett gammalt lösenord till ett nytt. Skicka aldrig ditt lösenord till någon, inte heller till handledaren. Skriv bara i svaret vilken tjänsts lösenord du bytte.',
    ],
    en: [
      'Make a strong password',
      'Read how to make a strong password. A good password is long, for example four words in a row. Change one old password to a new one. Never send your password to anyone, not even to your coach. In your answer, only write which service’s password you changed.',
    ],
  }),
  task('T017', ['digital-skills'], 'remote', 30, 'none', MEET_HELP, {
    fi: [
      'Harjoittele videopuhelua',
      'Avaa ohjaajan lähettämä videopuhelun linkki. Kokeile, että kuulet ja näet. Laita mikrofoni ja kamera pois päältä ja taas päälle. Kirjoita chat-ikkunaan yksi tervehdys.',
    ],
    sv: [
      'Öva på videosamtal',
      'Öppna länken till videosamtalet som handledaren har skickat. Prova att du hör och ser. Stäng av mikrofonen och kameran och sätt på dem igen. Skriv en hälsning i chattfönstret.',
    ],
    en: [
      'Practise a video call',
      'Open the video call link your coach sent you. Check that you can hear and see. Turn the microphone and camera off and on again. Write one greeting in the chat window.',
    ],
  }),
  task('T018', ['digital-skills'], 'remote', 45, 'writing', DRIVE_HELP, {
    fi: [
      'Tallenna tiedosto Driveen',
      'Kirjoita lyhyt teksti, esimerkiksi tämän päivän kuulumiset. Tallenna se omaan Drive-kansioosi. Anna tiedostolle selkeä nimi, jossa on päivämäärä. Tarkista, että tiedosto näkyy kansiossa.',
    ],
    sv: [
      'Spara en fil i Drive',
      'Skriv en kort text, till exempel om hur din dag är. Spara den i din egen mapp i Drive. Ge filen ett tydligt namn med datum. Kolla att filen syns i mappen.',
    ],
    en: [
      'Save a file to Drive',
      'Write a short text, for example about your day. Save it in your own Drive folder. Give the file a clear name with the date in it. Check that the file shows in the folder.',
    ],
  }),
  task('T019', ['digital-skills'], 'any', 30, 'photo', DRIVE_HELP, {
    fi: [
      'Ota kuva ja lataa se',
      'Ota puhelimella kuva jostakin, mitä teit tänään. Tarkista, että kuva on tarkka eikä siinä näy muita ihmisiä. Lataa kuva omaan kansioosi. Anna kuvalle lyhyt nimi.',
    ],
    sv: [
      'Ta en bild och ladda upp den',
      'Ta en bild med telefonen av något du gjorde i dag. Kolla att bilden är skarp och att inga andra personer syns. Ladda upp bilden till din egen mapp. Ge bilden ett kort namn.',
    ],
    en: [
      'Take a photo and upload it',
      'Take a photo with your phone of something you did today. Check that the photo is sharp and shows no other people. Upload the photo to your own folder. Give the photo a short name.',
    ],
  }),
  task('T020', ['digital-skills'], 'remote', 45, 'writing', KYBER, {
    fi: [
      'Tunnista huijausviesti',
      'Lue Kyberturvallisuuskeskuksen sivulta, miltä huijausviesti näyttää. Kirjoita kolme merkkiä, joista tunnistat huijauksen. Esimerkiksi kiire, outo linkki tai pyyntö antaa pankkitunnukset. Jos saat epäilyttävän viestin, älä avaa linkkiä.',
    ],
    sv: [
      'Känn igen ett bedrägeri',
      'Läs på Cybersäkerhetscentrets webbsida hur ett bedrägerimeddelande ser ut. Skriv tre tecken som hjälper dig att känna igen ett bedrägeri. Till exempel brådska, en konstig länk eller en begäran om bankkoder. Om du får ett misstänkt meddelande, öppna inte länken.',
    ],
    en: [
      'Spot a scam message',
      'Read on the National Cyber Security Centre’s page what a scam message looks like. Write three signs that help you spot a scam. For example hurry, a strange link or a request for your bank codes. If you get a suspicious message, do not open the link.',
    ],
  }),
  task('T021', ['digital-skills'], 'remote', 60, 'writing', DIGITAIDOT, {
    fi: [
      'Opettele uusi digitaito',
      'Mene sivulle digitaidot.fi. Valitse yksi ohje, joka kiinnostaa sinua, esimerkiksi kuvan lähettäminen tai päivitykset. Tee ohjeen mukaan omalla laitteellasi. Kirjoita, mitä opit ja mikä oli vaikeaa.',
    ],
    sv: [
      'Lär dig en ny digital färdighet',
      'Gå till digitaidot.fi. Välj en instruktion som intresserar dig, till exempel att skicka en bild eller att uppdatera. Gör som instruktionen säger på din egen apparat. Skriv vad du lärde dig och vad som var svårt.',
    ],
    en: [
      'Learn a new digital skill',
      'Go to digitaidot.fi. Choose one guide that interests you, for example sending a photo or updates. Follow the guide on your own device. Write what you learned and what was hard.',
    ],
  }),

  // ── career-guidance (urasuunnittelu) ───────────────────────────────────────────────────────
  task('T022', ['career-guidance'], 'remote', 120, 'writing', TYOMARKKINATORI, {
    fi: [
      'Tee ansioluettelo',
      'Tee itsellesi ansioluettelo eli CV. Kirjoita yhteystiedot, koulutus, työkokemus ja taidot. Muista myös harrastukset ja vapaaehtoistyö. Pidä CV yhden sivun mittaisena ja tallenna se omaan kansioosi.',
    ],
    sv: [
      'Skriv en meritförteckning',
      'Gör en meritförteckning, ett CV. Skriv kontaktuppgifter, utbildning, arbetserfarenhet och färdigheter. Kom också ihåg hobbyer och frivilligarbete. Håll CV:t på en sida och spara det i din egen mapp.',
    ],
    en: [
      'Write your CV',
      'Make your own CV. Write your contact details, education, work experience and skills. Remember hobbies and volunteer work too. Keep the CV to one page and save it in your own folder.',
    ],
  }),
  task('T023', ['career-guidance'], 'any', 45, 'writing', '', {
    fi: [
      'Kirjoita vahvuutesi',
      'Kirjoita viisi asiaa, joissa olet hyvä. Ne voivat olla pieniä asioita, kuten täsmällisyys tai ruoanlaitto. Kirjoita jokaisen viereen esimerkki, milloin teit niin. Voit kysyä apua läheiseltä.',
    ],
    sv: [
      'Skriv dina styrkor',
      'Skriv fem saker som du är bra på. Det kan vara små saker, som att vara punktlig eller att laga mat. Skriv ett exempel bredvid varje sak på när du gjorde så. Du kan be någon som står dig nära om hjälp.',
    ],
    en: [
      'Write down your strengths',
      'Write five things you are good at. They can be small things, like being on time or cooking. Next to each one, write an example of when you did it. You can ask someone close to you for help.',
    ],
  }),
  task('T024', ['career-guidance'], 'remote', 60, 'writing', TYOMARKKINATORI, {
    fi: [
      'Etsi kolme työpaikkailmoitusta',
      'Mene Työmarkkinatorille ja etsi kolme työpaikkailmoitusta, jotka kiinnostavat sinua. Kirjoita jokaisesta: mikä työ, missä ja mitä siinä vaaditaan. Merkitse, mitkä taidot sinulla jo on. Kirjoita, mitä sinun pitäisi vielä oppia.',
    ],
    sv: [
      'Hitta tre jobbannonser',
      'Gå till Jobbmarknaden och hitta tre jobbannonser som intresserar dig. Skriv för varje annons: vilket jobb, var och vad som krävs. Märk ut vilka färdigheter du redan har. Skriv vad du ännu borde lära dig.',
    ],
    en: [
      'Find three job ads',
      'Go to Job Market Finland (Työmarkkinatori) and find three job ads that interest you. For each ad, write: what job, where, and what it requires. Mark the skills you already have. Write what you would still need to learn.',
    ],
  }),
  task('T025', ['career-guidance', 'digital-skills'], 'remote', 60, 'writing', TYOMARKKINATORI, {
    fi: [
      'Päivitä profiili Työmarkkinatorilla',
      'Kirjaudu Työmarkkinatorille. Katso oman profiilisi tiedot. Lisää profiiliin yksi taito tai työkokemus. Kirjoita, mitä uutta huomasit palvelussa.',
    ],
    sv: [
      'Uppdatera din profil i Jobbmarknaden',
      'Logga in i Jobbmarknaden. Titta på uppgifterna i din profil. Lägg till en färdighet eller en arbetserfarenhet. Skriv vad nytt du märkte i tjänsten.',
    ],
    en: [
      'Update your profile in Job Market Finland',
      'Log in to Job Market Finland (Työmarkkinatori). Look at the details in your profile. Add one skill or one work experience to it. Write what new things you noticed in the service.',
    ],
  }),
  task('T026', ['career-guidance'], 'any', 60, 'video', '', {
    fi: [
      'Harjoittele haastattelukysymyksiä',
      'Vastaa ääneen kolmeen kysymykseen: Kerro itsestäsi. Miksi haet tätä työtä? Mikä on vahvuutesi? Nauhoita vastaukset puhelimella. Kuuntele ne ja mieti, mitä haluat parantaa.',
    ],
    sv: [
      'Öva på intervjufrågor',
      'Svara högt på tre frågor: Berätta om dig själv. Varför söker du det här jobbet? Vad är din styrka? Spela in svaren med telefonen. Lyssna på dem och fundera på vad du vill göra bättre.',
    ],
    en: [
      'Practise interview questions',
      'Answer three questions out loud: Tell me about yourself. Why do you want this job? What is your strength? Record your answers with your phone. Listen to them and think about what you want to do better.',
    ],
  }),
  task('T027', ['career-guidance'], 'in-person', 60, 'none', '', {
    fi: [
      'Harjoitushaastattelu ohjaajan kanssa',
      'Tänään harjoittelet työhaastattelua ohjaajan kanssa pajalla. Ota mukaan CV tai yksi kiinnostava työpaikkailmoitus. Ohjaaja kysyy kysymyksiä kuten oikeassa haastattelussa. Lopuksi puhutte, mikä meni hyvin.',
    ],
    sv: [
      'Övningsintervju med handledaren',
      'I dag övar du på en arbetsintervju med handledaren i verkstaden. Ta med ditt CV eller en intressant jobbannons. Handledaren ställer frågor som i en riktig intervju. Till sist pratar ni om vad som gick bra.',
    ],
    en: [
      'Practice interview with your coach',
      'Today you practise a job interview with your coach at the workshop. Bring your CV or one interesting job ad. The coach asks questions like in a real interview. At the end, you talk about what went well.',
    ],
  }),
  task('T028', ['career-guidance'], 'remote', 60, 'writing', OPINTOPOLKU, {
    fi: [
      'Tutustu koulutuksiin',
      'Mene Opintopolku-sivulle. Etsi yksi koulutus, joka kiinnostaa sinua. Kirjoita ylös, missä koulutus on, kuinka kauan se kestää ja miten siihen haetaan. Kirjoita, mikä siinä kiinnostaa sinua.',
    ],
    sv: [
      'Bekanta dig med utbildningar',
      'Gå till webbplatsen Studieinfo (Opintopolku). Hitta en utbildning som intresserar dig. Skriv ner var utbildningen finns, hur länge den pågår och hur man söker. Skriv vad som intresserar dig i den.',
    ],
    en: [
      'Explore study options',
      'Go to the Studyinfo website (Opintopolku). Find one course or programme that interests you. Write down where it is, how long it takes and how to apply. Write what interests you about it.',
    ],
  }),

  // ── physical-activity (liikunta) ───────────────────────────────────────────────────────────
  task('T029', ['physical-activity'], 'any', 45, 'writing', UKK, {
    fi: [
      'Lähde kävelylle',
      'Kävele 30 minuuttia reipasta vauhtia. Voit kävellä ulkona tai kauppakeskuksessa. Pukeudu sään mukaan. Kirjoita lyhyesti, missä kävelit ja miltä se tuntui.',
    ],
    sv: [
      'Ta en promenad',
      'Gå i rask takt i 30 minuter. Du kan gå ute eller i ett köpcentrum. Klä dig efter vädret. Skriv kort var du gick och hur det kändes.',
    ],
    en: [
      'Go for a walk',
      'Walk at a brisk pace for 30 minutes. You can walk outside or in a shopping centre. Dress for the weather. Write briefly where you walked and how it felt.',
    ],
  }),
  task('T030', ['physical-activity'], 'any', 30, 'writing', UKK, {
    fi: [
      'Pidä venyttelytauko',
      'Venyttele rauhallisesti kaulaa, hartioita, selkää ja jalkoja. Pidä jokaista venytystä noin 20 sekuntia. Hengitä rauhallisesti. Venytys ei saa sattua. Kirjoita, miltä keho tuntui ennen ja jälkeen.',
    ],
    sv: [
      'Ta en stretchpaus',
      'Stretcha lugnt nacken, axlarna, ryggen och benen. Håll varje stretch i ungefär 20 sekunder. Andas lugnt. Det ska inte göra ont. Skriv hur kroppen kändes före och efter.',
    ],
    en: [
      'Take a stretching break',
      'Stretch your neck, shoulders, back and legs slowly. Hold each stretch for about 20 seconds. Breathe calmly. Stretching should not hurt. Write how your body felt before and after.',
    ],
  }),
  task('T031', ['physical-activity'], 'any', 30, 'writing', UKK, {
    fi: [
      'Kävele portaita',
      'Etsi portaat kotoa, kerrostalosta tai läheltä. Kävele portaat ylös ja alas rauhallisesti viisi kertaa. Pidä tarvittaessa kaiteesta kiinni. Jos sinulla on kipuja, kävele mieluummin tasaisella maalla. Kirjoita, montako kertaa jaksoit.',
    ],
    sv: [
      'Gå i trappor',
      'Hitta en trappa hemma, i ditt hus eller i närheten. Gå upp och ner för trappan lugnt fem gånger. Håll i ledstången vid behov. Om du har ont, gå hellre på plan mark. Skriv hur många gånger du orkade.',
    ],
    en: [
      'Walk the stairs',
      'Find stairs at home, in your building or nearby. Walk up and down the stairs calmly five times. Hold the handrail if you need to. If you have pain, walk on flat ground instead. Write how many times you managed.',
    ],
  }),
  task('T032', ['physical-activity', 'creative-work'], 'any', 90, 'photo', LUONTOON, {
    fi: [
      'Retki luontoon',
      'Mene luontoon: metsään, puistoon tai rannalle. Ole siellä vähintään tunnin ajan. Ota kolme kuvaa asioista, jotka huomasit. Palauta kuvat ja kirjoita retkestä yksi lause.',
    ],
    sv: [
      'En utflykt i naturen',
      'Gå ut i naturen: till skogen, parken eller stranden. Var där i minst en timme. Ta tre bilder av saker som du lade märke till. Skicka in bilderna och skriv en mening om utflykten.',
    ],
    en: [
      'A trip to nature',
      'Go out into nature: a forest, a park or a shore. Stay there for at least one hour. Take three photos of things you noticed. Upload the photos and write one sentence about the trip.',
    ],
  }),
  task('T033', ['physical-activity', 'daily-structure'], 'any', 30, 'writing', UKK, {
    fi: [
      'Pidä liikuntapäiväkirjaa',
      'Kirjoita viikon ajan joka päivä, miten liikuit. Myös kotityöt ja kauppareissut ovat liikuntaa. Laske viikon lopussa minuutit yhteen. Vertaa tulosta UKK-instituutin liikkumisen suositukseen.',
    ],
    sv: [
      'För motionsdagbok',
      'Skriv varje dag i en vecka hur du rörde på dig. Också hushållsarbete och att gå till affären räknas. Räkna ihop minuterna i slutet av veckan. Jämför med UKK-institutets rekommendation för fysisk aktivitet.',
    ],
    en: [
      'Keep an exercise diary',
      'For one week, write every day how you moved. Housework and trips to the shop count too. At the end of the week, add up the minutes. Compare the result with the UKK Institute’s physical activity recommendation.',
    ],
  }),
  task('T034', ['physical-activity'], 'any', 30, 'writing', UKK, {
    fi: [
      'Tee kotijumppa',
      'Tee 15 minuutin kotijumppa. Esimerkiksi: nouse tuolilta ylös ja istu alas, punnerra seinää vasten ja nouse varpaille. Tee jokaista liikettä 10 kertaa ja lepää välillä. Kirjoita, mitkä liikkeet teit.',
    ],
    sv: [
      'Gör ett hemgympapass',
      'Gör 15 minuter hemgympa. Till exempel: res dig upp från en stol och sätt dig igen, gör armhävningar mot väggen och gå upp på tå. Gör varje rörelse 10 gånger och vila emellan. Skriv vilka rörelser du gjorde.',
    ],
    en: [
      'Do a home workout',
      'Do a 15-minute home workout. For example: stand up from a chair and sit down, do push-ups against a wall and rise onto your toes. Do each move 10 times and rest in between. Write which moves you did.',
    ],
  }),
  task('T035', ['physical-activity'], 'in-person', 60, 'none', '', {
    fi: [
      'Liikuntahetki pajalla',
      'Tänään liikumme yhdessä pajalla. Pukeudu mukaviin vaatteisiin ja ota vesipullo mukaan. Ohjaaja näyttää liikkeet. Tee niin paljon kuin jaksat.',
    ],
    sv: [
      'Motionsstund i verkstaden',
      'I dag rör vi på oss tillsammans i verkstaden. Ta på dig bekväma kläder och ta med en vattenflaska. Handledaren visar rörelserna. Gör så mycket som du orkar.',
    ],
    en: [
      'Exercise session at the workshop',
      'Today we move together at the workshop. Wear comfortable clothes and bring a water bottle. The coach shows the moves. Do as much as you can.',
    ],
  }),

  // ── creative-work (luova työ) ──────────────────────────────────────────────────────────────
  task('T036', ['creative-work'], 'any', 90, 'photo', '', {
    fi: [
      'Kuvasarja',
      'Valitse aihe, esimerkiksi värit, ovet tai vuodenaika. Ota aiheesta viisi kuvaa. Älä kuvaa muita ihmisiä ilman lupaa. Palauta kuvat ja kirjoita jokaiselle lyhyt nimi.',
    ],
    sv: [
      'En bildserie',
      'Välj ett tema, till exempel färger, dörrar eller en årstid. Ta fem bilder på temat. Fotografera inte andra personer utan lov. Skicka in bilderna och ge varje bild ett kort namn.',
    ],
    en: [
      'A photo series',
      'Choose a theme, for example colours, doors or a season. Take five photos of the theme. Do not photograph other people without permission. Upload the photos and give each one a short name.',
    ],
  }),
  task('T037', ['creative-work'], 'any', 60, 'writing', '', {
    fi: [
      'Kirjoita tarina hyvästä päivästä',
      'Kirjoita lyhyt teksti aiheesta ”Hyvä päivä”. Teksti voi olla 5–10 lausetta. Voit kirjoittaa muistosta tai unelmasta. Oikeinkirjoitus ei ole tärkeää, tärkeintä on kirjoittaa.',
    ],
    sv: [
      'Skriv om en bra dag',
      'Skriv en kort text på temat ”En bra dag”. Texten kan vara 5–10 meningar. Du kan skriva om ett minne eller en dröm. Stavningen är inte viktig, det viktiga är att du skriver.',
    ],
    en: [
      'Write about a good day',
      'Write a short text called “A good day”. It can be 5–10 sentences. You can write about a memory or a dream. Spelling is not important; what matters is that you write.',
    ],
  }),
  task('T038', ['creative-work'], 'any', 60, 'photo', '', {
    fi: [
      'Piirrä näkymä ikkunasta',
      'Piirrä jotain, minkä näet ikkunasta. Käytä kynää, värejä tai puhelimen piirto-ohjelmaa. Piirustuksen ei tarvitse olla hieno. Ota piirustuksesta kuva ja palauta se.',
    ],
    sv: [
      'Rita utsikten från fönstret',
      'Rita något som du ser från fönstret. Använd penna, färger eller ett ritprogram i telefonen. Teckningen behöver inte vara fin. Ta en bild av teckningen och skicka in den.',
    ],
    en: [
      'Draw the view from your window',
      'Draw something you can see from your window. Use a pencil, colours or a drawing app on your phone. The drawing does not need to be beautiful. Take a photo of the drawing and upload it.',
    ],
  }),
  task('T039', ['creative-work', 'life-management'], 'any', 90, 'photo', MARTAT, {
    fi: [
      'Kirjoita oma resepti',
      'Valitse yksi ruoka, jonka osaat tehdä. Kirjoita resepti: ainekset, määrät ja työvaiheet. Tee ruoka ja ota siitä kuva. Palauta resepti ja kuva.',
    ],
    sv: [
      'Skriv ditt eget recept',
      'Välj en maträtt som du kan laga. Skriv receptet: ingredienser, mängder och arbetsmoment. Laga maten och ta en bild av den. Skicka in receptet och bilden.',
    ],
    en: [
      'Write your own recipe',
      'Choose one dish you know how to make. Write the recipe: ingredients, amounts and steps. Make the dish and take a photo of it. Upload the recipe and the photo.',
    ],
  }),
  task('T040', ['creative-work'], 'any', 120, 'photo', '', {
    fi: [
      'Tee pieni käsityö',
      'Tee pieni käsityö: neulo, virkkaa, ompele, korjaa vaate tai rakenna jotain puusta. Voit käyttää kierrätysmateriaaleja. Ota kuva työstä alussa ja lopussa. Kirjoita, mitä teit.',
    ],
    sv: [
      'Gör ett litet hantverk',
      'Gör ett litet hantverk: sticka, virka, sy, laga ett plagg eller bygg något av trä. Du kan använda återvunnet material. Ta en bild av arbetet i början och i slutet. Skriv vad du gjorde.',
    ],
    en: [
      'Make a small handicraft',
      'Make a small handicraft: knit, crochet, sew, mend a piece of clothing or build something from wood. You can use recycled materials. Take a photo of your work at the start and at the end. Write what you did.',
    ],
  }),
  task('T041', ['creative-work'], 'in-person', 180, 'photo', '', {
    fi: [
      'Käsityöpäivä pajalla',
      'Tänään teet käsityötä pajalla. Valitse ohjaajan kanssa työ ja materiaalit. Työskentele omaan tahtiin ja pidä taukoja. Ota lopuksi kuva työstä ja palauta se.',
    ],
    sv: [
      'Hantverksdag i verkstaden',
      'I dag gör du hantverk i verkstaden. Välj arbete och material tillsammans med handledaren. Arbeta i din egen takt och ta pauser. Ta till sist en bild av arbetet och skicka in den.',
    ],
    en: [
      'Craft day at the workshop',
      'Today you do handicraft at the workshop. Choose the work and materials with your coach. Work at your own pace and take breaks. At the end, take a photo of your work and upload it.',
    ],
  }),
  task('T042', ['creative-work', 'digital-skills'], 'remote', 45, 'writing', SELKOUUTISET, {
    fi: [
      'Lue selkouutinen ja kerro siitä',
      'Lue yksi uutinen Yle Selkouutisista. Kirjoita uutisesta kolme lausetta omin sanoin. Kirjoita myös, mitä mieltä olet asiasta. Voit myös kuunnella uutisen.',
    ],
    sv: [
      'Läs en nyhet på lätt svenska',
      'Läs en nyhet på Yle Klartext (nyheter på lätt svenska). Skriv tre meningar om nyheten med egna ord. Skriv också vad du tycker om saken. Du kan också lyssna på nyheten.',
    ],
    en: [
      'Read a plain-language news story',
      'Read one news story on Yle News in plain Finnish (Selkouutiset) or on Yle News in English. Write three sentences about it in your own words. Also write what you think about it. You can listen to the story too.',
    ],
  }),
];

export const STARTER_TASKS: Task[] = STARTER_LIST.map((task) =>
  WEEK_LONG.has(task.id) ? { ...task, weekLong: true } : task,
);

/** A task's title in the client's language, falling back to Finnish, then the id. */
export function taskTitle(task: Task, lang: Lang): string {
  return task.title[lang] || task.title.fi || task.id;
}

/** A task's instructions in the client's language, falling back to Finnish. */
export function taskInstructions(task: Task, lang: Lang): string {
  return task.instructions[lang] || task.instructions.fi || '';
}
