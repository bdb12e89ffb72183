import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Least privilege: the manifest asks for exactly these scopes, each with its reason in the
 * README's scopes table. Adding one must be a deliberate change of this list (and the table).
 */
const MINIMAL = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/userinfo.email',
];

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};

describe('least privilege (appsscript.json)', () => {
  test('oauthScopes is exactly the minimal list', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([...MINIMAL].sort());
  });

  test('no full Gmail, no full Sheets, no full Calendar scope', () => {
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/calendar');
    expect(manifest.oauthScopes.some((s) => /gmail/.test(s))).toBe(false);
  });

  test('every scope has its reason in the README scopes table', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const scope of manifest.oauthScopes) {
      const short = scope.replace('https://www.googleapis.com/auth/', '');
      expect(readme).toMatch(new RegExp(`\\|\\s*\`${short.replace('.', '\\.')}\`\\s*\\|\\s*\\S`));
    }
  });

  test('the built bundle ships the same manifest', () => {
    const built = JSON.parse(
      fs.readFileSync(path.join(root, 'dist', 'appsscript.json'), 'utf8'),
    ) as { oauthScopes: string[] };
    expect(built.oauthScopes).toEqual(manifest.oauthScopes);
  });
});
