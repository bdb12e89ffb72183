import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * https://developers.google.com/apps-script/concepts/manifests (timeZone): a script's Date lives
 * in its project's time zone. Apps Script's V8 is an engine whose zone is the project's; so the
 * expected answers are Node's own Date with TZ set to the project's zone, and the runtime's Date
 * must give them under any host zone. The probe runs in child processes, one per host zone.
 */

const HOST_ZONES = ['UTC', 'America/New_York', 'Asia/Tokyo'];
const PROJECT_ZONES = ['Europe/Helsinki', 'America/Sao_Paulo', 'Australia/Lord_Howe'];

let probeFile: string;

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'date-zone-'));
  probeFile = path.join(dir, 'probe.js');
  buildSync({
    entryPoints: [path.join(__dirname, 'date-zone-probe.ts')],
    bundle: true,
    platform: 'node',
    outfile: probeFile,
    logLevel: 'error',
  });
});

function run(hostZone: string, ...args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, [probeFile, ...args], {
    env: { ...process.env, TZ: hostZone },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, unknown>;
}

describe.each(PROJECT_ZONES)('a project in %s', (projectZone) => {
  let expected: Record<string, unknown>;
  beforeAll(() => {
    expected = run(projectZone, 'native');
  });

  it.each(HOST_ZONES)('gives V8-in-the-project-zone answers on a host in %s', (hostZone) => {
    const actual = run(hostZone, 'zoned', projectZone);
    for (const key of Object.keys(expected)) {
      expect([key, actual[key]]).toEqual([key, expected[key]]);
    }
  });
});

describe('the probe itself', () => {
  it('differs between zones, so the comparison above can fail', () => {
    const helsinki = run('Europe/Helsinki', 'native');
    const utc = run('UTC', 'native');
    expect(helsinki['new Date(2026,0,5)']).not.toEqual(utc['new Date(2026,0,5)']);
  });
});
