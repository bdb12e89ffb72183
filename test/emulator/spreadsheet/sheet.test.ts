import {
  applyUserEdit,
  createSpreadsheet,
  createSpreadsheetApp,
  exportSheetCsv,
  listSheets,
  queueUiResponse,
  readSheetValues,
  setActiveRange,
  spreadsheetStore,
  uiLog,
  type SpreadsheetStore,
} from '../../../emulator/spreadsheet';
import { isDate } from '../../../emulator/runtime/clock';
import {
  emptyStores,
  loadState,
  saveState,
  STATE_FORMAT,
  STATE_VERSION,
} from '../../../emulator/runtime/state';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeTestContext } from '../../helpers/runtime';
import { boundWorkbook } from './fixture';

describe('Sheets and spreadsheets (emulator)', () => {
  it('creates a workbook whose first sheet has gid 0 and a localised name', () => {
    const ctx = makeTestContext();
    const id = createSpreadsheet(ctx, {
      name: 'W',
      owner: ctx.owner,
      timeZone: 'Europe/Helsinki',
      locale: 'fi_FI',
    });
    expect(id).toHaveLength(44);
    expect(listSheets(ctx, id).map((s) => [s.name, s.sheetId])).toEqual([['Taulukko1', 0]]);
    ctx.boundSpreadsheetId = id;
    const app = createSpreadsheetApp(ctx);
    expect(app.getActiveSpreadsheet()!.getUrl()).toBe(
      `https://docs.google.com/spreadsheets/d/${id}/edit`,
    );
    expect(app.openById(id).getName()).toBe('W');
  });

  it('inserts, renames, orders and deletes sheets', () => {
    const { book } = boundWorkbook();
    const b = book.insertSheet('Läsnäolo');
    const a = book.insertSheet('Alku', 0);
    expect(book.getSheets().map((s) => s.getName())).toEqual(['Alku', 'Asiakkaat', 'Läsnäolo']);
    expect(b.getIndex()).toBe(3);
    expect(book.getActiveSheet().getName()).toBe('Alku');
    a.setName('Ohje');
    expect(book.getSheetByName('Ohje')!.getSheetId()).toBe(a.getSheetId());
    expect(book.getSheetByName('Alku')).toBeNull();
    book.deleteSheet(a);
    expect(book.getSheets().map((s) => s.getName())).toEqual(['Asiakkaat', 'Läsnäolo']);
    expect(book.insertSheet().getName()).toBe('Taulukko3');
  });

  it('knows the last row and column with content, and the data range', () => {
    const { sheet } = boundWorkbook();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setNote('only a note');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('appends rows after the last row with content, growing the sheet when full', () => {
    const { sheet } = boundWorkbook();
    sheet.appendRow(['Nimi', 'Puhelin']);
    sheet.appendRow(['Aino', '0401234567']);
    expect(readSheetValuesOf(sheet)).toEqual([
      ['Nimi', 'Puhelin'],
      ['Aino', 401234567],
    ]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('beyond');
  });

  it('inserts and deletes rows, moving content, formats and validation with them', () => {
    const { sheet, app } = boundWorkbook();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.getRange('A2').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['a', 'b', '', '', 'c']);
    expect(sheet.getMaxRows()).toBe(1002);
    // Inserted rows take the formats and rules of the row above.
    expect(sheet.getRange('A3').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A2').getValue()).toBe('a');
    sheet.deleteRow(1);
    sheet.deleteRows(3, 2);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['a', 'b', 'c']);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('freezes rows, hides sheets, sets widths and tab colours', () => {
    const { sheet, book } = boundWorkbook({ sheets: ['A', 'B'] });
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    sheet
      .setColumnWidth(1, 250)
      .setColumnWidths(2, 2, 80)
      .autoResizeColumns(4, 2)
      .setTabColor('#ff0000');
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(3), sheet.getColumnWidth(9)]).toEqual([
      250, 80, 100,
    ]);
    expect(sheet.getTabColor()).toBe('#ff0000');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => book.getSheetByName('B')!.hideSheet()).toThrow(
      "You can't hide all the sheets in a document.",
    );
  });

  it('protects a sheet and keeps its editors, and refuses writes by someone else', () => {
    const { sheet, ctx, id } = boundWorkbook();
    const protection = sheet.protect().setDescription('Vain ohjaajat');
    expect(sheet.protect().getDescription()).toBe('Vain ohjaajat');
    protection.addEditor('toinen@kunta.example');
    protection.removeEditors(['ohjaaja@kunta.example', 'toinen@kunta.example']);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['ohjaaja@kunta.example']);
    expect(protection.canEdit()).toBe(true);
    expect(sheet.getProtections(createSpreadsheetApp(ctx).ProtectionType.SHEET)).toHaveLength(1);
    // Another account, running a script on the same workbook:
    const other = { ...ctx, user: 'avustaja@kunta.example', boundSpreadsheetId: id };
    const theirSheet = createSpreadsheetApp(other).getActiveSheet()!;
    expect(() => theirSheet.getRange('A1').setValue('x')).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    protection.setWarningOnly(true);
    theirSheet.getRange('A1').setValue('x');
    protection.remove();
    expect(sheet.getProtections('SHEET')).toHaveLength(0);
  });

  it('protects a range, and the protection follows inserted rows', () => {
    const { sheet } = boundWorkbook();
    const p = sheet.getRange('A2:B3').protect();
    expect(p.getProtectionType()).toBe('RANGE');
    sheet.insertRowsBefore(1, 2);
    expect(p.getRange().getA1Notation()).toBe('A4:B5');
  });
});

