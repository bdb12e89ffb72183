import '../../../emulator/drive/store';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createDriveApp,
  driveTree,
  materialiseDrive,
  plantItem,
  plantPermission,
  sharingLogFor,
  uploadAsUser,
  whoCanAccess,
  type DriveStore,
} from '../../../emulator/drive';
import { EmulatedBlob } from '../../../emulator/runtime/blob';
import { makeTestContext } from '../../helpers/runtime';

/** An emulator blob, typed as the Apps Script Blob that scripts pass. */
function blob(...args: ConstructorParameters<typeof EmulatedBlob>): GoogleAppsScript.Base.Blob {
  return new EmulatedBlob(...args) as unknown as GoogleAppsScript.Base.Blob;
}

const COACH = 'ohjaaja@kunta.example';
const CLIENT = 'asiakas@example.fi';
const STRANGER = 'vieras@example.com';

function setup(options: Parameters<typeof makeTestContext>[0] = {}) {
  const ctx = makeTestContext(options);
  return { ctx, DriveApp: createDriveApp(ctx), store: ctx.rt.store<DriveStore>('drive') };
}

describe('DriveApp emulation: handles and the store', () => {
  it("creates folders and files in the user's My Drive, owned by the user", () => {
    const { DriveApp, store } = setup();
    const root = DriveApp.getRootFolder();
    const folder = DriveApp.createFolder('Asiakkaat');
    const file = folder.createFile('muistio.txt', 'Hei äiti');
    expect(root.getName()).toBe('My Drive');
    expect(store.items[folder.getId()]).toMatchObject({
      kind: 'folder',
      name: 'Asiakkaat',
      parents: [root.getId()],
      owner: COACH,
    });
    expect(file.getMimeType()).toBe('text/plain');
    expect(file.getBlob().getDataAsString()).toBe('Hei äiti');
    expect(file.getSize()).toBe(Buffer.byteLength('Hei äiti'));
    expect(folder.getId()).toHaveLength(44);
  });

  it('two handles on one item see the same state', () => {
    const { DriveApp } = setup();
    const a = DriveApp.createFolder('A');
    const b = DriveApp.getFolderById(a.getId());
    b.setName('B');
    expect(a.getName()).toBe('B');
  });

  it('createFile(blob) keeps name, type and bytes', () => {
    const { DriveApp } = setup();
    const file = DriveApp.createFile(blob(Buffer.from([1, 2, 255]), 'image/png', 'k.png'));
    expect(file.getName()).toBe('k.png');
    expect(file.getMimeType()).toBe('image/png');
    expect(file.getBlob().getBytes()).toEqual([1, 2, -1]);
  });

  it('counts each backend call under DriveApp', () => {
    const { ctx, DriveApp } = setup();
    const folder = DriveApp.createFolder('A');
    folder.addViewer(CLIENT);
    folder.getFiles();
    expect(ctx.rt.execution.callsByService()).toEqual({ DriveApp: 3 });
    expect(ctx.rt.execution.calls.map((c) => c.method)).toEqual([
      'DriveApp.createFolder',
      'Folder.addViewer',
      'Folder.getFiles',
    ]);
  });

  it('an injected fault changes nothing', () => {
    const { ctx, store } = setup({ faults: 'drive=1' });
    const DriveApp = createDriveApp(ctx);
    const before = JSON.stringify(store);
    expect(() => DriveApp.createFolder('A')).toThrow(
      "We're sorry, a server error occurred. Please wait a bit and try again.",
    );
    expect(JSON.stringify(store)).toBe(before);
  });

  it('makeCopy, setContent, moveTo and trash', () => {
    const { DriveApp } = setup();
    const a = DriveApp.createFolder('A');
    const b = DriveApp.createFolder('B');
    const file = a.createFile('x.txt', 'one');
    file.addViewer(STRANGER);
    const copy = file.makeCopy();
    expect(copy.getName()).toBe('Copy of x.txt');
    expect(copy.getViewers()).toEqual([]);
    file.setContent('two');
    expect(copy.getBlob().getDataAsString()).toBe('one');
    file.moveTo(b);
    expect(a.getFiles().hasNext()).toBe(true); // only the copy is left
    expect(b.getFiles().next().getId()).toBe(file.getId());
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    expect(DriveApp.searchFiles(`'${b.getId()}' in parents and trashed = false`).hasNext()).toBe(
      false,
    );
  });
});

