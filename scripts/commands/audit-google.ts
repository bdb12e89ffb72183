import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AuditApis } from './audit';

/**
 * The audit's credentials on real Google: an administrator's own OAuth consent through a
 * "Desktop app" OAuth client (the loopback flow), read-only scopes, and a token cache so the
 * browser is needed only once. Nothing here runs in the tests: there is no Google offline.
 * https://developers.google.com/identity/protocols/oauth2/native-app#redirect-uri_loopback
 */
export const AUDIT_SCOPES = [
  // File names, owners and permissions — never file contents.
  'https://www.googleapis.com/auth/drive.metadata.readonly',
  // The coach's workbook: clients, settings and the log sheet.
  'https://www.googleapis.com/auth/spreadsheets.readonly',
];

export const DEFAULT_TOKEN_FILE = path.join(os.homedir(), '.config', 'etapaja', 'audit-token.json');

interface ClientFile {
  installed?: { client_id: string; client_secret: string };
  web?: unknown;
}

function readClient(file: string): { clientId: string; clientSecret: string } {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as ClientFile;
  if (!json.installed) {
    throw new Error(
      `${file} is not a Desktop OAuth client. In Google Cloud → APIs & Services → Credentials, create an OAuth client ID of type "Desktop app" and download its JSON.`,
    );
  }
  return { clientId: json.installed.client_id, clientSecret: json.installed.client_secret };
}

function saveToken(file: string, tokens: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, JSON.stringify(tokens, null, 2), { mode: 0o600 });
}

/** Waits for Google's redirect to the loopback address and returns the authorisation code. */
function waitForCode(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const code = url.searchParams.get('code');
      const error = url.searchParams.get('error');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(
        code ? 'Etäpaja audit: signed in. You can close this tab.' : `Sign-in failed: ${error}`,
      );
      if (code) resolve(code);
      else if (error) reject(new Error(`Google sign-in failed: ${error}`));
    });
  });
}

export async function onlineApis(
  credentialsFile: string,
  tokenFile = DEFAULT_TOKEN_FILE,
): Promise<AuditApis> {
  const { google } = await import('googleapis');
  const { clientId, clientSecret } = readClient(credentialsFile);
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = new google.auth.OAuth2(clientId, clientSecret, redirectUri);
  try {
    if (fs.existsSync(tokenFile)) {
      auth.setCredentials(JSON.parse(fs.readFileSync(tokenFile, 'utf8')));
    } else {
      const url = auth.generateAuthUrl({
        access_type: 'offline',
        prompt: 'consent',
        scope: AUDIT_SCOPES,
      });
      console.error(
        `Open this address in a browser and sign in as the auditing administrator:\n\n  ${url}\n`,
      );
      const { tokens } = await auth.getToken(await waitForCode(server));
      auth.setCredentials(tokens);
      saveToken(tokenFile, tokens);
    }
  } finally {
    server.close();
  }
  // Keep a refreshed access token (and any new refresh token) for the next run.
  auth.on('tokens', (tokens) => saveToken(tokenFile, { ...auth.credentials, ...tokens }));
  return {
    drive: google.drive({ version: 'v3', auth, fetchImplementation: fetch }),
    sheets: google.sheets({ version: 'v4', auth, fetchImplementation: fetch }),
  };
}
