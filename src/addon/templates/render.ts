import { columnNumber } from "../../core/a1";
import { asText, formula, writeContents, type CellContent } from "../cellContents";
import type { Block, CellStyle, ChartPlan, SheetPlan } from "./sheetPlan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const GREY_TEXT = "#5f6368";

/** Each style as a handful of range calls; inputs are blue on a light tint (modelling convention). */
const STYLE: Record<CellStyle, (range: Range) => void> = {
  title: (r) => r.setFontSize(16).setFontWeight("bold"),
  subtitle: (r) => r.setFontColor(GREY_TEXT),
  section: (r) => r.setFontSize(11).setFontWeight("bold").setFontColor("#1a73e8"),
  header: (r) =>
    r
      .setFontWeight("bold")
      .setBackground("#f1f3f4")
      .setBorder(null, null, true, null, null, null, "#dadce0", SpreadsheetApp.BorderStyle.SOLID),
  label: () => undefined,
  input: (r) => r.setBackground("#fef7e0").setFontColor("#1155cc"),
  output: () => undefined,
  total: (r) =>
    r
      .setFontWeight("bold")
      .setBorder(true, null, null, null, null, null, "#dadce0", SpreadsheetApp.BorderStyle.SOLID),
  note: (r) => r.setFontColor(GREY_TEXT).setFontStyle("italic"),
  highlight: (r) => r.setFontWeight("bold").setBackground("#fce8e6"),
};

/** "Annual plan", then "Annual plan 2", "Annual plan 3", … — never an existing sheet's name. */
export function uniqueSheetName(existing: readonly string[], base: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} ${i}`.toLowerCase())) return `${base} ${i}`;
}

/** A plan cell as it is written: "=…" is a formula, other text stays text. */
function contentOf(cell: Block["cells"][number][number]): CellContent {
  if (typeof cell !== "string") return cell;
  return cell.startsWith("=") ? formula(cell) : asText(cell);
}

function writeBlock(sheet: Sheet, block: Block): void {
  const rows = block.cells.length;
  const cols = block.cells[0]?.length ?? 0;
  const range = sheet.getRange(block.row, block.col, rows, cols);
  writeContents(
    sheet,
    block.row,
    block.col,
    block.cells.map((line) => line.map(contentOf)),
  );
  if (block.format) range.setNumberFormat(block.format);
  STYLE[block.style](range);
  if (block.note) sheet.getRange(block.row, block.col).setNote(block.note);
}

function addChart(sheet: Sheet, chart: ChartPlan): void {
  const builder = sheet.newChart();
  const typed =
    chart.kind === "bar"
      ? builder.asBarChart()
      : chart.kind === "column"
        ? builder.asColumnChart()
        : builder.asLineChart();
  for (const a1 of chart.ranges) typed.addRange(sheet.getRange(a1));
  typed
    .setTitle(chart.title)
    .setOption("legend", { position: "bottom" })
    .setPosition(chart.row, chart.col, 0, 0);
  sheet.insertChart(typed.build());
}

/** Writes a plan to a new sheet at the end of the spreadsheet; existing sheets are not touched. */
export function renderPlan(spreadsheet: Spreadsheet, plan: SheetPlan): Sheet {
  const name = uniqueSheetName(
    spreadsheet.getSheets().map((s) => s.getName()),
    plan.baseName,
  );
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  renderInto(sheet, plan);
  return sheet;
}

/** Rebuilds a plan on its own sheet (Refresh plan): contents, formats and charts replaced. */
export function rerenderPlan(sheet: Sheet, plan: SheetPlan): void {
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.setConditionalFormatRules([]);
  renderInto(sheet, plan);
}

/** The last row and column an A1 range ("B9:C21", "D5") reaches. */
function rangeEnd(a1Text: string): { row: number; col: number } {
  const last = a1Text.split(":").pop() ?? a1Text;
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(last);
  if (!m) return { row: 1, col: 1 };
  const [, column = "A", row = "1"] = m;
  return { row: Number(row), col: columnNumber(column) };
}

/**
 * A new sheet has 1000 rows and 26 columns, and Sheets refuses any range past its grid: make the
 * grid as large as everything the plan writes, highlights or charts.
 */
function fitGrid(sheet: Sheet, plan: SheetPlan): void {
  let rows = 1;
  let cols = 1;
  for (const b of plan.blocks) {
    rows = Math.max(rows, b.row + b.cells.length - 1);
    for (const line of b.cells) cols = Math.max(cols, b.col + line.length - 1);
  }
  const ranges = [...plan.highlights.map((h) => h.range), ...plan.charts.flatMap((c) => c.ranges)];
  for (const r of ranges) {
    const end = rangeEnd(r);
    rows = Math.max(rows, end.row);
    cols = Math.max(cols, end.col);
  }
  for (const c of plan.charts) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  for (const c of Object.keys(plan.columnWidths)) cols = Math.max(cols, Number(c));
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

function renderInto(sheet: Sheet, plan: SheetPlan): void {
  fitGrid(sheet, plan);
  for (const block of plan.blocks) writeBlock(sheet, block);
  for (const [col, width] of Object.entries(plan.columnWidths))
    sheet.setColumnWidth(Number(col), width);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.highlights.length > 0) {
    const rules = plan.highlights.map((h) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(h.formula)
        .setBackground(h.background)
        .setRanges([sheet.getRange(h.range)])
        .build(),
    );
    sheet.setConditionalFormatRules(rules);
  }
  for (const chart of plan.charts) addChart(sheet, chart);
}
