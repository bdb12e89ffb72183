import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import {
  SPREADSHEET_STORE,
  resolveStore,
  type StoreSource,
  type SpreadsheetStore,
  type StoredSheet,
  type StoredSpreadsheet,
} from './store';
import type { RangeRef } from './validation';
import { CHARTS_ENUMS } from './enums';

/**
 * Embedded charts, the minimal subset: a chart is recorded in the store (type, ranges, position,
 * options) and never drawn. `Sheet.newChart()` gives an EmbeddedChartBuilder; `build()` gives an
 * EmbeddedChart that is not in the sheet until `insertChart`; `getCharts`, `updateChart`,
 * `removeChart` and `chart.modify()` work on what was inserted.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 */

/** `Charts.ChartType`: https://developers.google.com/apps-script/reference/charts/chart-type */
export const ChartType = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  RADAR: 'RADAR',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
});

/** The `Charts` global: its enums (ChartType for newChart()); no chart builders. */
export function createCharts(): Record<string, unknown> {
  return withCoverage({ ChartType, ...CHARTS_ENUMS, toString: () => 'Charts' }, 'Charts');
}

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface StoredChart {
  chartId: number;
  type: string;
  /** Source ranges as `{ $range: {spreadsheetId, sheetName, a1} }`, in the order added. */
  ranges: RangeRef[];
  position: ChartPosition;
  options: Record<string, unknown>;
  numHeaders: number;
}

/** A chart as the builder holds it: not in any sheet yet (chartId null) or a copy to modify. */
interface Draft extends Omit<StoredChart, 'chartId'> {
  chartId: number | null;
}

/** What the Sheet handle gives this module: its ids and how to turn refs into Range handles. */
export interface ChartHost {
  ctx: ScriptContext;
  spreadsheetId: string;
  sheetId: number;
  toRef(range: unknown, method: string): RangeRef;
  toRange(ref: RangeRef): unknown;
  /** Google's "The parameters (…) don't match the method signature for …" error. */
  signature(args: unknown[], method: string): Error;
}

