/**
 * Writes a plan in a handful of service calls (SPEC §8): all the ranges it needs from one range
 * list, then per rectangle its values, its formulas (a few rectangles of them), number formats,
 * font weights, colours, backgrounds, notes and wraps as 2-D arrays — one call each — one
 * column width, frozen panes, highlight rules, charts and the plan's record.
 */
import { a1Range } from "../../core/a1";
import { messageOf } from "../../core/messageOf";
import { isFormula } from "../cellContents";
import type { Rect } from "./layout";
import { columnWidth, get, planGrid, slice, type PlanGrid } from "./planGrid";
import { writeRecord, type PlanRecord } from "./planRecord";
import type { ChartPlan, SheetPlan } from "./sheetPlan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a new sheet has (Sheets: 1000 rows, 26 columns): the grid grows past it in one call. */
const NEW_SHEET = { rows: 1000, cols: 26 };

/**
 * Inserts the plan's sheet (it becomes the active sheet): "Annual plan", else "Annual plan 2", "Annual plan 3"…
 * Sheets refuses a name in use (ignoring case), so the first free one is found by trying, with
 * no list of every sheet's name (SPEC §8: counts must not grow with the workbook).
 */
export function insertPlanSheet(spreadsheet: Spreadsheet, base: string): Sheet {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} ${i}`;
    try {
      return spreadsheet.insertSheet(name);
    } catch (e) {
      if (!/already exists/i.test(messageOf(e)) || i > 200) throw e;
    }
  }
}

/**
 * Rectangles (sheet coordinates, inside `rect`) that cover every formula cell and hold nothing
 * but formulas and empty cells, so one setFormulas per rectangle writes them without touching a
 * value: each grows right from a formula to the last formula of its row, then down.
 */
export function formulaRects(grid: PlanGrid, rect: Rect): Rect[] {
  const at = (r: number, c: number) => get(grid, "contents", r, c);
  const free = (r: number, c: number) => {
    const v = at(r, c);
    return isFormula(v) || v === "";
  };
  const covered = new Set<string>();
  const out: Rect[] = [];
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  const box = (r: number, c: number, end: number): Rect => {
    const rowFree = (rr: number) => {
      for (let cc = c; cc <= end; cc++) if (!free(rr, cc)) return false;
      return true;
    };
    const rowEmpty = (rr: number) => {
      for (let cc = c; cc <= end; cc++) if (at(rr, cc) !== "") return false;
      return true;
    };
    let bottom = r;
    while (bottom < lastRow && rowFree(bottom + 1)) bottom++;
    while (bottom > r && rowEmpty(bottom)) bottom--;
    return { row: r, col: c, rows: bottom - r + 1, cols: end - c + 1 };
  };
  const gain = (b: Rect) => {
    let n = 0;
    for (let rr = b.row; rr < b.row + b.rows; rr++)
      for (let cc = b.col; cc < b.col + b.cols; cc++)
        if (isFormula(at(rr, cc)) && !covered.has(`${rr},${cc}`)) n++;
    return n;
  };
  for (let r = rect.row; r <= lastRow; r++) {
    for (let c = rect.col; c <= lastCol; c++) {
      if (!isFormula(at(r, c)) || covered.has(`${r},${c}`)) continue;
      // Two candidates: to the row's last formula (room to grow down), or as wide as it is free
      // (room to take in formulas below it); the one that covers more formulas wins.
      let lastFormula = c;
      let widest = c;
      for (let cc = c; cc <= lastCol && free(r, cc); cc++) {
        widest = cc;
        if (isFormula(at(r, cc))) lastFormula = cc;
      }
      const narrow = box(r, c, lastFormula);
      const wide = box(r, c, widest);
      const chosen = gain(wide) > gain(narrow) ? wide : narrow;
      for (let rr = chosen.row; rr < chosen.row + chosen.rows; rr++)
        for (let cc = chosen.col; cc < chosen.col + chosen.cols; cc++) covered.add(`${rr},${cc}`);
      out.push(chosen);
    }
  }
  return out;
}

/**
 * What a write puts in the sheet: everything (a new plan); what Refresh may change (contents,
 * number formats, backgrounds, notes); or what the plan sync changes (contents, backgrounds).
 */
export type Layers = "all" | "refresh" | "sync";

function a1Of(rect: Rect): string {
  return a1Range(rect.row, rect.col, rect.rows, rect.cols);
}

/**
 * Writes `rects` of the grid (sheet coordinates) — values, formulas, and the formats of `layers`
 * — and hands back the extra ranges asked for (`extra`, A1 on this sheet) from the same range
 * list. `beforeValues` gets those extra ranges before any value is written.
 */
export function writeGrid(
  sheet: Sheet,
  grid: PlanGrid,
  rects: readonly Rect[],
  layers: Layers,
  extra: readonly string[] = [],
  beforeValues?: (ranges: Range[]) => void,
): Range[] {
  const formulaBoxes = rects.map((rect) => formulaRects(grid, rect));
  const a1s = [...rects.map(a1Of), ...formulaBoxes.flat().map(a1Of), ...extra];
  if (a1s.length === 0) return [];
  // One range is one call; several are two, however many (a range list and its ranges).
  const ranges =
    a1s.length === 1 ? [sheet.getRange(a1s[0] ?? "")] : sheet.getRangeList(a1s).getRanges();
  const extraRanges = ranges.slice(a1s.length - extra.length);
  beforeValues?.(extraRanges);
  let next = rects.length;
  rects.forEach((rect, i) => {
    const range = ranges[i];
    if (!range) return;
    range.setValues(
      slice(grid, grid.contents, rect).map((line) => line.map((v) => (isFormula(v) ? "" : v))),
    );
    for (const box of formulaBoxes[i] ?? []) {
      ranges[next++]?.setFormulas(
        slice(grid, grid.contents, box).map((line) =>
          line.map((v) => (isFormula(v) ? v.formula : "")),
        ),
      );
    }
    range.setBackgrounds(slice(grid, grid.backgrounds, rect));
    if (layers === "sync") return;
    range.setNumberFormats(slice(grid, grid.formats, rect));
    // A new sheet has no notes to clear: a plan without notes needs no call for them.
    const notes = slice(grid, grid.notes, rect);
    if (layers !== "all" || notes.some((line) => line.some((n) => n !== ""))) range.setNotes(notes);
    if (layers === "all") {
      range
        .setFontWeights(
          slice(grid, grid.weights, rect) as GoogleAppsScript.Spreadsheet.FontWeight[][],
        )
        .setFontColors(slice(grid, grid.colors, rect))
        .setWraps(slice(grid, grid.wraps, rect));
    }
  });
  return extraRanges;
}

function addChart(sheet: Sheet, chart: ChartPlan, ranges: Range[]): void {
  const builder = sheet.newChart();
  const typed =
    chart.kind === "bar"
      ? builder.asBarChart()
      : chart.kind === "column"
        ? builder.asColumnChart()
        : builder.asLineChart();
  for (const range of ranges) typed.addRange(range);
  typed
    .setTitle(chart.title)
    .setOption("legend", { position: "bottom" })
    .setPosition(chart.row, chart.col, 0, 0);
  sheet.insertChart(typed.build());
}

/**
 * Writes a new plan on its new, empty sheet (everything on it is the plan's): cells and their
 * markers, the width, frozen panes, highlight rules, charts, and the record last.
 */
export function renderNewPlan(
  sheet: Sheet,
  plan: SheetPlan,
  record: PlanRecord,
  stageNames: readonly string[],
): void {
  const grid = planGrid(plan);
  const { frame } = plan.layout;
  if (frame.cols > NEW_SHEET.cols)
    sheet.insertColumnsAfter(NEW_SHEET.cols, frame.cols - NEW_SHEET.cols);
  if (frame.rows > NEW_SHEET.rows)
    sheet.insertRowsAfter(NEW_SHEET.rows, frame.rows - NEW_SHEET.rows);
  const chartRanges = plan.charts.flatMap((c) => c.ranges);
  const ruleRanges = plan.highlights.flatMap((h) => h.ranges);
  const checkboxes = plan.checkboxes ?? [];
  const extra = writeGrid(
    sheet,
    grid,
    [frame],
    "all",
    [...checkboxes, ...chartRanges, ...ruleRanges],
    (ranges) => {
      // Checkboxes first: inserting them sets every cell to false, the values then say which are ticked.
      for (const range of ranges.slice(0, checkboxes.length)) range.insertCheckboxes();
    },
  );
  sheet.setColumnWidths(1, frame.cols, columnWidth(grid, stageNames));
  const { frozen } = plan.layout;
  if (frozen.rows > 0) sheet.setFrozenRows(frozen.rows);
  if (frozen.columns > 0) sheet.setFrozenColumns(frozen.columns);
  let next = checkboxes.length;
  const take = (n: number) => extra.slice(next, (next += n));
  const charts = plan.charts.map((chart) => ({ chart, ranges: take(chart.ranges.length) }));
  if (plan.highlights.length > 0) {
    sheet.setConditionalFormatRules(
      plan.highlights.map((h) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(h.formula)
          .setBackground(h.background)
          .setRanges(take(h.ranges.length))
          .build(),
      ),
    );
  }
  for (const { chart, ranges } of charts) addChart(sheet, chart, ranges);
  writeRecord(sheet, record);
}
