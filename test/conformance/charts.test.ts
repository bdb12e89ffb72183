import { ChartType, createCharts, listCharts } from '../../emulator/spreadsheet/charts';
import { boundWorkbook } from '../helpers/runtime';

/**
 * Embedded charts as the Spreadsheet service documents them: built with Sheet.newChart(), in the
 * sheet only after insertChart(), listed by getCharts(), changed through modify() + updateChart()
 * and taken away by removeChart(). The emulator records charts; it never draws them.
 */
const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';

function workbook() {
  const { ctx, id, book } = boundWorkbook(['Kuukausi', 'Muu'], 'fi_FI');
  // Typed as Google's Sheet: the test uses only the documented signatures.
  const sheet = book.getSheetByName('Kuukausi') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  sheet.getRange('A1:C3').setValues([
    ['Asiakas', 'Läsnä', 'Poissa'],
    ['A0001', 3, 1],
    ['A0002', 2, 0],
  ]);
  return { ctx, id, book, sheet };
}

const Charts = createCharts() as unknown as typeof globalThis.Charts;

describe(`EmbeddedChartBuilder — ${REF}/embedded-chart-builder`, () => {
  it('builds a chart that is not in the sheet until insertChart', () => {
    const { sheet } = workbook();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:C3'))
      .setPosition(5, 2, 10, 20)
      .setOption('title', 'Läsnäolot')
      .build();
    expect(chart.getChartId()).toBeNull();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(sheet.getCharts()).toHaveLength(1);
    expect(typeof inserted.getChartId()).toBe('number');
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C3']);
    const info = inserted.getContainerInfo();
    expect([
      info.getAnchorRow(),
      info.getAnchorColumn(),
      info.getOffsetX(),
      info.getOffsetY(),
    ]).toEqual([5, 2, 10, 20]);
    expect(inserted.getOptions().get('title')).toBe('Läsnäolot');
    expect(inserted.modify().getChartType()).toBe(Charts.ChartType.COLUMN);
  });

  it('keeps the ranges in the order added; removeRange and clearRanges take them away', () => {
    const { sheet } = workbook();
    const builder = sheet
      .newChart()
      .addRange(sheet.getRange('A1:A3'))
      .addRange(sheet.getRange('C1:C3'))
      .addRange(sheet.getRange('B1:B3'));
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A3', 'C1:C3', 'B1:B3']);
    builder.removeRange(sheet.getRange('C1:C3'));
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A3', 'B1:B3']);
    builder.clearRanges();
    expect(builder.getRanges()).toEqual([]);
  });

  it('rejects what is not a chart type or a range with the signature error', () => {
    const { sheet } = workbook();
    expect(() => sheet.newChart().setChartType('DONUT' as never)).toThrow(
      "don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType",
    );
    expect(() => sheet.newChart().addRange('A1:B2' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
    );
  });

  it('throws "Not emulated" for what it leaves out, never a silent no-op', () => {
    const { sheet } = workbook();
    expect(() => (sheet.newChart() as unknown as { asPieChart(): void }).asPieChart()).toThrow(
      'Not emulated: EmbeddedChartBuilder.asPieChart()',
    );
  });
});

describe(`Sheet.updateChart, removeChart — ${REF}/sheet#updateChart(EmbeddedChart)`, () => {
  it('modify() + updateChart changes the chart in place; removeChart removes it', () => {
    const { ctx, id, sheet } = workbook();
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(sheet.getRange('A1:B3'))
        .build(),
    );
    const [chart] = sheet.getCharts();
    sheet.updateChart(
      chart
        .modify()
        .clearRanges()
        .addRange(sheet.getRange('A1:C3'))
        .setPosition(1, 5, 0, 0)
        .build(),
    );
    const stored = listCharts(ctx, id, 'Kuukausi');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      chartId: chart.getChartId(),
      type: 'COLUMN',
      ranges: [{ $range: { sheetName: 'Kuukausi', a1: 'A1:C3' } }],
      position: { anchorRow: 1, anchorColumn: 5, offsetX: 0, offsetY: 0 },
    });
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('gives every chart of a spreadsheet its own id, and keeps charts per sheet', () => {
    const { book, sheet } = workbook();
    const other = book.getSheetByName('Muu') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const build = (s: typeof sheet) =>
      s.newChart().setChartType(Charts.ChartType.BAR).addRange(s.getRange('A1:B2')).build();
    sheet.insertChart(build(sheet));
    other.insertChart(build(other));
    const ids = [...sheet.getCharts(), ...other.getCharts()].map((c) => c.getChartId());
    expect(new Set(ids).size).toBe(2);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(other.getCharts()).toHaveLength(1);
  });

  it('counts insertChart, getCharts, updateChart and removeChart as service calls; building is local', () => {
    const { ctx, sheet } = workbook();
    const range = sheet.getRange('A1:B2');
    const log = ctx.rt.execution.calls;
    const before = log.length;
    const chart = sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(range).build();
    expect(log.length).toBe(before);
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    sheet.updateChart(inserted.modify().setOption('title', 'x').build());
    sheet.removeChart(inserted);
    expect(log.slice(before).map((c) => c.method)).toEqual([
      'Sheet.insertChart',
      'Sheet.getCharts',
      'Sheet.updateChart',
      'Sheet.removeChart',
    ]);
  });
});

describe('Charts.ChartType — https://developers.google.com/apps-script/reference/charts/chart-type', () => {
  it('names the types as their enum names', () => {
    expect(ChartType.COLUMN).toBe('COLUMN');
    expect(Charts.ChartType.LINE).toBe('LINE');
  });
});
