import { registerStore } from '../runtime/state';

/** The `appsscript.json` fields the emulator honours. */
export interface Manifest {
  timeZone?: string;
  runtimeVersion?: string;
  oauthScopes?: string[];
  dependencies?: {
    enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[];
  };
  webapp?: { executeAs?: string; access?: string };
  [key: string]: unknown;
}

/** A script project as `clasp push` would leave it: its code and its manifest. */
export interface StoredProject {
  id: string;
  name: string;
  code: string;
  manifest: Manifest;
  pushedAt: number;
  /** The project's HTML files by name without `.html` (HtmlService.createHtmlOutputFromFile). */
  files?: Record<string, string>;
  /**
   * How the workbook got the code: a script bound to it (the default), or an editor add-on
   * installed from the Marketplace (`etapaja init --addon`), which the runtime holds to the
   * add-on rules (runtime/auth.ts, script/api.ts).
   */
  installedAs?: 'bound' | 'addon';
}

export interface ProjectsStore {
  projects: Record<string, StoredProject>;
}

export const projectsStore = registerStore<ProjectsStore>({
  name: 'projects',
  empty: () => ({ projects: {} }),
});
