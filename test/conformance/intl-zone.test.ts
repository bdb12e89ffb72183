import { Workspace } from '../../emulator/workspace';

// Apps Script runs V8 in the project's time zone (appsscript.json `timeZone`,
// https://developers.google.com/apps-script/concepts/manifests), so Intl.DateTimeFormat without
// a timeZone option formats there, whatever zone the machine running the runtime has.

const SCRIPT = `
function formats() {
  var at = new Date(Date.UTC(2026, 0, 5, 6, 0));
  var opts = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return {
    zone: new Intl.DateTimeFormat().resolvedOptions().timeZone,
    withNew: new Intl.DateTimeFormat('en-GB', opts).format(at),
    withoutNew: Intl.DateTimeFormat('en-GB', opts).format(at),
    explicitUtc: new Intl.DateTimeFormat('en-GB', Object.assign({ timeZone: 'UTC' }, opts)).format(at),
    isFormat: new Intl.DateTimeFormat() instanceof Intl.DateTimeFormat,
    numbers: new Intl.NumberFormat('fi-FI').format(1234.5),
  };
}
`;

test.each([
  ['Asia/Tokyo', '15:00'],
  ['America/New_York', '01:00'],
  ['Europe/Helsinki', '08:00'],
])('Intl.DateTimeFormat defaults to the project zone %s', (zone, local) => {
  const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
  ws.push('p', SCRIPT, { timeZone: zone });
  expect(ws.call('formats', [], { projectId: 'p' })).toEqual({
    zone,
    withNew: local,
    withoutNew: local,
    explicitUtc: '06:00',
    isFormat: true,
    numbers: '1\u00a0234,5', // Finnish groups with a no-break space
  });
});
