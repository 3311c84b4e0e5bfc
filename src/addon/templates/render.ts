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
import { columnWidth, planGrid, slice, type PlanGrid } from "./planGrid";
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

/** A frame cell for the formula writes: one setFormulas must write it, it may, or must not. */
const enum Cell {
  /** A value: setValues wrote it, a setFormulas over it would clear it. */
  Value = -1,
  /** Empty: setValues cleared it, a setFormulas may clear it again. */
  Free = 0,
  /** A formula: setFormulas writes it (SPEC §10), as often as rectangles overlap on it. */
  Formula = 1,
}

/**
 * The cells of `rect` (sheet coordinates) as the formula writes see them, over the smallest box
 * that holds its formulas — a rectangle reaching past it would be trimmed back anyway — and that
 * box; undefined when `rect` has no formula.
 */
function cellKinds(grid: PlanGrid, rect: Rect): { kinds: Cell[][]; box: Rect } | undefined {
  const contents = grid.contents;
  const r0 = rect.row - grid.frame.row;
  const c0 = rect.col - grid.frame.col;
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let r = 0; r < rect.rows; r++) {
    const line = contents[r0 + r];
    if (!line) continue;
    for (let c = 0; c < rect.cols; c++) {
      if (!isFormula(line[c0 + c])) continue;
      top = Math.min(top, r);
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (bottom < 0) return undefined;
  const kinds: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: Cell[] = [];
    for (let c = left; c <= right; c++) {
      const v = contents[r0 + r]?.[c0 + c] ?? "";
      line.push(isFormula(v) ? Cell.Formula : v === "" ? Cell.Free : Cell.Value);
    }
    kinds.push(line);
  }
  const box = {
    row: rect.row + top,
    col: rect.col + left,
    rows: bottom - top + 1,
    cols: right - left + 1,
  };
  return { kinds, box };
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The cover's state: which formulas a rectangle already writes. Counts come from prefix sums, so
 * trying every rectangle through a formula stays linear in the frame's height (a Cohorts sheet's
 * frame is 539 × 106 cells, and compute in Apps Script is the user's wait too).
 */
class Cover {
  readonly covered: boolean[][];
  readonly boxes: Box[] = [];
  /** Per row: values[r][c] = values in columns 0..c-1. */
  private readonly values: number[][];
  /** 2-D sums of formulas not yet covered (rebuilt after each take). */
  private openSums: number[][] = [];
  constructor(readonly kinds: Cell[][]) {
    this.covered = kinds.map((line) => line.map(() => false));
    this.values = kinds.map((line) => {
      const sums = [0];
      line.forEach((k, c) => sums.push((sums[c] ?? 0) + (k === Cell.Value ? 1 : 0)));
      return sums;
    });
    this.sumOpen();
  }
  private sumOpen(): void {
    const width = this.kinds[0]?.length ?? 0;
    const sums: number[][] = [new Array<number>(width + 1).fill(0)];
    this.kinds.forEach((line, r) => {
      const above = sums[r] ?? [];
      const row = [0];
      for (let c = 0; c < width; c++) {
        const here = this.open(r, c) ? 1 : 0;
        row.push((row[c] ?? 0) + (above[c + 1] ?? 0) - (above[c] ?? 0) + here);
      }
      sums.push(row);
    });
    this.openSums = sums;
  }
  at(r: number, c: number): Cell {
    return this.kinds[r]?.[c] ?? Cell.Value;
  }
  open(r: number, c: number): boolean {
    return this.at(r, c) === Cell.Formula && this.covered[r]?.[c] === false;
  }
  rowFree(r: number, left: number, right: number): boolean {
    const sums = this.values[r];
    if (!sums) return false;
    return (sums[right + 1] ?? 0) - (sums[left] ?? 0) === 0;
  }
  gain(b: Box): number {
    const s = this.openSums;
    const at = (r: number, c: number) => s[r]?.[c] ?? 0;
    return (
      at(b.bottom + 1, b.right + 1) -
      at(b.top, b.right + 1) -
      at(b.bottom + 1, b.left) +
      at(b.top, b.left)
    );
  }
  /** Takes `b`, trimmed to its rows and columns that hold a formula to write. */
  take(b: Box): void {
    const has = (r0: number, r1: number, c0: number, c1: number) => {
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c <= c1; c++) if (this.at(r, c) === Cell.Formula) return true;
      return false;
    };
    let { top, bottom, left, right } = b;
    while (top < bottom && !has(top, top, left, right)) top++;
    while (bottom > top && !has(bottom, bottom, left, right)) bottom--;
    while (left < right && !has(top, bottom, left, left)) left++;
    while (right > left && !has(top, bottom, right, right)) right--;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const line = this.covered[r];
        if (line) line[c] = true;
      }
    this.boxes.push({ top, bottom, left, right });
    this.sumOpen();
  }
  /** The free rows below (and with `up`, above) row r over columns left..right. */
  grow(r: number, left: number, right: number, up: boolean): Box {
    let top = r;
    while (up && top > 0 && this.rowFree(top - 1, left, right)) top--;
    let bottom = r;
    while (bottom < this.kinds.length - 1 && this.rowFree(bottom + 1, left, right)) bottom++;
    return { top, bottom, left, right };
  }
}

