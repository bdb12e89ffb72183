import * as fs from 'node:fs';
import * as path from 'node:path';
import type { UrlFetchFixture } from './store';

/** Where a workspace keeps its canned web answers: `<dir>/fixtures/urlfetch/*.json`. */
export const FIXTURES_FOLDER = path.join('fixtures', 'urlfetch');

/**
 * The fixtures in a workspace folder, files in name order, each holding one fixture or an array.
 * A file that is not valid JSON stops the fetch with its name, so a typo is not a silent miss.
 */
export function readFixtureFiles(dir: string): UrlFetchFixture[] {
  if (!dir) return [];
  const folder = path.join(dir, FIXTURES_FOLDER);
  if (!fs.existsSync(folder)) return [];
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path.join(FIXTURES_FOLDER, file)}: not valid JSON (${String(error)})`);
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.filter(
      (f): f is UrlFetchFixture => typeof f === 'object' && f !== null && typeof f.url === 'string',
    );
  });
}

/** The first fixture for this URL (exactly as the script wrote it) and method. */
export function findFixture(
  fixtures: UrlFetchFixture[],
  url: string,
  method: string,
): UrlFetchFixture | undefined {
  return fixtures.find(
    (f) => f.url === url && (!f.method || f.method.toLowerCase() === method.toLowerCase()),
  );
}