function bookOf(ctx: ScriptContext, id: string): StoredSpreadsheet {
  const book = ctx.rt.store<SpreadsheetStore>(SPREADSHEET_STORE).spreadsheets[id];
  if (!book)
    throw appsScriptError(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  return book;
}

function chartsOf(sheet: StoredSheet): StoredChart[] {
  const s = sheet as StoredSheet & { charts?: StoredChart[] };
  if (!s.charts) s.charts = [];
  return s.charts;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Newer Sheets ids are large numbers; ours count up per spreadsheet, unique across its sheets. */
function nextChartId(book: StoredSpreadsheet): number {
  let max = 0;
  for (const sheet of book.sheets) for (const c of chartsOf(sheet)) max = Math.max(max, c.chartId);
  return max + 1;
}

/** Sheet.newChart / insertChart / getCharts / updateChart / removeChart for one sheet. */
export function chartMethods(host: ChartHost) {
  const { ctx } = host;
  const call = (method: string) => ctx.rt.call('Sheet', method);
  const sheet = (): StoredSheet => {
    const found = bookOf(ctx, host.spreadsheetId).sheets.find((s) => s.sheetId === host.sheetId);
    if (!found) throw appsScriptError('Range not found');
    return found;
  };
  const draftOf = (chart: unknown, method: string): Draft => {
    const d = (chart as { __chartDraft?: () => Draft } | null)?.__chartDraft;
    if (typeof d !== 'function') throw host.signature([chart], `SpreadsheetApp.Sheet.${method}`);
    return d();
  };

  type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
  type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  const chartHandle = (draft: Draft): Chart =>
    withCoverage(
      {
        getChartId() {
          return draft.chartId;
        },
        getId() {
          return draft.chartId === null ? null : `u${draft.chartId}`;
        },
        getRanges() {
          return draft.ranges.map((r) => host.toRange(r));
        },
        getNumHeaders() {
          return draft.numHeaders;
        },
        getContainerInfo() {
          return containerInfo(draft.position);
        },
        getOptions() {
          return withCoverage(
            { get: (option: string) => draft.options[String(option)] ?? null },
            'ChartOptions',
          );
        },
        modify() {
          return builder(copy(draft));
        },
        toString: () => 'EmbeddedChart',
        __chartDraft: () => copy(draft),
      },
      'EmbeddedChart',
    ) as unknown as Chart;

  const builder = (draft: Draft): Builder => {
    const self: Record<string, unknown> = withCoverage(
      {
        addRange(range: unknown) {
          draft.ranges.push(host.toRef(range, 'EmbeddedChartBuilder.addRange'));
          return self;
        },
        removeRange(range: unknown) {
          const ref = host.toRef(range, 'EmbeddedChartBuilder.removeRange');
          draft.ranges = draft.ranges.filter(
            (r) => JSON.stringify(r.$range) !== JSON.stringify(ref.$range),
          );
          return self;
        },
        clearRanges() {
          draft.ranges = [];
          return self;
        },
        getRanges() {
          return draft.ranges.map((r) => host.toRange(r));
        },
        setChartType(type: unknown) {
          const name = String(type);
          if (!(name in ChartType))
            throw host.signature([type], 'SpreadsheetApp.EmbeddedChartBuilder.setChartType');
          draft.type = name;
          return self;
        },
        getChartType() {
          return draft.type;
        },
        setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number) {
          const args = [anchorRow, anchorColumn, offsetX, offsetY];
          if (args.some((a) => typeof a !== 'number' || Number.isNaN(a)))
            throw host.signature(args, 'SpreadsheetApp.EmbeddedChartBuilder.setPosition');
          draft.position = {
            anchorRow: Math.trunc(anchorRow),
            anchorColumn: Math.trunc(anchorColumn),
            offsetX: Math.trunc(offsetX),
            offsetY: Math.trunc(offsetY),
          };
          return self;
        },
        getContainer() {
          return containerInfo(draft.position);
        },
        setOption(option: string, value: unknown) {
          draft.options[String(option)] = copy(value);
          return self;
        },
        setNumHeaders(headers: number) {
          draft.numHeaders = Math.trunc(Number(headers));
          return self;
        },
        build() {
          return chartHandle(copy(draft));
        },
        toString: () => 'EmbeddedChartBuilder',
      },
      'EmbeddedChartBuilder',
    );
    return self as unknown as Builder;
  };

  return {
    newChart() {
      // Local in Apps Script (no backend call): the builder lives in the script until insert.
      return builder({
        chartId: null,
        // Sheets picks a type from the data when none is set; we record it as unset.
        type: '',
        ranges: [],
        position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
        options: {},
        numHeaders: -1,
      });
    },
    insertChart(chart: unknown) {
      call('insertChart');
      const draft = draftOf(chart, 'insertChart');
      const book = bookOf(ctx, host.spreadsheetId);
      // A built chart inserted twice is two charts, as in Sheets: the id is given here.
      const stored: StoredChart = { ...draft, chartId: nextChartId(book) };
      chartsOf(sheet()).push(stored);
    },
    getCharts() {
      call('getCharts');
      return chartsOf(sheet()).map((c) => chartHandle(copy(c)));
    },
    updateChart(chart: unknown) {
      call('updateChart');
      const draft = draftOf(chart, 'updateChart');
      const list = chartsOf(sheet());
      const index = list.findIndex((c) => c.chartId === draft.chartId);
      // Our message: the real text for a chart that is not in the sheet is not documented.
      if (draft.chartId === null || index < 0)
        throw appsScriptError('The chart is not in this sheet.');
      list[index] = { ...draft, chartId: list[index].chartId };
    },
    removeChart(chart: unknown) {
      call('removeChart');
      const draft = draftOf(chart, 'removeChart');
      const list = chartsOf(sheet());
      const index = list.findIndex((c) => c.chartId === draft.chartId);
      if (draft.chartId === null || index < 0)
        throw appsScriptError('The chart is not in this sheet.');
      list.splice(index, 1);
    },
  };
}

/** Harness: the charts recorded on a sheet, as stored (for tests and `etapaja export`). */
export function listCharts(
  source: StoreSource,
  spreadsheetId: string,
  sheetName: string,
): StoredChart[] {
  const book = resolveStore(source).spreadsheets[spreadsheetId];
  const sheet = book?.sheets.find((s) => s.name === sheetName);
  return sheet ? copy(chartsOf(sheet)) : [];
}

/** Where a chart sits (EmbeddedChart.getContainerInfo and the builder's getContainer). */
function containerInfo(p: {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}) {
  return withCoverage(
    {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    },
    'ContainerInfo',
  );
}
