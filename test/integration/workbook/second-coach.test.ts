import { applyUserEdit, readSheetValues } from '../../../emulator/spreadsheet';
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
  it('stops with a plain message until the owner shares the folders, then shares them and reuses the root', () => {
    const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
    ws.call('setup', [{ lang: 'fi' }], { user: OWNER });
    expect(rootFolders(ws)).toHaveLength(1);

    const refused = ws.run('etapaja', 'setup', [], { user: SECOND });
    expect(refused.error?.message).toContain(`kuuluu käyttäjälle ${OWNER}`);
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
    const log = readSheetValues(ws.rt, id, 'Loki').flat().map(String);
    expect(log.some((cell) => cell.includes(`ohjaajalle ${SECOND}`))).toBe(true);

    const second = ws.run('etapaja', 'setup', [], { user: SECOND });
    expect(second.error).toBeUndefined();
    expect(rootFolders(ws)).toHaveLength(1);
    expect((second.value as { rootFolderCreated: boolean }).rootFolderCreated).toBe(false);
    const owners = new Set(
      ws
        .triggers()
        .filter((t) => t.functionName === 'weeklyDispatch')
        .map((t) => t.owner),
    );
    expect(owners).toEqual(new Set([OWNER, SECOND]));
  });
});
