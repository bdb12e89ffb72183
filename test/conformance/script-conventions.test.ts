import { Workspace } from '../../emulator/workspace';
import { FILE_MARKER } from '../../emulator/runtime/script-stack';

/**
 * What ordinary scripts take for granted about the platform, found by running scripts written
 * outside this project: the Date class is the built-in one as far as a script can tell, stack
 * traces name the script's own files, and refusals come with Google's words.
 */
const START = '2026-01-05T08:00:00+02:00';

function run(code: string, fn = 'main') {
  const ws = Workspace.init('', { timeZone: 'Europe/Helsinki', start: START });
  ws.push('script', code, { timeZone: 'Europe/Helsinki' });
  return { ws, result: ws.run('script', fn) };
}

function value(code: string, fn = 'main'): unknown {
  const { result } = run(code, fn);
  if (result.error) throw result.error;
  return result.value;
}

describe('Date looks like the built-in Date', () => {
  it('a cell date and a new Date have Date as constructor, named Date, length 7', () => {
    const code = `function main() {
      var sh = SpreadsheetApp.getActive().insertSheet('C');
      sh.getRange('A1').setValue(new Date(2026, 0, 5));
      var v = sh.getRange('A1').getValue();
      return [v.constructor == Date, new Date().constructor === Date, Date.name, Date.length,
        Object.getPrototypeOf(new Date()) === Date.prototype, v instanceof Date];
    }`;
    expect(value(code)).toEqual([true, true, 'Date', 7, true, true]);
  });
});

describe('Utilities.formatDate', () => {
  it('refuses what is not a Date with the signature error', () => {
    const code = `function main() {
      var out = [];
      [['2026-01-05', 'GMT', 'yyyy'], [1767225600000, 'GMT', 'yyyy'], []].forEach(function (a) {
        try { Utilities.formatDate.apply(Utilities, a); out.push('ok'); }
        catch (e) { out.push(e.message); }
      });
      return out;
    }`;
    expect(value(code)).toEqual([
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      "The parameters (number,String,String) don't match the method signature for Utilities.formatDate.",
      "The parameters (null,null,null) don't match the method signature for Utilities.formatDate.",
    ]);
  });

  it('prints Java zone names: GMT stays GMT, Tokyo is JST, an unknown id is GMT', () => {
    const code = `function main() {
      var d = new Date(2026, 0, 5, 12, 0);
      return [Utilities.formatDate(d, 'GMT', 'HH:mm z'), Utilities.formatDate(d, 'UTC', 'z'),
        Utilities.formatDate(d, 'Asia/Tokyo', 'HH:mm z'), Utilities.formatDate(d, 'Europe/Helsinki', 'z'),
        Utilities.formatDate(new Date(2026, 6, 5), 'Australia/Sydney', 'z'),
        Utilities.formatDate(d, 'UTC+9', 'HH:mm'), Utilities.formatDate(d, 'GMT+9', 'HH:mm')];
    }`;
    expect(value(code)).toEqual(['10:00 GMT', 'UTC', '19:00 JST', 'EET', 'AEST', '10:00', '19:00']);
  });
});

describe('Refusals in Google’s words', () => {
  it('DriveApp.createFile will not make Google Docs, Sheets or Forms', () => {
    const code = `function main() {
      try { DriveApp.createFile('x', 'y', MimeType.GOOGLE_DOCS); return 'made'; }
      catch (e) { return e.message; }
    }`;
    expect(value(code)).toBe(
      'Cannot use "DriveApp.createFile()" to create Google MIME types. Please use Advanced Drive Service',
    );
  });

  it('a missing value is refused, never stored or encoded as the text "undefined"', () => {
    const code = `function main() {
      var out = [];
      try { PropertiesService.getScriptProperties().setProperty(undefined, 'x'); out.push('stored'); }
      catch (e) { out.push(e.message); }
      try { out.push(Utilities.base64Encode(undefined)); } catch (e) { out.push(e.message); }
      out.push(PropertiesService.getScriptProperties().getKeys().length);
      return out;
    }`;
    expect(value(code)).toEqual(['Invalid argument: key', 'Invalid argument: data', 0]);
  });

  it('attachments must be an array of blobs', () => {
    const code = `function main() {
      try {
        GmailApp.sendEmail('a@example.com', 's', 'b', { attachments: Utilities.newBlob('x', 'text/plain', 'x.txt') });
        return 'sent';
      } catch (e) { return e.message; }
    }`;
    expect(value(code)).toBe('Invalid argument: attachments');
  });
});

