/**
 * Charts the FakeWorkbook records on a sheet, as category labels and series values for the page's
 * SVG. As the templates build them, the first range is the category column and each further range
 * one series, each with its header row on top.
 */
import { formatCellValue } from "./numberFormat";
import type { FakeSheet } from "../fakes/spreadsheet";
import type { ChartSeriesView, ChartView } from "./viewTypes";

function columnValues(sheet: FakeSheet, a1: string): unknown[] {
  return sheet
    .getRange(a1)
    .getValues()
    .map((row) => row[0]);
}

export function chartsOf(sheet: FakeSheet): ChartView[] {
  return sheet.getCharts().map((chart) => {
    const [categoryRange, ...seriesRanges] = chart.ranges;
    const categoryColumn = categoryRange ? columnValues(sheet, categoryRange).slice(1) : [];
    const categories = categoryColumn.map((v) =>
      typeof v === "string" ? v : formatCellValue(v as number | boolean | Date),
    );
    const series: ChartSeriesView[] = seriesRanges.map((a1) => {
      const [header, ...values] = columnValues(sheet, a1);
      return {
        name: String(header ?? ""),
        values: values.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : 0)),
      };
    });
    return {
      kind: chart.kind,
      title: chart.title,
      row: chart.row,
      column: chart.column,
      categories,
      series,
    };
  });
}
