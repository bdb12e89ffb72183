import type { Lang } from '../core/types';
import { ROSTER_FIELDS, ROSTER_HEADERS, SYSTEM_FIELDS } from '../core/roster-columns';
import type { ColumnDef, Table, TableSchema } from './table';
import { findSheet, readTable } from './table';
import { normaliseHeader } from '../core/text';

/**
 * The coach's workbook: one sheet per stable key, with localised sheet names and headers.
 * Code always names tables and columns by key and field; the sheet is read by header, so a
 * coach may rename a sheet or a header into another of our languages, reorder columns or add
 * columns of their own. Documented column by column in docs/workbook.md.
 *
 * Keep the exported names stable: the dispatch, meeting and reminder jobs use them.
 */

export const SHEET_KEYS = [
  'clients',
  'groups',
  'tasks',
  'plans',
  'attendance',
  'meetings',
  'reflections',
  'sendlog',
  'log',
  'settings',
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** Closed lists shown as dropdowns; the words come from the vocabularies in src/core. */
export type ChoiceList =
  | 'lang'
  | 'model'
  | 'contact'
  | 'status'
  | 'yesNo'
  | 'attendance'
  | 'absenceReason'
  | 'returnFormat'
  | 'taskMode'
  | 'planMode'
  | 'meetingKind'
  | 'weekday';

export interface WorkbookColumn extends ColumnDef {
  /** A dropdown of allowed words (warning only: a coach's own word is still read). */
  choices?: ChoiceList;
  /** Shown as plain text so `040…` and `1.3.2026` stay as typed. */
  text?: boolean;
}

export interface WorkbookSchema extends TableSchema {
  key: SheetKey;
  columns: WorkbookColumn[];
}

type Headers = Record<Lang, string>;
const col = (
  field: string,
  headers: Headers,
  extra: Omit<WorkbookColumn, 'field' | 'headers'> = {},
): WorkbookColumn => ({ field, headers, ...extra });
const sys = (
  field: string,
  headers: Headers,
  extra: Omit<WorkbookColumn, 'field' | 'headers'> = {},
): WorkbookColumn => col(field, headers, { ...extra, system: true });

const ROSTER_CHOICES: Partial<Record<string, ChoiceList>> = {
  lang: 'lang',
  model: 'model',
  contact: 'contact',
  status: 'status',
  oriented: 'yesNo',
};
const ROSTER_TEXT = new Set([
  'phone',
  'periodStart',
  'periodEnd',
  'continuationUntil',
  'hoursPerDay',
  'orientedOn',
]);

const PROBLEMS: Headers = { fi: 'Huomiot', sv: 'Anmärkningar', en: 'Notes' };

export const CLIENTS: WorkbookSchema = {
  key: 'clients',
  names: { fi: 'Asiakkaat', sv: 'Klienter', en: 'Clients' },
  keyField: 'id',
  columns: [
    ...ROSTER_FIELDS.map((field) =>
      col(field, ROSTER_HEADERS[field], {
        system: SYSTEM_FIELDS.includes(field) || field === 'id' ? true : undefined,
        choices: ROSTER_CHOICES[field],
        text: ROSTER_TEXT.has(field) || undefined,
      }),
    ),
    // Free text: the coach's reason to plan tasks before orientation (logged by planning).
    col('orientationOverride', {
      fi: 'Perehdytys ohitettu (syy)',
      sv: 'Introduktion överhoppad (orsak)',
      en: 'Orientation skipped (reason)',
    }),
    sys('folderId', { fi: 'Kansio', sv: 'Mapp', en: 'Folder' }),
    sys('token', { fi: 'Lomaketunniste', sv: 'Formulärnyckel', en: 'Form token' }),
  ],
};

export const GROUPS: WorkbookSchema = {
  key: 'groups',
  names: { fi: 'Ryhmät', sv: 'Grupper', en: 'Groups' },
  keyField: 'id',
  columns: [
    col('id', { fi: 'Tunnus', sv: 'Id', en: 'ID' }),
    col('name', { fi: 'Nimi', sv: 'Namn', en: 'Name' }),
    col(
      'meetingWeekday',
      { fi: 'Tapaamispäivä', sv: 'Mötesdag', en: 'Meeting day' },
      { choices: 'weekday' },
    ),
    col('meetingTime', { fi: 'Kellonaika', sv: 'Klockslag', en: 'Time' }, { text: true }),
    col('meetingMinutes', { fi: 'Kesto (min)', sv: 'Längd (min)', en: 'Length (min)' }),
    col('coach', { fi: 'Ohjaaja', sv: 'Handledare', en: 'Coach' }),
    col('meetingLink', { fi: 'Oma tapaamislinkki', sv: 'Egen möteslänk', en: 'Own meeting link' }),
    sys('members', { fi: 'Ehdotetut jäsenet', sv: 'Föreslagna medlemmar', en: 'Proposed members' }),
    sys('calendarEventId', {
      fi: 'Kalenteritapahtuma',
      sv: 'Kalenderhändelse',
      en: 'Calendar event',
    }),
    sys('meetLink', { fi: 'Meet-linkki', sv: 'Meet-länk', en: 'Meet link' }),
    sys('problems', PROBLEMS),
  ],
};

export const TASKS: WorkbookSchema = {
  key: 'tasks',
  names: { fi: 'Tehtäväpankki', sv: 'Uppgiftsbank', en: 'Task bank' },
  keyField: 'id',
  columns: [
    col('id', { fi: 'Tunnus', sv: 'Id', en: 'ID' }),
    col('titleFi', { fi: 'Otsikko (suomi)', sv: 'Rubrik (finska)', en: 'Title (Finnish)' }),
    col('titleSv', { fi: 'Otsikko (ruotsi)', sv: 'Rubrik (svenska)', en: 'Title (Swedish)' }),
    col('titleEn', { fi: 'Otsikko (englanti)', sv: 'Rubrik (engelska)', en: 'Title (English)' }),
    col('instructionsFi', {
      fi: 'Ohje (suomi)',
      sv: 'Instruktion (finska)',
      en: 'Instructions (Finnish)',
    }),
    col('instructionsSv', {
      fi: 'Ohje (ruotsi)',
      sv: 'Instruktion (svenska)',
      en: 'Instructions (Swedish)',
    }),
    col('instructionsEn', {
      fi: 'Ohje (englanti)',
      sv: 'Instruktion (engelska)',
      en: 'Instructions (English)',
    }),
    col('materialLink', { fi: 'Materiaalilinkki', sv: 'Materiallänk', en: 'Material link' }),
    col('goalTags', { fi: 'Tavoitealueet', sv: 'Målområden', en: 'Goal areas' }),
    col(
      'returnFormat',
      { fi: 'Palautustapa', sv: 'Returformat', en: 'Return format' },
      { choices: 'returnFormat' },
    ),
    col('minutes', { fi: 'Minuutit', sv: 'Minuter', en: 'Minutes' }),
    col(
      'mode',
      { fi: 'Etä/lähi', sv: 'Distans/när', en: 'Remote/in person' },
      { choices: 'taskMode' },
    ),
    col('active', { fi: 'Käytössä', sv: 'I bruk', en: 'In use' }, { choices: 'yesNo' }),
    // A task done a little every day (a sleep diary): planned once a week, shown once.
    col(
      'weekLong',
      { fi: 'Koko viikon tehtävä', sv: 'Uppgift för hela veckan', en: 'Whole-week task' },
      { choices: 'yesNo' },
    ),
    sys('problems', PROBLEMS),
  ],
};

export const PLANS: WorkbookSchema = {
  key: 'plans',
  names: { fi: 'Viikkosuunnitelmat', sv: 'Veckoplaner', en: 'Weekly plans' },
  keyField: 'key',
  columns: [
    sys('key', { fi: 'Avain', sv: 'Nyckel', en: 'Key' }),
    col('week', { fi: 'Viikko', sv: 'Vecka', en: 'Week' }, { text: true }),
    col('date', { fi: 'Päivä', sv: 'Dag', en: 'Date' }, { text: true }),
    col('clientId', { fi: 'Asiakas', sv: 'Klient', en: 'Client' }),
    sys('name', { fi: 'Nimi', sv: 'Namn', en: 'Name' }),
    col(
      'mode',
      { fi: 'Etä/lähi', sv: 'Distans/när', en: 'Remote/in person' },
      { choices: 'planMode' },
    ),
    col('hours', { fi: 'Tunnit', sv: 'Timmar', en: 'Hours' }),
    col('taskIds', { fi: 'Tehtävät', sv: 'Uppgifter', en: 'Tasks' }),
    sys('taskTitles', { fi: 'Tehtävien nimet', sv: 'Uppgifternas namn', en: 'Task titles' }),
    col('note', {
      fi: 'Viesti asiakkaalle',
      sv: 'Meddelande till klienten',
      en: 'Message to client',
    }),
    col('approved', { fi: 'Hyväksytty', sv: 'Godkänd', en: 'Approved' }, { choices: 'yesNo' }),
    sys('fingerprint', { fi: 'Tarkiste', sv: 'Kontrollsumma', en: 'Checksum' }),
    sys('problems', PROBLEMS),
  ],
};

export const ATTENDANCE: WorkbookSchema = {
  key: 'attendance',
  names: { fi: 'Läsnäolot', sv: 'Närvaro', en: 'Attendance' },
  keyField: 'key',
  columns: [
    sys('key', { fi: 'Avain', sv: 'Nyckel', en: 'Key' }),
    col('date', { fi: 'Päivä', sv: 'Dag', en: 'Date' }, { text: true }),
    col('week', { fi: 'Viikko', sv: 'Vecka', en: 'Week' }, { text: true }),
    col('clientId', { fi: 'Asiakas', sv: 'Klient', en: 'Client' }),
    sys('name', { fi: 'Nimi', sv: 'Namn', en: 'Name' }),
    sys(
      'observed',
      { fi: 'Havaittu', sv: 'Observerat', en: 'Observed' },
      { choices: 'attendance' },
    ),
    sys('sources', { fi: 'Lähteet', sv: 'Källor', en: 'Sources' }),
    col(
      'coachMark',
      { fi: 'Ohjaajan merkintä', sv: 'Handledarens markering', en: "Coach's mark" },
      { choices: 'attendance' },
    ),
    col(
      'absenceReason',
      { fi: 'Poissaolon syy', sv: 'Frånvaroorsak', en: 'Absence reason' },
      { choices: 'absenceReason' },
    ),
    sys('final', { fi: 'Lopullinen', sv: 'Slutlig', en: 'Final' }, { choices: 'attendance' }),
    sys('allowance', {
      fi: 'Kulukorvaus (€)',
      sv: 'Kostnadsersättning (€)',
      en: 'Expense allowance (€)',
    }),
    sys('reportedAt', { fi: 'Ilmoitettu Kelalle', sv: 'Anmält till FPA', en: 'Reported to Kela' }),
    col('note', { fi: 'Muistiinpano', sv: 'Anteckning', en: 'Note' }),
    sys('problems', PROBLEMS),
  ],
};

export const MEETINGS: WorkbookSchema = {
  key: 'meetings',
  names: { fi: 'Tapaamiset', sv: 'Möten', en: 'Meetings' },
  keyField: 'id',
  columns: [
    sys('id', { fi: 'Tunnus', sv: 'Id', en: 'ID' }),
    col('kind', { fi: 'Laji', sv: 'Typ', en: 'Kind' }, { choices: 'meetingKind' }),
    col('groupId', { fi: 'Ryhmä', sv: 'Grupp', en: 'Group' }),
    col('clientId', { fi: 'Asiakas', sv: 'Klient', en: 'Client' }),
    col('date', { fi: 'Päivä', sv: 'Dag', en: 'Date' }, { text: true }),
    col('start', { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' }, { text: true }),
    col('minutes', { fi: 'Kesto (min)', sv: 'Längd (min)', en: 'Length (min)' }),
    col('coach', { fi: 'Ohjaaja', sv: 'Handledare', en: 'Coach' }),
    // Teams, Zoom, Whereby or an existing Meet room: used instead of a generated Meet.
    col('meetingLink', { fi: 'Oma tapaamislinkki', sv: 'Egen möteslänk', en: 'Own meeting link' }),
    sys('meetLink', { fi: 'Tapaamislinkki', sv: 'Möteslänk', en: 'Meeting link' }),
    sys('calendarEventId', {
      fi: 'Kalenteritapahtuma',
      sv: 'Kalenderhändelse',
      en: 'Calendar event',
    }),
    sys('attendees', { fi: 'Osallistujat', sv: 'Deltagare', en: 'Attendees' }),
    col('note', { fi: 'Muistiinpano', sv: 'Anteckning', en: 'Note' }),
    sys('problems', PROBLEMS),
  ],
};

export const REFLECTIONS: WorkbookSchema = {
  key: 'reflections',
  names: { fi: 'Päiväkirjat', sv: 'Dagböcker', en: 'Reflections' },
  keyField: 'responseId',
  columns: [
    sys('responseId', { fi: 'Vastaus', sv: 'Svar', en: 'Response' }),
    sys('submittedAt', { fi: 'Lähetetty', sv: 'Skickat', en: 'Submitted' }),
    sys('clientId', { fi: 'Asiakas', sv: 'Klient', en: 'Client' }),
    sys('date', { fi: 'Päivä', sv: 'Dag', en: 'Date' }, { text: true }),
    sys('mood', { fi: 'Vointi', sv: 'Mående', en: 'How I feel' }),
    sys('tasksDone', { fi: 'Tehdyt tehtävät', sv: 'Gjorda uppgifter', en: 'Tasks done' }),
    sys('text', { fi: 'Kirjoitus', sv: 'Text', en: 'Text' }),
    sys('files', { fi: 'Tiedostot', sv: 'Filer', en: 'Files' }),
    sys('matchedBy', { fi: 'Tunnistettu', sv: 'Identifierad', en: 'Identified by' }),
    col('coachComment', {
      fi: 'Ohjaajan kommentti',
      sv: 'Handledarens kommentar',
      en: "Coach's comment",
    }),
    sys('problems', PROBLEMS),
  ],
};

export const SENDLOG: WorkbookSchema = {
  key: 'sendlog',
  names: { fi: 'Lähetykset', sv: 'Utskick', en: 'Send log' },
  keyField: 'sendKey',
  columns: [
    sys('sendKey', { fi: 'Avain', sv: 'Nyckel', en: 'Key' }),
    sys('kind', { fi: 'Laji', sv: 'Typ', en: 'Kind' }),
    sys('clientId', { fi: 'Asiakas', sv: 'Klient', en: 'Client' }),
    sys('week', { fi: 'Viikko', sv: 'Vecka', en: 'Week' }, { text: true }),
    sys('to', { fi: 'Vastaanottaja', sv: 'Mottagare', en: 'To' }),
    sys('status', { fi: 'Tila', sv: 'Status', en: 'Status' }),
    sys('attempts', { fi: 'Yrityksiä', sv: 'Försök', en: 'Attempts' }),
    sys('claimedAt', { fi: 'Varattu', sv: 'Reserverat', en: 'Claimed' }),
    sys('sentAt', { fi: 'Lähetetty', sv: 'Skickat', en: 'Sent' }),
    sys('messageId', { fi: 'Viestin tunnus', sv: 'Meddelande-id', en: 'Message ID' }),
    sys('error', { fi: 'Virhe', sv: 'Fel', en: 'Error' }),
  ],
};

export const LOG: WorkbookSchema = {
  key: 'log',
  names: { fi: 'Loki', sv: 'Logg', en: 'Log' },
  columns: [
    sys('time', { fi: 'Aika', sv: 'Tid', en: 'Time' }),
    sys('level', { fi: 'Taso', sv: 'Nivå', en: 'Level' }),
    sys('job', { fi: 'Toiminto', sv: 'Funktion', en: 'Job' }),
    sys('clientId', { fi: 'Asiakas', sv: 'Klient', en: 'Client' }),
    sys('message', { fi: 'Viesti', sv: 'Meddelande', en: 'Message' }),
    sys('details', { fi: 'Lisätiedot', sv: 'Detaljer', en: 'Details' }),
  ],
};

export const SETTINGS: WorkbookSchema = {
  key: 'settings',
  names: { fi: 'Asetukset', sv: 'Inställningar', en: 'Settings' },
  keyField: 'key',
  columns: [
    sys('key', { fi: 'Asetus', sv: 'Inställning', en: 'Setting' }),
    col('value', { fi: 'Arvo', sv: 'Värde', en: 'Value' }, { text: true }),
    sys('description', { fi: 'Selitys', sv: 'Förklaring', en: 'Description' }),
    sys('problems', PROBLEMS),
  ],
};

export const SCHEMAS: Record<SheetKey, WorkbookSchema> = {
  clients: CLIENTS,
  groups: GROUPS,
  tasks: TASKS,
  plans: PLANS,
  attendance: ATTENDANCE,
  meetings: MEETINGS,
  reflections: REFLECTIONS,
  sendlog: SENDLOG,
  log: LOG,
  settings: SETTINGS,
};

export function schemaOf(key: SheetKey): WorkbookSchema {
  return SCHEMAS[key];
}

/** The header row a new sheet gets, in the workbook's language and canonical order. */
export function headerRow(schema: TableSchema, lang: Lang): string[] {
  return schema.columns.map((column) => column.headers[lang]);
}

/** Thrown when a job needs a sheet that is not there; the coach runs setup again. */
export class MissingSheetError extends Error {
  constructor(readonly key: SheetKey) {
    super(
      `Etäpaja: sheet "${SCHEMAS[key].names.fi}" (${key}) is missing. Run setup (Etäpaja → Ota käyttöön).`,
    );
    this.name = 'MissingSheetError';
  }
}

/** The sheet of a table, under any of its localised names, or null. */
export function sheetOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: SheetKey,
  sheets?: GoogleAppsScript.Spreadsheet.Sheet[],
): GoogleAppsScript.Spreadsheet.Sheet | null {
  if (sheets) return findSheet(spreadsheet, SCHEMAS[key], sheets);
  let names = sheetNames.get(spreadsheet);
  if (!names) {
    names = spreadsheet
      .getSheets()
      .map((sheet) => ({ sheet, name: normaliseHeader(sheet.getName()) }));
    sheetNames.set(spreadsheet, names);
  }
  const wanted = new Set(Object.values(SCHEMAS[key].names).map(normaliseHeader));
  return names.find((n) => wanted.has(n.name))?.sheet ?? null;
}

/**
 * Sheet names per spreadsheet handle, read once per execution (each execution starts with a
 * fresh global scope). Setup, which adds and renames sheets, clears it.
 */
const sheetNames = new WeakMap<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string }[]
>();

export function forgetSheetNames(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  sheetNames.delete(spreadsheet);
}

/**
 * Opens a table by key and reads it in one batched call (header and rows, mapped by header).
 * Throws MissingSheetError if setup has not made the sheet.
 */
export function openTable(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: SheetKey,
): Table {
  const sheet = sheetOf(spreadsheet, key);
  if (!sheet) throw new MissingSheetError(key);
  return readTable(sheet, SCHEMAS[key]);
}

/** Like openTable, but null when the sheet is missing (for optional reads). */
export function tryOpenTable(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: SheetKey,
): Table | null {
  const sheet = sheetOf(spreadsheet, key);
  return sheet ? readTable(sheet, SCHEMAS[key]) : null;
}
