import type { AuthModeName } from '../../emulator/runtime/auth';
import { uiLog } from '../../emulator/spreadsheet';
import { PROJECT_ID, print, withWorkspace, type WorkspaceOptions } from './common';

const MODES: Record<string, AuthModeName> = { none: 'NONE', limited: 'LIMITED', full: 'FULL' };

interface MenuRecord {
  kind: string;
  caption?: string;
  addon?: boolean;
  items?: { caption?: string; functionName?: string; separator?: boolean }[];
}

/**
 * `etapaja open [--auth none|limited|full] [--as EMAIL]`: a person opens the workbook. Apps
 * Script runs onOpen(e) as a simple trigger in that authorisation mode; the runtime refuses
 * every call the mode does not allow (emulator/runtime/auth.ts). Prints the menu it built and
 * the service calls it made. Default mode: LIMITED for a bound script, NONE for an add-on not yet
 * used in this workbook.
 */
export function openCommand(options: WorkspaceOptions & { auth?: string; as?: string }): void {
  withWorkspace(options, (workspace) => {
    const addon = workspace.project(PROJECT_ID).installedAs === 'addon';
    const auth = MODES[(options.auth ?? (addon ? 'none' : 'limited')).toLowerCase()];
    if (!auth) throw new Error(`--auth must be none, limited or full, not "${options.auth}"`);
    const before = uiLog(workspace.rt).length;
    const result = workspace.openWorkbook(options.as ?? workspace.meta.owner, auth);
    const menus = (uiLog(workspace.rt).slice(before) as unknown as MenuRecord[]).filter(
      (r) => r.kind === 'menu',
    );
    const calls = result.execution.calls;
    const summary = {
      installedAs: addon ? 'addon' : 'bound',
      authMode: auth,
      user: options.as ?? workspace.meta.owner,
      status: result.execution.status,
      error: result.execution.error,
      menus: menus.map((m) => ({
        caption: m.addon ? `Extensions → ${m.caption || 'Etäpaja'}` : m.caption,
        addon: Boolean(m.addon),
        items: (m.items ?? []).map((i) => (i.separator ? '—' : `${i.caption} → ${i.functionName}`)),
      })),
      calls,
    };
    print(options, summary, () =>
      [
        `onOpen as ${summary.user} in AuthMode.${auth} (${summary.installedAs}): ${summary.status}${summary.error ? ` — ${summary.error}` : ''}`,
        ...summary.menus.flatMap((m) => [`menu ${m.caption}`, ...m.items.map((i) => `  ${i}`)]),
        `service calls: ${
          Object.entries(calls)
            .map(([s, n]) => `${s} ${n}`)
            .join(', ') || 'none'
        }`,
      ].join('\n'),
    );
    if (result.execution.status !== 'completed') process.exitCode = 1;
  });
}