describe('DriveApp emulation: access control', () => {
  it("hides items from users who have no access, with Google's message", () => {
    const { ctx, DriveApp } = setup();
    const folder = DriveApp.createFolder('Aino');
    const file = folder.createFile('a.txt', 'x');
    const asClient = createDriveApp({ ...ctx, user: CLIENT });
    const message =
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
    expect(() => asClient.getFileById(file.getId())).toThrow(message);
    expect(() => asClient.getFolderById(folder.getId())).toThrow(message);
    folder.addViewer(CLIENT);
    // Access to a folder reaches what is inside it.
    expect(asClient.getFileById(file.getId()).getName()).toBe('a.txt');
    expect(asClient.getFolders().next().getId()).toBe(folder.getId());
    // A viewer may not share further.
    expect(() => asClient.getFolderById(folder.getId()).addViewer(STRANGER)).toThrow(
      'Access denied: DriveApp.',
    );
  });

  it('link sharing opens by id but does not list the item', () => {
    const { ctx, DriveApp } = setup();
    const file = DriveApp.createFile('julkinen.txt', 'x');
    file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    const asStranger = createDriveApp({ ...ctx, user: STRANGER });
    expect(asStranger.getFileById(file.getId()).getName()).toBe('julkinen.txt');
    expect(asStranger.getFiles().hasNext()).toBe(false);
  });

  it("domain sharing reaches the owner's domain only", () => {
    const { ctx, DriveApp } = setup();
    const file = DriveApp.createFile('sisäinen.txt', 'x');
    file.setSharing(DriveApp.Access.DOMAIN, DriveApp.Permission.EDIT);
    expect(
      createDriveApp({ ...ctx, user: 'kollega@kunta.example' })
        .getFileById(file.getId())
        .getName(),
    ).toBe('sisäinen.txt');
    expect(() => createDriveApp({ ...ctx, user: STRANGER }).getFileById(file.getId())).toThrow(
      'No item',
    );
  });

  it('whoCanAccess lists people on the item and inherited from folders', () => {
    const { DriveApp, store } = setup();
    const folder = DriveApp.createFolder('Aino');
    folder.addEditor(CLIENT);
    const file = folder.createFile('a.txt', 'x');
    file.addViewer(STRANGER);
    const report = whoCanAccess(store, file.getId());
    expect(report.people).toEqual(
      expect.arrayContaining([
        { email: COACH, role: 'owner' },
        { email: STRANGER, role: 'viewer' },
        { email: CLIENT, role: 'editor', inheritedFrom: folder.getId() },
      ]),
    );
    expect(report.general).toEqual([]);
  });

  it('plantItem/plantPermission stage a folder already shared with a stranger', () => {
    const { DriveApp, store } = setup();
    const root = DriveApp.getRootFolder().getId();
    const id = plantItem(store, { kind: 'folder', name: 'Vanha', owner: COACH, parents: [root] });
    plantPermission(store, id, STRANGER, 'viewer');
    const folder = DriveApp.getFolderById(id);
    expect(folder.getViewers().map((u) => u.getEmail())).toEqual([STRANGER]);
    expect(sharingLogFor(store, id)).toEqual([]); // planting is not a logged change
  });

  it("uploadAsUser drops a client's file into a shared folder", () => {
    const { ctx, DriveApp, store } = setup();
    const folder = DriveApp.createFolder('Aino');
    expect(() =>
      uploadAsUser(store, folder.getId(), CLIENT, 'x.txt', 'text/plain', 'x', 0),
    ).toThrow();
    folder.addEditor(CLIENT);
    const id = uploadAsUser(
      store,
      folder.getId(),
      CLIENT,
      'vastaus.txt',
      'text/plain',
      'valmis',
      ctx.rt.clock.now(),
    );
    const file = folder.getFilesByName('vastaus.txt').next();
    expect(file.getId()).toBe(id);
    expect(file.getOwner().getEmail()).toBe(CLIENT);
    expect(ctx.rt.execution.calls.map((c) => c.method)).not.toContain('uploadAsUser');
  });
});

describe('DriveApp emulation: the sharing log', () => {
  it('records every change per person, and only changes', () => {
    const { ctx, DriveApp, store } = setup();
    const folder = DriveApp.createFolder('Aino');
    folder.addViewer(CLIENT);
    folder.addViewer(CLIENT); // no change
    folder.addEditor(CLIENT); // promotion
    folder.addViewers([STRANGER, 'toinen@example.fi']);
    folder.removeViewer(STRANGER);
    folder.removeEditor(CLIENT);
    folder.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    folder.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
    const log = sharingLogFor(store, folder.getId());
    expect(log.map((e) => [e.action, e.who ?? e.access])).toEqual([
      ['add-viewer', CLIENT],
      ['add-editor', CLIENT],
      ['add-viewer', STRANGER],
      ['add-viewer', 'toinen@example.fi'],
      ['remove-viewer', STRANGER],
      ['remove-editor', CLIENT],
      ['set-sharing', 'ANYONE_WITH_LINK'],
      ['set-sharing', 'PRIVATE'],
    ]);
    expect(log.every((e) => e.actor === COACH && e.at <= ctx.rt.clock.now())).toBe(true);
  });
});

