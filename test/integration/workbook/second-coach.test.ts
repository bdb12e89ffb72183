import { applyUserEdit, readSheetValues, shareSpreadsheet } from '../../../emulator/spreadsheet';
import { freshWorkspace } from '../../helpers/workspace';
import { settingKeyOf } from '../../../src/core/settings';

/**
 * Each coach installs their own triggers by running setup under their own account. A second
 * coach must reach the same root folder — never a second root that would re-home every client.
 */
const OWNER = 'ohjaaja@kunta.example';
const SECOND = 'toinen.ohjaaja@kunta.example';

function rootFolders(ws: ReturnType<typeof freshWorkspace>): string[] {
  const items = Object.values(
    (
      ws.rt.store('drive') as {
        items: Record<string, { kind: string; name: string; trashed: boolean; id: string }>;
      }
    ).items,
  );
  return items
    .filter((i) => i.kind === 'folder' && i.name.startsWith('Etäpaja') && !i.trashed)
    .map((i) => i.id);
}

describe('setup by a second coach', () => {
  it('reuses the private root (never a second one) and installs that coach’s own triggers', () => {
    const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
    ws.call('setup', [{ lang: 'fi' }], { user: OWNER });
    expect(rootFolders(ws)).toHaveLength(1);

    // The owner lists the second coach in the settings sheet and runs setup again.
    const id = ws.meta.boundSpreadsheetId as string;
    const settings = readSheetValues(ws.rt, id, 'Asetukset');
    const row = settings.findIndex((r) => settingKeyOf(String(r[0])) === 'coaches');
    expect(row).toBeGreaterThan(0);
    applyUserEdit(ws.rt, id, 'Asetukset', {
      kind: 'set',
      a1: `B${row + 1}`,
      value: `${OWNER}, ${SECOND}`,
    });
    ws.call('setup', [], { user: OWNER });

    // Only editors of the workbook run its code: the owner shares it with the second coach.
    const before = ws.run('etapaja', 'setup', [], { user: SECOND });
    expect(before.error?.message).toContain('You need edit access to this spreadsheet');
    shareSpreadsheet(ws.rt, id, SECOND);
    const second = ws.run('etapaja', 'setup', [], { user: SECOND });
    expect(second.error).toBeUndefined();
    expect(rootFolders(ws)).toHaveLength(1);
    expect((second.value as { rootFolderCreated: boolean }).rootFolderCreated).toBe(false);
    // The root is not shared with the second coach: sharing it would open every client's folder.
    const drive = ws.rt.store('drive') as {
      items: Record<string, { editors?: string[]; viewers?: string[] }>;
    };
    const root = drive.items[rootFolders(ws)[0]];
    expect([...(root.editors ?? []), ...(root.viewers ?? [])]).not.toContain(SECOND);
    const owners = new Set(
      ws
        .triggers()
        .filter((t) => t.functionName === 'weeklyDispatch')
        .map((t) => t.owner),
    );
    expect(owners).toEqual(new Set([OWNER, SECOND]));
  });
});
