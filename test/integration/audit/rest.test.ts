import { DRIVE_STORE, plantItem, plantPermission, type DriveStore } from '../../../emulator/drive';
import { addSheet, applyUserEdit } from '../../../emulator/spreadsheet/harness';
import { startRestServer, userPermissionId, type RestServer } from '../../../emulator/rest';
import { Workspace } from '../../../emulator/workspace';

/**
 * The emulator's Drive v3 and Sheets v4 REST subset, request by request, with the shapes of
 * Google's reference pages:
 * https://developers.google.com/drive/api/reference/rest/v3/files/list
 * https://developers.google.com/drive/api/reference/rest/v3/permissions/list
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get
 */
const OWNER = 'ohjaaja@kunta.example';
let ws: Workspace;
let server: RestServer;
let folder: string;
let file: string;

async function get(
  path: string,
  token: string | null = 'admin',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of many shapes
): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url + path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  ws = Workspace.init('', { start: '2026-11-30T08:00:00+02:00' });
  const drive = ws.rt.store<DriveStore>(DRIVE_STORE.name);
  folder = plantItem(drive, { kind: 'folder', name: 'A0001 AV', owner: OWNER });
  plantPermission(drive, folder, 'aino@asiakas.example', 'editor');
  file = plantItem(drive, {
    kind: 'file',
    name: 'kuva.jpg',
    owner: 'aino@asiakas.example',
    parents: [folder],
    mimeType: 'image/jpeg',
    content: 'jpeg',
    sharing: { access: 'ANYONE_WITH_LINK', permission: 'VIEW' },
  });
  plantItem(drive, { kind: 'folder', name: '2026-W49', owner: OWNER, parents: [folder] });
  plantItem(drive, {
    kind: 'file',
    name: 'old.txt',
    owner: OWNER,
    parents: [folder],
    trashed: true,
  });
  const id = ws.meta.boundSpreadsheetId as string;
  addSheet(ws.rt, id, "Ohjaajan 'oma'");
  applyUserEdit(ws.rt, id, "Ohjaajan 'oma'", { kind: 'set', a1: 'A1', value: 'Päivä' });
  applyUserEdit(ws.rt, id, "Ohjaajan 'oma'", { kind: 'set', a1: 'A2', value: '1.3.2026' });
  applyUserEdit(ws.rt, id, "Ohjaajan 'oma'", { kind: 'set', a1: 'B2', value: '7,5' });
  server = await startRestServer(ws.rt);
});
afterAll(() => server.close());