function readSheetValuesOf(sheet: { getDataRange(): { getValues(): unknown[][] } }): unknown[][] {
  return sheet.getDataRange().getValues();
}

describe('Ui (emulator)', () => {
  it('records menus, alerts, prompts, sidebars, dialogs and toasts', () => {
    const { app, ctx, book } = boundWorkbook();
    const ui = app.getUi();
    ui.createMenu('Etäpaja')
      .addItem('Avaa', 'openSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Lisää').addItem('Tuo', 'importClients'))
      .addToUi();
    expect(ui.alert('Hei')).toBe(ui.Button.OK);
    queueUiResponse(ctx, { button: 'NO' });
    expect(ui.alert('Otsikko', 'Jatketaanko?', ui.ButtonSet.YES_NO)).toBe('NO');
    queueUiResponse(ctx, { button: 'OK', text: 'Aino' });
    const answer = ui.prompt('Nimi?', ui.ButtonSet.OK_CANCEL);
    expect([answer.getSelectedButton(), answer.getResponseText()]).toEqual(['OK', 'Aino']);
    ui.showSidebar({ getContent: () => '<p>hei</p>', getTitle: () => 'Etäpaja' });
    ui.showModalDialog({ getContent: () => '<p>x</p>' }, 'Dialogi');
    book.toast('Valmis', 'Etäpaja', 3);
    const log = uiLog(ctx);
    expect(log.map((e) => e.kind)).toEqual([
      'menu',
      'alert',
      'alert',
      'prompt',
      'sidebar',
      'dialog',
      'toast',
    ]);
    expect(log[0]).toMatchObject({
      caption: 'Etäpaja',
      items: [
        { caption: 'Avaa', functionName: 'openSidebar' },
        { separator: true },
        {
          subMenu: { caption: 'Lisää', items: [{ caption: 'Tuo', functionName: 'importClients' }] },
        },
      ],
    });
    expect(log[4]).toMatchObject({ html: '<p>hei</p>', title: 'Etäpaja' });
    expect(log[6]).toMatchObject({ message: 'Valmis', title: 'Etäpaja', timeoutSeconds: 3 });
  });

  it('refuses getUi in a time-driven trigger', () => {
    const { app, ctx } = boundWorkbook();
    ctx.rt.begin({
      id: 'trig',
      projectId: 'test',
      functionName: 'daily',
      user: ctx.user,
      trigger: { id: 't', kind: 'CLOCK' },
    });
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('Harness: a coach editing concurrently (emulator)', () => {
  it('types as a person, with the locale rules, without counting calls', () => {
    const { ctx, id, sheet } = boundWorkbook();
    const calls = ctx.rt.execution.calls.length;
    applyUserEdit(ctx, id, 'Asiakkaat', { kind: 'set', a1: 'A1', value: '1.3.2026' });
    expect(ctx.rt.execution.calls.length).toBe(calls);
    expect(isDate(sheet.getRange('A1').getValue())).toBe(true);
  });

  it('is refused by a rejecting data validation, which scripts are not', () => {
    const { ctx, id, sheet, app } = boundWorkbook();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Läsnä', 'Poissa'])
      .setAllowInvalid(false)
      .setHelpText('Valitse listasta')
      .build();
    sheet.getRange('B2:B10').setDataValidation(rule);
    expect(
      applyUserEdit(ctx, id, 'Asiakkaat', { kind: 'set', a1: 'B2', value: 'Myöhässä' }),
    ).toEqual({
      applied: false,
      reason: 'validation',
      helpText: 'Valitse listasta',
    });
    expect(applyUserEdit(ctx, id, 'Asiakkaat', { kind: 'set', a1: 'B2', value: 'Läsnä' })).toEqual({
      applied: true,
    });
    sheet.getRange('B3').setValue('Myöhässä');
    expect(sheet.getRange('B3').getValue()).toBe('Myöhässä');
  });

  it('inserts, deletes and sorts rows between two calls of a script', () => {
    const { ctx, id, sheet } = boundWorkbook();
    sheet.getRange('A1:B4').setValues([
      ['Nimi', 'Nro'],
      ['Cecilia', 3],
      ['Aino', 1],
      ['Bertta', 2],
    ]);
    const stop = ctx.rt.onCall((call) => {
      if (call.method === 'Sheet.getRange')
        applyUserEdit(ctx, id, 'Asiakkaat', {
          kind: 'sortByColumn',
          column: 2,
          ascending: true,
          headerRows: 1,
        });
    });
    const values = sheet.getRange('A2:A4').getValues().flat();
    stop();
    expect(values).toEqual(['Aino', 'Bertta', 'Cecilia']);
    applyUserEdit(ctx, id, 'Asiakkaat', { kind: 'insertRowsAfter', row: 1, count: 1 });
    applyUserEdit(ctx, id, 'Asiakkaat', { kind: 'deleteRow', row: 3 });
    expect(readSheetValues(ctx, id, 'Asiakkaat')).toEqual([
      ['Nimi', 'Nro'],
      ['', ''],
      ['Bertta', 2],
      ['Cecilia', 3],
    ]);
  });

  it('sets the active range that getActiveRange returns', () => {
    const { ctx, id, app } = boundWorkbook();
    expect(app.getActiveRange()).toBeNull();
    setActiveRange(ctx, id, 'Asiakkaat', 'B3:C4');
    expect(app.getActiveRange()!.getA1Notation()).toBe('B3:C4');
  });

  it('exports a sheet as RFC 4180 CSV of the displayed values', () => {
    const { ctx, id, sheet } = boundWorkbook();
    sheet.getRange('A1:C2').setValues([
      ['Nimi', 'Huom', 'Tunnit'],
      ['Virtanen, Aino', 'sanoi "hei"\nja lähti', 12.5],
    ]);
    expect(exportSheetCsv(ctx, id, 'Asiakkaat')).toBe(
      'Nimi,Huom,Tunnit\r\n"Virtanen, Aino","sanoi ""hei""\nja lähti","12,5"',
    );
  });

  it('survives a save and load of the workspace state, dates included', () => {
    const { ctx, id, sheet } = boundWorkbook();
    sheet.getRange('A1:B1').setValues([['1.3.2026', 'x']]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheet-state-'));
    saveState(dir, {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      clockMs: 0,
      rngState: 1,
      meta: {
        owner: ctx.owner,
        timeZone: 'Europe/Helsinki',
        locale: 'fi_FI',
        createdAt: 0,
        seed: 1,
        accountKind: 'workspace',
      },
      stores: ctx.rt.stores,
    });
    const loaded = loadState(dir).stores[spreadsheetStore.name] as SpreadsheetStore;
    const values = readSheetValues(loaded, id, 'Asiakkaat');
    expect(isDate(values[0][0])).toBe(true);
    expect(values[0][1]).toBe('x');
    expect(Object.keys(emptyStores())).toContain('spreadsheet');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