describe('Stack traces name the script’s files, never the runtime', () => {
  const project = [
    `${FILE_MARKER}Code.gs`,
    'function main() {',
    "  Logger.log('before');",
    '  helper();',
    '}',
    `${FILE_MARKER}Util.gs`,
    'function helper() {',
    '  var x = null;',
    '  return x.foo;',
    '}',
    'function catcher() {',
    '  var out = [];',
    '  try { helper(); } catch (e) { out.push(e.stack); }',
    "  try { SpreadsheetApp.getActive().getRange('Nope!A1'); } catch (e) { out.push(e.stack); }",
    '  return out;',
    '}',
  ].join('\n');

  it('e.stack of a script error and of a service error', () => {
    const [own, service] = value(project, 'catcher') as string[];
    expect(own).toBe(
      [
        "TypeError: Cannot read properties of null (reading 'foo')",
        '    at helper(Util:3:12)',
        '    at catcher(Util:7:9)',
      ].join('\n'),
    );
    expect(service).toBe(['Exception: Range not found', '    at catcher(Util:8:36)'].join('\n'));
    expect(own + service).not.toMatch(/node:|cli\.js|workspace|emulator/);
  });

  it("a failed execution's log shows the error and the frames as the editor does", () => {
    const { ws, result } = run(project, 'main');
    expect(result.error).toBeDefined();
    const log = ws.logOf(result.execution);
    const last = log[log.length - 1];
    expect(last.level).toBe('Error');
    expect(last.message).toBe(
      [
        "TypeError: Cannot read properties of null (reading 'foo')",
        '    helper\t@ Util.gs:3',
        '    main\t@ Code.gs:3',
      ].join('\n'),
    );
  });
});

describe('Utilities.parseDate as Java SimpleDateFormat parses, in the zone given', () => {
  const parse = (args: string[]) =>
    value(`function main() {
      try { return Utilities.parseDate(${args.map((a) => JSON.stringify(a)).join(', ')}).toISOString(); }
      catch (e) { return e.message; }
    }`);

  it.each([
    [['5.1.2026', 'Europe/Helsinki', 'd.M.yyyy'], '2026-01-04T22:00:00.000Z'],
    [['2026-07-05 14:30', 'Europe/Helsinki', 'yyyy-MM-dd HH:mm'], '2026-07-05T11:30:00.000Z'],
    [['20260105', 'GMT', 'yyyyMMdd'], '2026-01-05T00:00:00.000Z'],
    [['Jan 5, 2026 3:04 PM', 'America/New_York', 'MMM d, yyyy h:mm a'], '2026-01-05T20:04:00.000Z'],
    [['Monday, January 5, 2026', 'GMT', 'EEEE, MMMM d, yyyy'], '2026-01-05T00:00:00.000Z'],
    [['05/01/26', 'GMT', 'dd/MM/yy'], '2026-01-05T00:00:00.000Z'],
    [['32.1.2026', 'GMT', 'd.M.yyyy'], '2026-02-01T00:00:00.000Z'],
    [
      ['2026-01-05T10:00:00+0200', 'Asia/Tokyo', "yyyy-MM-dd'T'HH:mm:ssZ"],
      '2026-01-05T08:00:00.000Z',
    ],
    [['5.1.2026 and more', 'GMT', 'd.M.yyyy'], '2026-01-05T00:00:00.000Z'],
    [['tomorrow', 'GMT', 'd.M.yyyy'], 'Unparseable date: "tomorrow"'],
  ])('%j gives %s', (args, expected) => {
    expect(parse(args)).toBe(expected);
  });
});
