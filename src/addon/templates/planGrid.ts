/**
 * A plan as the cells of its frame (SPEC §8: a block's values, formats, fonts, colours and notes
 * as 2-D arrays, one call each): every property of every cell the plan lays out, in layout
 * coordinates (row 1 is the layout's first row). Pure; render.ts writes it.
 */
import { asText, formula, type CellContent } from "../cellContents";
import type { Rect } from "./layout";
import { keyText, markerText } from "./markers";
import type { Block, CellInput, CellStyle, SheetPlan } from "./sheetPlan";
import { longestWordWidth, textWidth } from "./textWidth";

const GREY_TEXT = "#5f6368";
const BLACK = "#000000";
const WHITE = "#ffffff";

interface Look {
  weight?: "bold";
  color?: string;
  background?: string;
  /** Long headers and labels wrap between words rather than widen every column. */
  wrap?: boolean;
}

/** Each style's look; inputs are blue on a light tint (the modelling convention users know). */
const LOOK: Record<CellStyle, Look> = {
  title: { weight: "bold" },
  subtitle: { color: GREY_TEXT },
  section: { weight: "bold", color: "#1a73e8" },
  header: { weight: "bold", background: "#f1f3f4", wrap: true },
  label: { wrap: true },
  // Typed text (a channel, a deal's company) wraps like a label: its neighbour is filled, so it
  // cannot spill, and one long name must not widen every column.
  input: { background: "#fef7e0", color: "#1155cc", wrap: true },
  output: {},
  total: { weight: "bold", background: "#f8f9fa" },
  note: { color: GREY_TEXT },
  highlight: { weight: "bold", background: "#fce8e6" },
  example: { weight: "bold", color: "#b06000" },
};

export const INPUT_BACKGROUND = "#fef7e0";
/**
 * Markers are written white on white: the marker column reads as the empty spacer it sits in
 * between two tables, and costs no call to hide.
 */
const MARKER_TEXT = WHITE;

/** One property of every frame cell, row by row. */
export interface PlanGrid {
  /** The frame, in sheet coordinates: arrays are indexed from its top-left cell. */
  frame: Rect;
  contents: CellContent[][];
  formats: string[][];
  weights: string[][];
  colors: string[][];
  backgrounds: string[][];
  notes: string[][];
  wraps: boolean[][];
  /** The cells the plan lays out (in a block, or the marker column); the rest are the user's. */
  owned: boolean[][];
  /** The style each owned cell has ("" for the user's cells and the marker column). */
  styles: (CellStyle | "")[][];
}

/** A plan cell as it is written: "=…" is a formula, other text stays text. */
export function contentOf(cell: CellInput): CellContent {
  if (typeof cell !== "string") return cell;
  return cell.startsWith("=") ? formula(cell) : asText(cell);
}

function filled<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}

export function planGrid(plan: SheetPlan): PlanGrid {
  const { frame, markerColumn, stageRows, rowMap } = plan.layout;
  const rows = frame.rows;
  const cols = frame.cols;
  const grid: PlanGrid = {
    frame,
    contents: filled<CellContent>(rows, cols, ""),
    formats: filled(rows, cols, "General"),
    weights: filled(rows, cols, "normal"),
    colors: filled(rows, cols, BLACK),
    backgrounds: filled(rows, cols, WHITE),
    notes: filled(rows, cols, ""),
    wraps: filled(rows, cols, false),
    owned: filled(rows, cols, false),
    styles: filled<CellStyle | "">(rows, cols, ""),
  };
  // Laid-out blocks own their whole rectangle (spill rooms included), even where a block
  // writes nothing, so a spill always has its room.
  for (const { anchor } of plan.layout.blocks) {
    for (let r = anchor.row; r <= anchor.lastRow; r++)
      for (let c = anchor.col; c <= anchor.lastCol; c++) set(grid, "owned", r, c, true);
  }
  for (const block of plan.blocks) paint(grid, block);
  const byRow = plan.stageInputs?.axis === "rows";
  rowMap.forEach((sheetRow, i) => {
    if (sheetRow === undefined) return;
    const k = stageRows ? sheetRow - stageRows.first : -1;
    const stage =
      byRow && stageRows && k >= 0 && k < stageRows.count ? plan.stages?.[k] : undefined;
    set(grid, "contents", sheetRow, markerColumn, asText(markerText(i + 1, stage)));
    set(grid, "owned", sheetRow, markerColumn, true);
    set(grid, "colors", sheetRow, markerColumn, MARKER_TEXT);
  });
  if (plan.stageInputs?.axis === "columns") {
    const keys = plan.stageInputs.keys;
    for (let c = 0; c < keys.cols; c++) {
      const stage = plan.stages?.[c];
      set(grid, "contents", keys.row, keys.col + c, stage ? asText(keyText(stage)) : "");
      set(grid, "colors", keys.row, keys.col + c, MARKER_TEXT);
    }
  }
  return grid;
}

