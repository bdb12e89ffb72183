import '../../emulator/drive/store';
import { createDriveApp } from '../../emulator/drive';
import { makeTestContext } from '../helpers/runtime';

/**
 * DriveApp behaviours as Google documents them; each describe names the reference page it
 * follows, and error tests assert Google's exact message.
 */
const OWNER = 'ohjaaja@kunta.example';
const OTHER = 'asiakas@example.fi';
const NO_ITEM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

function drive(user = OWNER) {
  const ctx = makeTestContext({ user });
  return { ctx, DriveApp: createDriveApp(ctx) };
}

describe('https://developers.google.com/apps-script/reference/drive/drive-app', () => {
  it('getFileById/getFolderById: unknown id throws "No item with the given ID could be found…"', () => {
    const { DriveApp } = drive();
    expect(() => DriveApp.getFileById('nope')).toThrow(NO_ITEM);
    expect(() => DriveApp.getFolderById('nope')).toThrow(NO_ITEM);
  });

  it('getFileById: an item the user may not open gives the same message as a missing one', () => {
    const { ctx, DriveApp } = drive();
    const id = DriveApp.createFile('salainen.txt', 'x').getId();
    expect(() => createDriveApp({ ...ctx, user: OTHER }).getFileById(id)).toThrow(NO_ITEM);
  });

  it('createFile(name, content) makes a text/plain file; createFolder makes a folder in the root', () => {
    const { DriveApp } = drive();
    const file = DriveApp.createFile('a.txt', 'hello');
    expect(file.getMimeType()).toBe('text/plain');
    const folder = DriveApp.createFolder('F');
    expect(folder.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
  });

  it('Access and Permission enums carry the documented names', () => {
    const { DriveApp } = drive();
    expect(Object.keys(DriveApp.Access).sort()).toEqual(
      ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'].sort(),
    );
    expect(Object.keys(DriveApp.Permission)).toEqual(
      expect.arrayContaining(['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'NONE']),
    );
  });
});

describe('https://developers.google.com/apps-script/reference/drive/folder', () => {
  it('getUrl has the folders/ID form', () => {
    const { DriveApp } = drive();
    const folder = DriveApp.createFolder('F');
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
  });

  it('addViewer: "If the user was already on the list of editors, this method has no effect."', () => {
    const { DriveApp } = drive();
    const folder = DriveApp.createFolder('F').addEditor(OTHER).addViewer(OTHER);
    expect(folder.getEditors().map((u) => u.getEmail())).toEqual([OTHER]);
    expect(folder.getViewers()).toEqual([]);
  });

  it('addEditor: a viewer is promoted out of the list of viewers', () => {
    const { DriveApp } = drive();
    const folder = DriveApp.createFolder('F').addViewer(OTHER).addEditor(OTHER);
    expect(folder.getViewers()).toEqual([]);
    expect(folder.getEditors().map((u) => u.getEmail())).toEqual([OTHER]);
  });

  it('removeViewer: "no effect if the user is an editor, not a viewer or commenter"', () => {
    const { DriveApp } = drive();
    const folder = DriveApp.createFolder('F').addEditor(OTHER).removeViewer(OTHER);
    expect(folder.getEditors().map((u) => u.getEmail())).toEqual([OTHER]);
  });

  it('getEditors/getViewers: empty when the running user has no edit access', () => {
    const { ctx, DriveApp } = drive();
    const folder = DriveApp.createFolder('F').addViewer(OTHER).addEditor('kolmas@example.fi');
    const seenByViewer = createDriveApp({ ...ctx, user: OTHER }).getFolderById(folder.getId());
    expect(seenByViewer.getEditors()).toEqual([]);
    expect(seenByViewer.getViewers()).toEqual([]);
  });

  it('setSharing / getSharingAccess / getSharingPermission', () => {
    const { DriveApp } = drive();
    const folder = DriveApp.createFolder('F');
    expect(folder.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
    expect(folder.getSharingPermission()).toBe(DriveApp.Permission.NONE);
    folder.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.EDIT);
    expect(folder.getSharingAccess()).toBe(DriveApp.Access.ANYONE_WITH_LINK);
    expect(folder.getSharingPermission()).toBe(DriveApp.Permission.EDIT);
  });

  it('getOwner returns a User with getEmail', () => {
    const { DriveApp } = drive();
    expect(DriveApp.createFolder('F').getOwner().getEmail()).toBe(OWNER);
  });

  it('getDateCreated/getLastUpdated are Dates of the simulated clock', () => {
    const { ctx, DriveApp } = drive();
    const folder = DriveApp.createFolder('F');
    expect(folder.getDateCreated()).toBeInstanceOf(Date);
    expect(folder.getDateCreated().getTime()).toBeLessThanOrEqual(ctx.rt.clock.now());
    folder.setDescription('kuvaus');
    expect(folder.getDescription()).toBe('kuvaus');
    expect(folder.getLastUpdated().getTime()).toBeGreaterThan(folder.getDateCreated().getTime());
  });

  it('getSize of a folder is 0', () => {
    const { DriveApp } = drive();
    expect(DriveApp.createFolder('F').getSize()).toBe(0);
  });
});

describe('https://developers.google.com/apps-script/reference/drive/file', () => {
  it('getUrl has the file/d/ID/view form; getBlob returns the bytes with name and type', () => {
    const { DriveApp } = drive();
    const file = DriveApp.createFile('a.csv', 'x,y', 'text/csv');
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
    const blob = file.getBlob();
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual([
      'a.csv',
      'text/csv',
      'x,y',
    ]);
  });

  it('getAs to the same type works; conversions are not emulated', () => {
    const { DriveApp } = drive();
    const file = DriveApp.createFile('a.txt', 'x');
    expect(file.getAs('text/plain').getDataAsString()).toBe('x');
    expect(() => file.getAs('application/pdf')).toThrow('Not emulated');
  });

  it('makeCopy(name, destination) puts a copy owned by the running user in the folder', () => {
    const { DriveApp } = drive();
    const target = DriveApp.createFolder('T');
    const copy = DriveApp.createFile('a.txt', 'x').makeCopy('b.txt', target);
    expect(copy.getName()).toBe('b.txt');
    expect(copy.getParents().next().getId()).toBe(target.getId());
  });
});

describe('https://developers.google.com/apps-script/reference/drive/file-iterator', () => {
  it('next() past the end throws', () => {
    const { DriveApp } = drive();
    const files = DriveApp.createFolder('Empty').getFiles();
    expect(files.hasNext()).toBe(false);
    expect(() => files.next()).toThrow(
      'Cannot retrieve the next object: iterator has reached the end.',
    );
  });
});
