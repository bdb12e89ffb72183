import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { demoRosterCsv } from '../../src/jobs/demo-roster';

/**
 * The bench's synthetic roster: N valid, varied clients in the coach's own CSV format. Each row
 * takes its service model, language, days, hours, group and coach from one of the demo roster's
 * 22 rows in turn (all four models, fi/sv/en, every group, both coaches), and gets its own name,
 * email and phone, so no two rows are the same person.
 */
const FIRST = [
  'Aino',
  'Eero',
  'Sanna',
  'Johan',
  'Leena',
  'Matti',
  'Ida',
  'Oskar',
  'Maria',
  'Ahmed',
  'Hanna',
  'Ville',
  'Elsa',
  'Noora',
  'Pekka',
  'Sofia',
  'Jussi',
  'Emma',
  'Tuomas',
  'Linnea',
  'Amina',
  'Kalle',
  'Aleksi',
  'Veera',
  'Henrik',
  'Olga',
  'Riikka',
  'Samuel',
  'Liisa',
  'Omar',
];
const LAST = [
  'Virtanen',
  'Korhonen',
  'Mäkinen',
  'Lindqvist',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Lehtinen',
  'Saarinen',
  'Salminen',
  'Heinonen',
  'Niemi',
  'Heikkilä',
  'Kinnunen',
  'Salonen',
  'Turunen',
  'Salo',
  'Laitinen',
  'Tuominen',
  'Rantanen',
  'Karjalainen',
  'Jokinen',
  'Mattila',
  'Savolainen',
  'Lahtinen',
];

function ascii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export interface BenchRoster {
  csv: string;
  rows: number;
}

export function benchRosterCsv(n: number, today: string): BenchRoster {
  const demo = Papa.parse<string[]>(demoRosterCsv(today).trim(), { delimiter: ';' }).data;
  const [header, ...templates] = demo;
  const nameAt = header.indexOf('Nimi');
  const emailAt = header.indexOf('Sähköposti');
  const phoneAt = header.indexOf('Puhelin');
  // A bench week measures clients who get mail: every copy has had its orientation (the demo
  // keeps some clients waiting for it, and those get no tasks and no weekly mail).
  const orientedAt = header.indexOf('Perehdytetty');
  const lines: string[][] = [header];
  for (let i = 0; i < n; i++) {
    const row = [...templates[i % templates.length]];
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    row[nameAt] = `${first} ${last}`;
    row[emailAt] = `${ascii(first)}.${ascii(last)}.${i + 1}@asiakas.example`;
    const digits = String(1_000_000 + i).slice(-7);
    row[phoneAt] = `04${i % 2 === 0 ? 0 : 4} ${digits.slice(0, 3)} ${digits.slice(3)}`;
    if (orientedAt >= 0) row[orientedAt] = 'kyllä';
    lines.push(row);
  }
  return { csv: Papa.unparse(lines, { delimiter: ';', newline: '\r\n' }), rows: n };
}

/** A seeded token in the shape of Utilities.getUuid() (what ensureClientTokens writes). */
export function benchToken(clientId: string): string {
  const h = createHash('sha256').update(`bench-token|${clientId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
