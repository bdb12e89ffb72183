import * as fs from 'node:fs';
import { COVERAGE_FILE, generateCoverage } from '../../emulator/inventory/generate';
import { Workspace } from '../../emulator/workspace';

/**
 * emulator/IMPLEMENTATION_COVERAGE.md is made from the runtime's own objects; this fails when a
 * change to the runtime (a method added or removed) is not reflected in the committed file.
 */
describe('IMPLEMENTATION_COVERAGE.md', () => {
  it('is the file the generator writes today', () => {
    const committed = fs.readFileSync(COVERAGE_FILE, 'utf8');
    const fresh = generateCoverage();
    if (committed !== fresh) {
      throw new Error(
        `${COVERAGE_FILE} is out of date. Rewrite it from the repository root:\n` +
          'npx esbuild emulator/inventory/generate.ts --bundle --platform=node --packages=external' +
          ' --outfile=build/coverage.js && node build/coverage.js --write',
      );
    }
  });

  it('says "Not emulated" for a method it lists as not emulated, as a script then sees', () => {
    const text = fs.readFileSync(COVERAGE_FILE, 'utf8');
    const range = text.slice(text.indexOf('### Range —'), text.indexOf('### Sheet —'));
    expect(range).toMatch(/- Emulated: [^\n]*`getValues`/);
    expect(range).toMatch(/- Not emulated: [^\n]*`autoFill`/);
    const ws = Workspace.init('', { timeZone: 'Europe/Helsinki' });
    ws.push(
      'p',
      "function main() { SpreadsheetApp.getActiveSheet().getRange('A1').autoFill(null, 'x'); }",
      { timeZone: 'Europe/Helsinki' },
    );
    expect(String(ws.run('p', 'main').error)).toContain(
      'Not emulated: Range.autoFill(). See emulator/IMPLEMENTATION_COVERAGE.md.',
    );
  });
});
