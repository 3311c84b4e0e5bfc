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

function columnFormats(sheet: FakeSheet, a1: string): string[] {
  return sheet
    .getRange(a1)
    .getNumberFormats()
    .map((row) => row[0]);
}

/**
 * Rows with an empty category are left out, as Sheets does for the blank rows a plan reserves for
 * more stages (no unlabelled bars). Categories show in their cells' own format (months as
 * "Jan 2027", not date serials).
 */
export function chartsOf(sheet: FakeSheet): ChartView[] {
  const book = sheet.getParent();
  const locale = book.getSpreadsheetLocale();
  const timeZone = book.getSpreadsheetTimeZone();
  return sheet.getCharts().map((chart) => {
    const [categoryRange, ...seriesRanges] = chart.ranges;
    const categoryColumn = categoryRange ? columnValues(sheet, categoryRange).slice(1) : [];
    const formats = categoryRange ? columnFormats(sheet, categoryRange).slice(1) : [];
    const kept = categoryColumn.flatMap((v, i) => (v === "" || v === null ? [] : [i]));
    const categories = kept.map((i) => {
      const v = categoryColumn[i];
      return typeof v === "string"
        ? v
        : formatCellValue(
            v as number | boolean | Date,
            formats[i] === "General" ? undefined : formats[i],
            locale,
            timeZone,
          );
    });
    const series: ChartSeriesView[] = seriesRanges.map((a1) => {
      const [header, ...values] = columnValues(sheet, a1);
      return {
        name: String(header ?? ""),
        values: kept.map((i) => {
          const v = values[i];
          return typeof v === "number" && Number.isFinite(v) ? v : 0;
        }),
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
