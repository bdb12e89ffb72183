/**
 * Writes emulator/IMPLEMENTATION_COVERAGE.md from the runtime itself: Google's classes, methods
 * and enums come from @types/google-apps-script (the API's published shape), and what the
 * runtime emulates from the objects it hands to a probe script (probe.ts) — so the file cannot
 * claim what the code does not do. From the repository root:
 *   npx esbuild emulator/inventory/generate.ts --bundle --platform=node --packages=external --outfile=build/coverage.js && node build/coverage.js --write
 * test/emulator/coverage.test.ts fails when the committed file is out of date.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recordCoverage } from '../runtime/context';
import { Workspace } from '../workspace';
import { PROBE_SCRIPT, PROBE_URL } from './probe';
import { addUrlFetchFixture } from '../urlfetch';
import { type GoogleSurface, readGoogleSurface } from './google-surface';
import { renderCoverage } from './render';
import { wrappedTypeNames } from './wrapped-types';

export const COVERAGE_FILE = 'emulator/IMPLEMENTATION_COVERAGE.md';

/** Methods of one class as the runtime's objects of that class offer them. */
export type RuntimeClasses = Map<string, Set<string>>;

export interface RuntimeSurface {
  /** `Namespace.Class` → method names the runtime's objects of that class have. */
  classes: RuntimeClasses;
  /** `Namespace.Enum` → the members the runtime's enum object has (global or a property). */
  enums: Map<string, string[]>;
  /** Google globals the runtime defines. */
  globals: Set<string>;
}

/**
 * What a script can call on an object: its function-valued keys and its prototypes', plus any of
 * Google's method names the object answers to (templates answer through a Proxy `has`).
 */
function methodsOf(target: object, googleMethods: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertyNames(o)) {
      if (key === 'constructor' || key.startsWith('__')) continue;
      const descriptor = Object.getOwnPropertyDescriptor(o, key);
      if (typeof descriptor?.value === 'function') names.add(key);
    }
  }
  for (const name of googleMethods) {
    if (name in target && typeof (target as Record<string, unknown>)[name] === 'function')
      names.add(name);
  }
  return names;
}

function qualify(google: GoogleSurface, typeName: string, namespace?: string): string {
  if (namespace) return `${namespace}.${typeName}`;
  const owner = google.namespaceOrder.find((ns) =>
    google.namespaces.get(ns)?.classes.has(typeName),
  );
  return owner ? `${owner}.${typeName}` : typeName;
}

/** Runs the probe in a fresh in-memory workspace and records every object handed to it. */
export function probeRuntime(google: GoogleSurface): RuntimeSurface {
  const classes: RuntimeClasses = new Map();
  const enums = new Map<string, string[]>();
  const reached = new Set<string>();
  recordCoverage((typeName, namespace, target) => {
    reached.add(typeName);
    const key = qualify(google, typeName, namespace);
    const [ns, name] = key.split('.');
    const googleMethods = google.namespaces.get(ns)?.classes.get(name)?.methods ?? [];
    // The union: a builder's steps are one class in Google's reference but several objects here.
    const methods = classes.get(key) ?? new Set<string>();
    for (const m of methodsOf(target, googleMethods)) methods.add(m);
    classes.set(key, methods);
    const enumProperties = google.namespaces.get(ns)?.classes.get(name)?.enumProperties ?? [];
    for (const [property, ref] of enumProperties) {
      const value = property in target ? (target as Record<string, unknown>)[property] : null;
      if (value && typeof value === 'object') enums.set(ref, Object.keys(value));
    }
  });
  try {
    const ws = Workspace.init('', { timeZone: 'Europe/Helsinki' });
    addUrlFetchFixture(ws.rt, { url: PROBE_URL, body: 'probe' });
    ws.push('coverage-probe', PROBE_SCRIPT + globalsProbe(google), {
      timeZone: 'Europe/Helsinki',
    });
    const probe = ws.run('coverage-probe', 'probe');
    if (probe.error) throw new Error(`The coverage probe failed: ${probe.error}`);
    const result = ws.run('coverage-probe', 'globalsProbe');
    if (result.error) throw new Error(`The globals probe failed: ${result.error}`);
    const found = result.value as { globals: string[]; enums: Record<string, string[]> };
    const missing = wrappedTypeNames().filter((name) => !reached.has(name));
    if (missing.length > 0)
      throw new Error(`emulator/inventory/probe.ts does not reach: ${missing.join(', ')}`);
    for (const [globalName, members] of Object.entries(found.enums)) {
      const type = google.globals.get(globalName);
      if (type) enums.set(`${type.namespace}.${type.className}`, members);
    }
    return { classes, globals: new Set(found.globals), enums };
  } finally {
    recordCoverage(undefined);
  }
}

/**
 * A second function for the probe: which Google globals exist, and the members of each global
 * enum (MimeType, Charset) as a script sees them. Enums on services (SpreadsheetApp.BorderStyle)
 * are read from the recorded objects.
 */
function globalsProbe(google: GoogleSurface): string {
  const enumGlobals = [...google.globals]
    .filter(([, { namespace, className }]) =>
      google.namespaces.get(namespace)?.enums.has(className),
    )
    .map(([globalName]) => globalName);
  return `
function globalsProbe() {
  var names = ${JSON.stringify([...google.globals.keys()])};
  var enumGlobals = ${JSON.stringify(enumGlobals)};
  var globals = names.filter(function (n) { return typeof globalThis[n] !== 'undefined'; });
  var enums = {};
  enumGlobals.forEach(function (n) {
    if (typeof globalThis[n] === 'object') enums[n] = Object.keys(globalThis[n]);
  });
  return { globals: globals, enums: enums };
}
`;
}

export function generateCoverage(root = process.cwd()): string {
  const google = readGoogleSurface(root);
  return renderCoverage(google, probeRuntime(google));
}

if (process.argv.includes('--write')) {
  fs.writeFileSync(path.join(process.cwd(), COVERAGE_FILE), generateCoverage());
  console.log(`Wrote ${COVERAGE_FILE}`);
}