describe('DriveApp emulation: iterators and search', () => {
  it('hasNext/next, the end, and continuation tokens', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('A');
    for (const n of ['1', '2', '3']) folder.createFile(`${n}.txt`, n);
    const files = folder.getFiles();
    expect(files.next().getName()).toBe('1.txt');
    const token = files.getContinuationToken();
    const resumed = DriveApp.continueFileIterator(token);
    const names: string[] = [];
    while (resumed.hasNext()) names.push(resumed.next().getName());
    expect(names).toEqual(['2.txt', '3.txt']);
    expect(() => resumed.next()).toThrow(
      'Cannot retrieve the next object: iterator has reached the end.',
    );
  });

  it('searches a small subset of the query language and refuses the rest', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('A');
    folder.createFile('raportti.txt', 'x');
    folder.createFile("O'Brien.txt", 'x');
    const found = DriveApp.searchFiles(`title = 'raportti.txt' and '${folder.getId()}' in parents`);
    expect(found.next().getName()).toBe('raportti.txt');
    expect(found.hasNext()).toBe(false);
    expect(DriveApp.searchFiles("title = 'O\\'Brien.txt'").hasNext()).toBe(true);
    expect(DriveApp.searchFolders("title = 'A' and trashed = false").next().getId()).toBe(
      folder.getId(),
    );
    expect(() => DriveApp.searchFiles("title = 'a' or title = 'b'")).toThrow('Not emulated');
    expect(() => DriveApp.searchFiles('modifiedDate > "2026-01-01"')).toThrow('Not emulated');
  });

  it('methods the emulator lacks say so', () => {
    const { DriveApp } = setup();
    expect(() => (DriveApp as unknown as { getStorageUsed(): number }).getStorageUsed()).toThrow(
      'Not emulated: DriveApp.getStorageUsed()',
    );
    const folder = DriveApp.createFolder('A');
    expect(() => folder.createShortcut('x')).toThrow('Not emulated: Folder.createShortcut()');
  });
});

describe('DriveApp emulation: export and materialise', () => {
  it('driveTree nests items under each root with sharing and sizes', () => {
    const { DriveApp, store } = setup();
    const folder = DriveApp.createFolder('Aino');
    folder.addViewer(CLIENT);
    folder.createFile('a.txt', 'abc');
    const [root] = driveTree(store);
    expect(root.name).toBe('My Drive');
    const aino = root.children![0];
    expect(aino).toMatchObject({ name: 'Aino', kind: 'folder', viewers: [CLIENT], owner: COACH });
    expect(aino.children![0]).toMatchObject({ name: 'a.txt', size: 3, mimeType: 'text/plain' });
  });

  it('writes real files, disambiguates duplicates, skips unchanged and removes stale files', () => {
    const { DriveApp, store } = setup();
    const folder = DriveApp.createFolder('Aino');
    const a = folder.createFile('tehtävä.txt', 'eka');
    const b = folder.createFile('tehtävä.txt', 'toka');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-drive-'));
    try {
      materialiseDrive(dir, store);
      const base = path.join(dir, 'drive', COACH, 'Aino');
      const nameA = `tehtävä (${a.getId().slice(0, 8)}).txt`;
      const nameB = `tehtävä (${b.getId().slice(0, 8)}).txt`;
      expect(fs.readdirSync(base).sort()).toEqual([nameA, nameB].sort());
      expect(fs.readFileSync(path.join(base, nameA), 'utf8')).toBe('eka');
      fs.utimesSync(path.join(base, nameA), new Date(0), new Date(0));
      b.setName('toinen.txt');
      materialiseDrive(dir, store);
      expect(fs.readdirSync(base).sort()).toEqual(['tehtävä.txt', 'toinen.txt']);
      a.setContent('muutettu');
      materialiseDrive(dir, store);
      expect(fs.readFileSync(path.join(base, 'tehtävä.txt'), 'utf8')).toBe('muutettu');
      fs.utimesSync(path.join(base, 'toinen.txt'), new Date(1000), new Date(1000));
      materialiseDrive(dir, store);
      expect(fs.statSync(path.join(base, 'toinen.txt')).mtimeMs).toBe(1000); // not rewritten
      a.setTrashed(true);
      materialiseDrive(dir, store);
      expect(fs.readdirSync(base)).toEqual(['toinen.txt']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