type Layer = Exclude<keyof PlanGrid, "frame">;

/** Sets one property of the cell at (row, col), sheet coordinates; outside the frame is ignored. */
export function set<K extends Layer>(
  grid: PlanGrid,
  layer: K,
  row: number,
  col: number,
  value: PlanGrid[K][number][number],
): void {
  const line = grid[layer][row - grid.frame.row] as PlanGrid[K][number] | undefined;
  const c = col - grid.frame.col;
  if (line && c >= 0 && c < line.length) line[c] = value;
}

/** One property of the cell at (row, col), sheet coordinates. */
export function get<K extends Layer>(
  grid: PlanGrid,
  layer: K,
  row: number,
  col: number,
): PlanGrid[K][number][number] | undefined {
  return grid[layer][row - grid.frame.row]?.[col - grid.frame.col];
}

function paint(grid: PlanGrid, block: Block): void {
  const look = LOOK[block.style];
  block.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      const row = block.row + r;
      const col = block.col + c;
      set(grid, "contents", row, col, contentOf(cell));
      set(grid, "owned", row, col, true);
      set(grid, "styles", row, col, block.style);
      const format = block.columnFormats?.[c] ?? block.rowFormats?.[r] ?? block.format;
      if (format) set(grid, "formats", row, col, format);
      set(grid, "weights", row, col, look.weight ?? "normal");
      set(grid, "colors", row, col, look.color ?? BLACK);
      set(grid, "backgrounds", row, col, look.background ?? WHITE);
      set(grid, "wraps", row, col, look.wrap === true);
    }),
  );
  if (block.note) set(grid, "notes", block.row, block.col, block.note);
}

/** A rectangle (sheet coordinates) of a grid property. */
export function slice<T>(grid: PlanGrid, values: readonly (readonly T[])[], rect: Rect): T[][] {
  const r0 = rect.row - grid.frame.row;
  const c0 = rect.col - grid.frame.col;
  return values.slice(r0, r0 + rect.rows).map((line) => line.slice(c0, c0 + rect.cols));
}

/**
 * One column width for the whole plan, in pixels: the widest word of any header, label or typed
 * text (they wrap between words) and the longest stage name, so every header fits in every language — one
 * call of setColumnWidths whatever the language (SPEC §8, §11).
 */
export function columnWidth(grid: PlanGrid, stageNames: readonly string[]): number {
  let width = Math.max(0, ...stageNames.map((n) => textWidth(n)));
  grid.contents.forEach((line, r) =>
    line.forEach((content, c) => {
      const style = grid.styles[r]?.[c];
      if (style !== "header" && style !== "label" && style !== "input") return;
      const text = typeof content === "string" ? content.replace(/^'/, "") : "";
      if (text !== "") width = Math.max(width, longestWordWidth(text, style === "header"));
    }),
  );
  return Math.min(220, Math.max(110, Math.ceil((width + 16) / 10) * 10));
}
