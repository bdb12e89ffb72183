import { t } from '../core/i18n';
import { proposeGroups as proposeGroupsCore } from '../core/groups';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { checkRoster, enrolledClients, rowIdentity } from '../workbook/clients';
import { CLIENTS, openTable, tryOpenTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { updateRowsWhere } from '../workbook/update';
import { logRow, openWorkbook, rosterContext } from './workbook-context';

export interface ProposeGroupsResult {
  proposed: { id: string; name: string; members: string[] }[];
}

/**
 * Proposes peer groups for the active clients who have none yet, by their work days. Existing
 * groups are never changed; new ones get the next free ids (G5, G6…), and each member's empty
 * group cell is filled so that a second run proposes nothing again. The coach then edits the
 * groups sheet: names, meeting day and time, coach, own link.
 */
export function proposeGroups(): ProposeGroupsResult {
  const locked = withScriptLock(() => runPropose(), 30_000);
  if (!locked.ran) throw new Error('Etäpaja: another run is busy. Try again in a minute.');
  return locked.value;
}

function runPropose(): ProposeGroupsResult {
  const ctx = openWorkbook();
  const clientsTable = openTable(ctx.spreadsheet, 'clients');
  const groups = openTable(ctx.spreadsheet, 'groups');
  const rctx = rosterContext(
    ctx,
    groups,
    clientsTable.rows.map((r) => cellText(r.values.coach)),
  );
  const ungrouped = enrolledClients(checkRoster(clientsTable, rctx)).filter(
    (c) => c.group === '' && c.status === 'active',
  );
  if (ungrouped.length === 0) return { proposed: [] };
  let maxNumber = 0;
  for (const row of groups.rows) {
    const m = /^G(\d+)$/i.exec(cellText(row.values.id));
    if (m) maxNumber = Math.max(maxNumber, Number(m[1]));
  }
  const proposals = proposeGroupsCore(ungrouped, {
    coaches: ctx.settings.coaches,
    lang: ctx.lang,
  }).map((g, i) => ({
    ...g,
    id: `G${maxNumber + i + 1}`,
  }));
  appendRows(
    groups,
    proposals.map((g) => ({
      id: g.id,
      name: g.name,
      meetingWeekday: t(ctx.lang, `weekday.${g.meetingWeekday}`),
      meetingTime: g.meetingTime,
      meetingMinutes: g.meetingMinutes,
      coach: g.coach,
      members: g.memberIds.join(', '),
    })),
  );
  const updates = new Map<string, Record<string, unknown>>();
  for (const g of proposals) for (const id of g.memberIds) updates.set(id, { group: g.id });
  updateRowsWhere(clientsTable.sheet, CLIENTS, rowIdentity, updates, ['group']);
  const log = tryOpenTable(ctx.spreadsheet, 'log');
  if (log)
    appendRows(log, [
      logRow(
        'proposeGroups',
        'info',
        t(ctx.lang, 'workbook.groups.summary', { count: proposals.length }),
      ),
    ]);
  return { proposed: proposals.map((g) => ({ id: g.id, name: g.name, members: g.memberIds })) };
}