/**
 * A cover made formula by formula, top to bottom and left to right: `pick` chooses the rectangle
 * for each formula no rectangle writes yet (`width`: the frame's).
 */
function coverEach(
  kinds: Cell[][],
  pick: (cover: Cover, r: number, c: number, width: number) => Box,
): Box[] {
  const cover = new Cover(kinds);
  kinds.forEach((line, r) =>
    line.forEach((_, c) => {
      if (cover.open(r, c)) cover.take(pick(cover, r, c, line.length));
    }),
  );
  return cover.boxes;
}

/** Each formula grows right (to its row's last formula, or as wide as free), then down. */
function growRightThenDown(kinds: Cell[][]): Box[] {
  return coverEach(kinds, (cover, r, c, width) => {
    let lastFormula = c;
    let widest = c;
    for (let cc = c; cover.at(r, cc) !== Cell.Value && cc < width; cc++) {
      widest = cc;
      if (cover.at(r, cc) === Cell.Formula) lastFormula = cc;
    }
    const narrow = cover.grow(r, c, lastFormula, false);
    const wide = cover.grow(r, c, widest, false);
    return cover.gain(wide) > cover.gain(narrow) ? wide : narrow;
  });
}

/**
 * Greedy set cover: for the first formula not yet written, every free rectangle through it is
 * tried (each left and right edge, grown up and down), the one writing most new formulas wins.
 */
function greedyCover(kinds: Cell[][]): Box[] {
  return coverEach(kinds, (cover, r, c, width) => {
    let west = c;
    while (west > 0 && cover.at(r, west - 1) !== Cell.Value) west--;
    let east = c;
    while (east < width - 1 && cover.at(r, east + 1) !== Cell.Value) east++;
    let best = { box: { top: r, bottom: r, left: c, right: c }, gain: 0 };
    for (let left = west; left <= c; left++)
      for (let right = c; right <= east; right++) {
        const box = cover.grow(r, left, right, true);
        const gain = cover.gain(box);
        if (gain > best.gain) best = { box, gain };
      }
    return best.box;
  });
}

/**
 * Rectangles (sheet coordinates, inside `rect`) that cover every formula and hold no value, so
 * one setFormulas per rectangle writes them without touching a value. Each is a call (SPEC §8):
 * the smaller of two covers, as neither is always the better.
 */
export function formulaRects(grid: PlanGrid, rect: Rect): Rect[] {
  const cells = cellKinds(grid, rect);
  if (!cells) return [];
  const { kinds, box: at } = cells;
  const a = growRightThenDown(kinds);
  const b = greedyCover(kinds);
  return (b.length < a.length ? b : a).map((box) => ({
    row: at.row + box.top,
    col: at.col + box.left,
    rows: box.bottom - box.top + 1,
    cols: box.right - box.left + 1,
  }));
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
