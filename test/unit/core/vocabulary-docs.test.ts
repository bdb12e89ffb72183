import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { GUIDES, withTable } from '../../../scripts/vocabulary-docs';

/** The coach guides list exactly the words of src/core/roster-vocabulary.ts. */
const root = path.join(__dirname, '..', '..', '..');

describe.each(['fi', 'sv', 'en'] as const)('the %s coach guide', (lang) => {
  it('lists the accepted words as the vocabulary data has them', () => {
    const file = path.join(root, GUIDES[lang]);
    const text = fs.readFileSync(file, 'utf8');
    // Formatted as `npm run format` leaves the guide (Prettier aligns the table's columns).
    const prettier = path.join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
    const expected = execFileSync(process.execPath, [prettier, '--stdin-filepath', file], {
      input: withTable(text, lang),
      encoding: 'utf8',
    });
    expect(text).toBe(expected);
    expect(text).toContain('pitkäaikainen');
  });
});
