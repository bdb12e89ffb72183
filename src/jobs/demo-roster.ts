import { addDays, addMonths, formatDate } from '../core/dates';
import { settingKeyOf } from '../core/settings';
import { t } from '../core/i18n';
import { parseWeekday } from '../core/weekdays';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { updateRowsWhere } from '../workbook/update';
import { SETTINGS } from '../workbook/schema';
import { importClients, type ImportResult } from './import-clients';
import { openWorkbook } from './workbook-context';

/**
 * The demo roster: 22 invented clients in all four service models, three languages and four
 * groups, with periods placed around today so the demo always has running clients, one period
 * about to end (a warning) and one starting next week. Names, emails and phones are made up;
 * the `.example` domain can never receive mail.
 */

export const DEMO_COACHES = ['anna.ohjaaja@etapaja.example', 'mikko.ohjaaja@etapaja.example'];
export const DEMO_ORGANISATION = 'Etäpaja-demo';
/** The coaches' names and phones for the clients' letters (the coachContacts setting). */
export const DEMO_COACH_CONTACTS = [
  `${DEMO_COACHES[0]}, Anna Ohjaaja, 040 700 1001`,
  `${DEMO_COACHES[1]}, Mikko Ohjaaja, 040 700 1002`,
].join('\n');
export const DEMO_SITE_ADDRESS = 'Pajakatu 1, Helsinki';

export const DEMO_GROUPS = [
  {
    id: 'G1',
    name: 'Maanantai ja keskiviikko',
    meetingWeekday: 'maanantai',
    meetingTime: '10:00',
    meetingMinutes: 60,
    coach: DEMO_COACHES[0],
  },
  {
    id: 'G2',
    name: 'Tiistai ja torstai',
    meetingWeekday: 'tiistai',
    meetingTime: '13:00',
    meetingMinutes: 60,
    coach: DEMO_COACHES[1],
  },
  {
    id: 'G3',
    name: 'Kolmen päivän ryhmä',
    meetingWeekday: 'tiistai',
    meetingTime: '10:00',
    meetingMinutes: 45,
    coach: DEMO_COACHES[0],
  },
  {
    id: 'G4',
    name: 'Hybridiryhmä',
    meetingWeekday: 'torstai',
    meetingTime: '10:00',
    meetingMinutes: 60,
    coach: DEMO_COACHES[1],
  },
];

type Model = 'pitkäkestoinen' | 'lyhytkestoinen' | 'jaksottainen' | 'hybridi';
interface DemoClient {
  name: string;
  lang: 'suomi' | 'ruotsi' | 'englanti';
  model: Model;
  /** Period start relative to today, in days; period length in months. */
  startDays: number;
  months: number;
  days: string;
  inPerson?: string;
  hours: number;
  group: string;
  coach: 0 | 1;
  tags: string;
  goals: string;
  contact?: string;
  /** A landline, say; otherwise a made-up mobile number. */
  phone?: string;
}