describe('Drive v3 REST subset', () => {
  it('needs a bearer token, as Google does', async () => {
    const { status, body } = await get('drive/v3/files', null);
    expect(status).toBe(401);
    expect(body.error.status).toBe('UNAUTHENTICATED');
  });

  it("files.list: '<id>' in parents and trashed = false, default fields, then a mask", async () => {
    const q = encodeURIComponent(`'${folder}' in parents and trashed = false`);
    const { body } = await get(`drive/v3/files?q=${q}`);
    expect(body.files).toEqual([
      {
        kind: 'drive#file',
        id: expect.any(String),
        name: '2026-W49',
        mimeType: 'application/vnd.google-apps.folder',
      },
      { kind: 'drive#file', id: file, name: 'kuva.jpg', mimeType: 'image/jpeg' },
    ]);
    const folders = encodeURIComponent(
      `'${folder}' in parents and mimeType = 'application/vnd.google-apps.folder'`,
    );
    const masked = await get(`drive/v3/files?q=${folders}&fields=files(name,owners(emailAddress))`);
    expect(masked.body).toEqual({
      files: [{ name: '2026-W49', owners: [{ emailAddress: OWNER }] }],
    });
  });

  it('files.list pages with nextPageToken', async () => {
    const q = encodeURIComponent(`'${folder}' in parents`);
    const first = await get(`drive/v3/files?q=${q}&pageSize=2`);
    expect(first.body.files).toHaveLength(2);
    const second = await get(
      `drive/v3/files?q=${q}&pageSize=2&pageToken=${first.body.nextPageToken}`,
    );
    expect(second.body.files.map((f: { name: string }) => f.name)).toEqual(['old.txt']);
    expect(second.body.nextPageToken).toBeUndefined();
  });

  it('an unsupported query is "Not emulated", never a silent match', async () => {
    const { status, body } = await get(
      `drive/v3/files?q=${encodeURIComponent("fullText contains 'x'")}`,
    );
    expect(status).toBe(501);
    expect(body.error.message).toMatch(/^Not emulated: /);
  });

  it('files.get and the 404 of a missing file', async () => {
    const { body } = await get(
      `drive/v3/files/${file}?fields=id,name,owners(emailAddress),parents,trashed`,
    );
    expect(body).toEqual({
      id: file,
      name: 'kuva.jpg',
      owners: [{ emailAddress: 'aino@asiakas.example' }],
      parents: [folder],
      trashed: false,
    });
    const missing = await get('drive/v3/files/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 404, message: 'File not found: nope.' });
    expect(missing.body.error.errors[0]).toMatchObject({ reason: 'notFound', location: 'fileId' });
  });

  it('permissions.list: own and inherited people, and link sharing as type anyone', async () => {
    const fields = 'permissions(id,type,role,emailAddress,allowFileDiscovery)';
    const { body } = await get(`drive/v3/files/${file}/permissions?fields=${fields}`);
    expect(body.permissions).toEqual(
      expect.arrayContaining([
        {
          id: userPermissionId('aino@asiakas.example'),
          type: 'user',
          role: 'owner',
          emailAddress: 'aino@asiakas.example',
        },
        { id: userPermissionId(OWNER), type: 'user', role: 'writer', emailAddress: OWNER },
        { id: 'anyoneWithLink', type: 'anyone', role: 'reader', allowFileDiscovery: false },
      ]),
    );
    expect(body.permissions).toHaveLength(3);
  });

  it('a user token sees only what that person can open', async () => {
    expect((await get(`drive/v3/files/${folder}`, 'user:aino@asiakas.example')).status).toBe(200);
    expect((await get(`drive/v3/files/${folder}`, 'user:vieras@example.fi')).status).toBe(404);
  });

  it('the workbook is a Drive file with its owner', async () => {
    const id = ws.meta.boundSpreadsheetId as string;
    const { body } = await get(`drive/v3/files/${id}?fields=mimeType,owners(emailAddress)`);
    expect(body).toEqual({
      mimeType: 'application/vnd.google-apps.spreadsheet',
      owners: [{ emailAddress: OWNER }],
    });
  });
});

describe('Sheets v4 REST subset', () => {
  const id = () => ws.meta.boundSpreadsheetId as string;
  const range = (r: string) => encodeURIComponent(r);

  it('spreadsheets.get lists the sheets', async () => {
    const { body } = await get(`v4/spreadsheets/${id()}?fields=sheets(properties(title,index))`);
    expect(body.sheets.map((s: { properties: { title: string } }) => s.properties.title)).toEqual([
      'Taulukko1',
      "Ohjaajan 'oma'",
    ]);
  });

  it('values.get: a quoted sheet name alone, and an A1 range, as formatted text', async () => {
    const whole = await get(`v4/spreadsheets/${id()}/values/${range("'Ohjaajan ''oma'''")}`);
    expect(whole.body).toEqual({
      range: "'Ohjaajan ''oma'''!A1:Z1000",
      majorDimension: 'ROWS',
      values: [['Päivä'], ['1.3.2026', '7,5']],
    });
    const cell = await get(`v4/spreadsheets/${id()}/values/${range("'Ohjaajan ''oma'''!B2")}`);
    expect(cell.body.values).toEqual([['7,5']]);
  });

  it('UNFORMATTED_VALUE gives numbers, and dates as serial numbers', async () => {
    const { body } = await get(
      `v4/spreadsheets/${id()}/values/${range("'Ohjaajan ''oma'''!A2:B2")}?valueRenderOption=UNFORMATTED_VALUE`,
    );
    expect(body.values).toEqual([[46082, 7.5]]);
  });

  it('an unknown sheet is a 400 "Unable to parse range"', async () => {
    const { status, body } = await get(`v4/spreadsheets/${id()}/values/${range('Puuttuu!A1')}`);
    expect(status).toBe(400);
    expect(body.error.message).toBe('Unable to parse range: Puuttuu!A1');
  });
});
