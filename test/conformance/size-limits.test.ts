import '../../emulator/mail/store';
import { createMailApp, outbox, type MailStore } from '../../emulator/mail';
import { EmulatedBlob } from '../../emulator/runtime/blob';
import {
  createSpreadsheet,
  createSpreadsheetApp,
  spreadsheetStore,
} from '../../emulator/spreadsheet';
import { makeTestContext } from '../helpers/runtime';

/**
 * Google's size limits on the offline runtime, each with the reference it comes from and
 * Google's exact text. The properties (9 KB / value, 500 KB / store) and cache (100 KB / value,
 * 250-character keys) limits are in properties.test.ts and cache.test.ts.
 */
void spreadsheetStore;
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';
const CELL = 'Your input contains more than the maximum of 50000 characters in a single cell.';

function sheet() {
  const ctx = makeTestContext();
  ctx.boundSpreadsheetId = createSpreadsheet(ctx, {
    name: 'Etäpaja',
    owner: ctx.owner,
    timeZone: 'Europe/Helsinki',
    locale: 'fi_FI',
    sheets: ['Päiväkirjat'],
  });
  return createSpreadsheetApp(ctx).getActiveSpreadsheet()!.getSheetByName('Päiväkirjat')!;
}

describe('Sheets: 50,000 characters per cell — https://support.google.com/drive/answer/37603', () => {
  const max = 'x'.repeat(50_000);
  const over = `${max}y`;

  it('holds exactly 50,000 characters in a cell', () => {
    const s = sheet();
    s.getRange(1, 1).setValue(max);
    expect(String(s.getRange(1, 1).getValue())).toHaveLength(50_000);
  });

  it.each([
    [
      'setValues',
      (s: ReturnType<typeof sheet>) => s.getRange(1, 1, 1, 2).setValues([['ok', over]]),
    ],
    ['setValue', (s: ReturnType<typeof sheet>) => s.getRange(1, 1, 2, 1).setValue(over)],
    ['appendRow', (s: ReturnType<typeof sheet>) => s.appendRow(['ok', over])],
    ['setFormula', (s: ReturnType<typeof sheet>) => s.getRange(1, 1).setFormula(`="${over}"`)],
    [
      'setFormulas',
      (s: ReturnType<typeof sheet>) => s.getRange(1, 1).setFormulas([[`="${over}"`]]),
    ],
  ])("%s refuses a longer value with Sheets' text and writes nothing", (_name, write) => {
    const s = sheet();
    expect(() => write(s)).toThrow(new Error(CELL));
    expect(s.getLastRow()).toBe(0);
  });
});

function mail(accountKind?: 'workspace' | 'consumer') {
  const ctx = makeTestContext();
  const store = ctx.rt.store<MailStore>('mail');
  if (accountKind) store.accountKind = accountKind;
  return { MailApp: createMailApp(ctx), store };
}

describe(`MailApp per-message limits — ${QUOTAS} (Current limitations)`, () => {
  it('Email body size: 200 KB / msg for consumer accounts (and where the kind is not known)', () => {
    for (const kind of ['consumer', undefined] as const) {
      const { MailApp, store } = mail(kind);
      expect(() => MailApp.sendEmail('a@example.fi', 'S', 'x'.repeat(200 * 1024 + 1))).toThrow(
        new Error('Limit Exceeded: Email Body Size.'),
      );
      expect(outbox(store)).toHaveLength(0);
      MailApp.sendEmail('a@example.fi', 'S', 'x'.repeat(200 * 1024));
      expect(outbox(store)).toHaveLength(1);
    }
  });

  it('Email body size: 400 KB / msg for Google Workspace accounts; plain and HTML bodies count together', () => {
    const { MailApp, store } = mail('workspace');
    MailApp.sendEmail('a@example.fi', 'S', 'x'.repeat(400 * 1024));
    expect(() =>
      MailApp.sendEmail('a@example.fi', 'S', 'x'.repeat(300 * 1024), {
        htmlBody: `<p>${'ä'.repeat(60 * 1024)}</p>`,
      }),
    ).toThrow(new Error('Limit Exceeded: Email Body Size.'));
    expect(outbox(store)).toHaveLength(1);
  });

  it('Email total attachments size: 25 MB / msg', () => {
    const { MailApp, store } = mail();
    const big = new EmulatedBlob(Buffer.alloc(13 * 1024 * 1024, 1), 'application/pdf', 'a.pdf');
    expect(() =>
      MailApp.sendEmail('a@example.fi', 'S', 'B', { attachments: [big, big] as never }),
    ).toThrow(new Error('Limit Exceeded: Email Total Attachments Size.'));
    MailApp.sendEmail('a@example.fi', 'S', 'B', { attachments: [big] as never });
    expect(outbox(store)).toHaveLength(1);
  });

  it('Email attachments: 250 / msg', () => {
    const { MailApp, store } = mail();
    const small = new EmulatedBlob(Buffer.from('x'), 'text/plain', 'a.txt');
    expect(() =>
      MailApp.sendEmail('a@example.fi', 'S', 'B', {
        attachments: Array.from({ length: 251 }, () => small) as never,
      }),
    ).toThrow(new Error('Limit Exceeded: Email Attachments Per Message.'));
    expect(outbox(store)).toHaveLength(0);
  });
});