const C: DemoClient[] = [
  {
    name: 'Aino Virtanen',
    lang: 'suomi',
    model: 'pitkäkestoinen',
    startDays: -90,
    months: 12,
    days: 'ma, ke',
    hours: 4,
    group: 'G1',
    coach: 0,
    tags: 'daily-structure, digital-skills',
    goals: 'Säännöllinen päivärytmi',
  },
  {
    name: 'Eero Korhonen',
    lang: 'suomi',
    model: 'pitkäkestoinen',
    startDays: -200,
    months: 12,
    days: 'ma, ke',
    hours: 5,
    group: 'G1',
    coach: 0,
    tags: 'career-guidance',
    goals: 'Työnhaun aloittaminen',
  },
  {
    name: 'Sanna Mäkinen',
    lang: 'suomi',
    model: 'lyhytkestoinen',
    startDays: -30,
    months: 3,
    days: 'maanantai, keskiviikko',
    hours: 4,
    group: 'G1',
    coach: 0,
    tags: 'life-management',
    goals: 'Arjen hallinta',
  },
  {
    name: 'Johan Lindqvist',
    lang: 'ruotsi',
    model: 'pitkäkestoinen',
    startDays: -60,
    months: 6,
    days: 'mån, ons',
    hours: 6,
    group: 'G1',
    coach: 0,
    tags: 'physical-activity',
    goals: 'Mer rörelse i vardagen',
  },
  {
    name: 'Laura Nieminen',
    lang: 'suomi',
    model: 'jaksottainen',
    startDays: -120,
    months: 9,
    days: 'ma ke',
    hours: 4,
    group: 'G1',
    coach: 0,
    tags: 'creative-work',
    goals: 'Luova tekeminen etänä',
  },
  {
    name: 'Mikael Heikkinen',
    lang: 'suomi',
    model: 'lyhytkestoinen',
    startDays: -80,
    months: 3,
    days: 'ma, ke',
    hours: 4,
    group: 'G1',
    coach: 0,
    tags: 'digital-skills',
    goals: 'Sähköpostin käyttö',
  },
  {
    name: 'Petra Koskinen',
    lang: 'suomi',
    model: 'pitkäkestoinen',
    startDays: -10,
    months: 12,
    days: 'ti, to',
    hours: 6,
    group: 'G2',
    coach: 1,
    tags: 'career-guidance, digital-skills',
    goals: 'CV kuntoon',
  },
  {
    name: 'Olli Järvinen',
    lang: 'suomi',
    model: 'pitkäkestoinen',
    startDays: -300,
    months: 24,
    days: 'ti–to',
    hours: 4,
    group: 'G3',
    coach: 0,
    tags: 'daily-structure',
    goals: 'Aamurutiinit',
  },
  {
    name: 'Emma Svensson',
    lang: 'ruotsi',
    model: 'lyhytkestoinen',
    startDays: -20,
    months: 3,
    days: 'tis, tor',
    hours: 5,
    group: 'G2',
    coach: 1,
    tags: 'life-management, career-guidance',
    goals: 'Planera veckan',
  },
  {
    name: 'Ahmed Hassan',
    lang: 'englanti',
    model: 'pitkäkestoinen',
    startDays: -45,
    months: 6,
    days: 'Tue, Thu',
    hours: 4,
    group: 'G2',
    coach: 1,
    tags: 'digital-skills',
    goals: 'Learn to use online services',
  },
  {
    name: 'Tiina Lehtonen',
    lang: 'suomi',
    model: 'jaksottainen',
    startDays: -150,
    months: 12,
    days: 'ti, to',
    hours: 6,
    group: 'G2',
    coach: 1,
    tags: 'physical-activity, daily-structure',
    goals: 'Liikuntaa viikkoon',
  },
  {
    name: 'Ville Saarinen',
    lang: 'suomi',
    model: 'pitkäkestoinen',
    startDays: 7,
    months: 6,
    days: 'ti, to',
    hours: 4,
    group: 'G2',
    coach: 1,
    tags: 'career-guidance',
    goals: 'Koulutusvaihtoehdot',
  },
  {
    name: 'Maria Ahonen',
    lang: 'suomi',
    model: 'lyhytkestoinen',
    startDays: -85,
    months: 3,
    days: 'ma, ti, to',
    hours: 4,
    group: 'G3',
    coach: 0,
    tags: 'creative-work',
    goals: 'Valokuvaus',
  },
  {
    name: 'Daniel Okafor',
    lang: 'englanti',
    model: 'jaksottainen',
    startDays: -100,
    months: 12,
    days: 'Mon, Tue, Thu',
    hours: 5,
    group: 'G3',
    coach: 0,
    tags: 'digital-skills, career-guidance',
    goals: 'Find a training course',
  },
  {
    name: 'Katja Rantanen',
    lang: 'suomi',
    model: 'pitkäkestoinen',
    startDays: -40,
    months: 12,
    days: 'ma, ti, to',
    hours: 6,
    group: 'G3',
    coach: 0,
    tags: 'life-management',
    goals: 'Raha-asiat hallintaan',
  },
  {
    name: 'Lars Holmberg',
    lang: 'ruotsi',
    model: 'pitkäkestoinen',
    startDays: -70,
    months: 9,
    days: 'mån, tis, tor',
    hours: 4,
    group: 'G3',
    coach: 0,
    tags: 'daily-structure, physical-activity',
    goals: 'Rutiner och promenader',
  },
  {
    name: 'Jussi Laine',
    lang: 'suomi',
    model: 'hybridi',
    startDays: -60,
    months: 12,
    days: 'ti, ke, to',
    inPerson: 'ke',
    hours: 6,
    group: 'G4',
    coach: 1,
    tags: 'career-guidance',
    goals: 'Työkokeilu verstaalla',
  },
  {
    name: 'Hanna Kallio',
    lang: 'suomi',
    model: 'hybridi',
    startDays: -30,
    months: 6,
    days: 'ti, ke, to',
    inPerson: 'ke',
    hours: 5,
    group: 'G4',
    coach: 1,
    tags: 'creative-work, daily-structure',
    goals: 'Käsityöt',
  },
  {
    name: 'Sofia Berg',
    lang: 'ruotsi',
    model: 'hybridi',
    startDays: -15,
    months: 6,
    days: 'tis, ons, tor',
    inPerson: 'ons, tor',
    hours: 4,
    group: 'G4',
    coach: 1,
    tags: 'life-management',
    goals: 'Vardagen i ordning',
    contact: 'whatsapp',
  },
  {
    name: 'Grace Miller',
    lang: 'englanti',
    model: 'hybridi',
    startDays: -50,
    months: 6,
    days: 'Tue, Wed, Thu',
    inPerson: 'Wed',
    hours: 4,
    group: 'G4',
    coach: 1,
    tags: 'digital-skills, physical-activity',
    goals: 'Video calls and walking',
  },
  {
    name: 'Timo Hiltunen',
    lang: 'suomi',
    model: 'pitkäkestoinen',
    startDays: -170,
    months: 12,
    days: 'ti, ke, to',
    hours: 6,
    group: 'G4',
    coach: 1,
    tags: 'physical-activity',
    goals: 'Kunnon kohotus',
    contact: 'tekstiviesti',
  },
  {
    name: 'Riikka Peltonen',
    lang: 'suomi',
    model: 'jaksottainen',
    startDays: -60,
    months: 6,
    days: 'ma, ke',
    hours: 4,
    group: 'G1',
    coach: 0,
    tags: 'daily-structure, creative-work',
    goals: 'Kirjoittaminen',
    contact: 'puhelin',
    phone: '09 310 1234',
  },
];

const HEADER = [
  'Nimi',
  'Sähköposti',
  'Puhelin',
  'Kieli',
  'Yhteystapa',
  'Malli',
  'Jakso alkaa',
  'Jakso päättyy',
  'Työtoimintapäivät',
  'Lähipäivät',
  'Tunnit/päivä',
  'Ryhmä',
  'Ohjaaja',
  'Tavoitteet',
  'Tavoitealueet',
  'Perehdytetty',
  'Tila',
];

const quote = (cell: string): string =>
  /[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

function emailOf(name: string): string {
  const ascii = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '.');
  return `${ascii}@asiakas.example`;
}

/**
 * The demo roster as a Finnish-Excel CSV (semicolons), periods placed around `today`. The
 * first client's period ends in ten days, so the demo shows the "ends soon" warning.
 */
export function demoRosterCsv(today: string): string {
  const lines = [HEADER.join(';')];
  C.forEach((c, i) => {
    const start = addDays(today, c.startDays);
    const end = i === 0 ? addDays(today, 10) : addDays(addMonths(start, c.months), -1);
    const realStart = i === 0 ? addDays(addMonths(end, -c.months), 1) : start;
    const phone =
      c.phone ?? `040 ${String(100 + i).padStart(3, '0')} ${String(2000 + i * 37).slice(-4)}`;
    lines.push(
      [
        c.name,
        emailOf(c.name),
        phone,
        c.lang,
        c.contact ?? 'sähköposti',
        c.model,
        formatDate(realStart),
        formatDate(end),
        c.days,
        c.inPerson ?? '',
        String(c.hours).replace('.', ','),
        c.group,
        DEMO_COACHES[c.coach],
        '',
        c.tags,
        i % 5 === 4 ? 'ei' : 'kyllä',
        'aktiivinen',
      ]
        .map((cell, k) => (k === 13 ? quote(c.goals) : quote(cell)))
        .join(';'),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

export interface DemoResult {
  groupsAdded: number;
  settingsFilled: string[];
  import: ImportResult;
}

/** Fills the demo's coaches and groups (only what is missing), then imports the roster. */
export function loadDemoRoster(): DemoResult {
  const prepared = withScriptLock(() => prepareDemo(), 30_000);
  if (!prepared.ran) throw new Error('Etäpaja: another run is busy. Try again in a minute.');
  const { today } = openWorkbook();
  return { ...prepared.value, import: importClients(demoRosterCsv(today)) };
}

function prepareDemo(): Omit<DemoResult, 'import'> {
  const ctx = openWorkbook();
  const settings = openTable(ctx.spreadsheet, 'settings');
  const fill = new Map<string, Record<string, unknown>>();
  for (const row of settings.rows) {
    const key = settingKeyOf(cellText(row.values.key));
    if (!key) continue;
    if (key === 'coaches' && cellText(row.values.value) === '')
      fill.set(key, { value: DEMO_COACHES.join(', ') });
    if (key === 'organisation' && cellText(row.values.value) === '')
      fill.set(key, { value: DEMO_ORGANISATION });
    if (key === 'coachContacts' && cellText(row.values.value) === '')
      fill.set(key, { value: DEMO_COACH_CONTACTS });
    if (key === 'siteAddress' && cellText(row.values.value) === '')
      fill.set(key, { value: DEMO_SITE_ADDRESS });
  }
  updateRowsWhere(settings.sheet, SETTINGS, (v) => settingKeyOf(cellText(v.key)) ?? '', fill, [
    'value',
  ]);
  const groups = openTable(ctx.spreadsheet, 'groups');
  const have = new Set(groups.rows.map((row) => cellText(row.values.id)));
  const missing = DEMO_GROUPS.filter((g) => !have.has(g.id));
  // The meeting day in the workbook's own words (one language per workbook).
  appendRows(
    groups,
    missing.map((g) => ({
      ...g,
      meetingWeekday: t(ctx.lang, `weekday.${parseWeekday(g.meetingWeekday) ?? 1}`),
    })),
  );
  return { groupsAdded: missing.length, settingsFilled: [...fill.keys()] };
}
