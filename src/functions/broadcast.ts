import { fail } from "./errors";
import type { Kind } from "./kinds";
import { toCheckedNumber, type NumberRule } from "./numbers";
import type { Shape } from "./registry";
import { toRows, type Orientation } from "./shapes";
import { isBlank, itemLabel, type Cell, type FunctionResult, type Grid } from "./values";
import { ArrayOf, NOT_A_NUMBER } from "../core/intrinsics";

/**
 * Element-wise arguments (per channel, per period): a single value or a range of any shape.
 * Written once for every element-wise function (CAC, LTV, CAC_PAYBACK, PIPELINE_VELOCITY, …).
 */
export interface NumberBlock {
  rows: number;
  cols: number;
  /**
   * `rows` rows of `cols` cells. A cell is a number that obeys the argument's rule, or anything
   * else for an empty cell, whose result cell is "" (the input is not there yet). Sheets' own
   * rows, checked in place, unless a cell had to be converted (such as the text "1,200").
   */
  cells: readonly (readonly unknown[])[];
}

export interface NamedBlock {
  name: string;
  block: NumberBlock;
}

/** A block's cells in row-major order as numbers, NaN for an empty cell. */
export function blockValues(block: NumberBlock): number[] {
  // Pushed in row-major order: a preallocated `new Array(n)` stays "holey" and slows the loops
  // that read it.
  const values: number[] = [];
  const { rows, cols, cells } = block;
  for (let r = 0; r < rows; r++) {
    const row = cells[r]!; // rows × cols cells
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      values.push(typeof v === "number" ? v : NOT_A_NUMBER);
    }
  }
  return values;
}

export function isSingle(block: NumberBlock): boolean {
  return block.rows === 1 && block.cols === 1;
}

/** "3 rows × 1 column" */
export function shapeText(shape: Shape): string {
  const rows = shape.rows === 1 ? "1 row" : `${shape.rows} rows`;
  const cols = shape.cols === 1 ? "1 column" : `${shape.cols} columns`;
  return `${rows} × ${cols}`;
}

/**
 * An aligned range (SPEC §2.2): a single value or a rectangular range of numbers obeying `rule`,
 * kept in its full shape. An empty cell stays in its own position, as NaN, so its result cell is
 * ""; a range is never reduced to a single value because its other cells are empty. Only a single
 * value (or 1×1 range) is broadcast, and an empty single value is an error.
 */
export function numberBlock(rule: NumberRule): Kind<NumberBlock> {
  return {
    shape: "block",
    coerce(value, argument) {
      const plain = plainRange(value, rule);
      if (plain !== undefined) return plain;
      const rows = toRows(value, argument);
      const height = rows.length;
      const width = height === 0 ? 0 : rows[0]!.length;
      if (height === 0 || width === 0) {
        fail(argument, `is empty — enter ${rule.noun} such as ${rule.example}`);
      }
      if (height === 1 && width === 1) {
        return { rows: 1, cols: 1, cells: [[toCheckedNumber(rows[0]![0], rule, argument, "")]] };
      }
      const isList = height === 1 || width === 1;
      const problem = rule.problem;
      // Checked where they are: a range of plain numbers and blanks (what Sheets sends) is not
      // copied. A cell that must be converted is written into a copy of the rows, made once.
      let cells: unknown[][] | undefined;
      for (let r = 0; r < height; r++) {
        const row = rows[r]!;
        for (let c = 0; c < width; c++) {
          const v = row[c];
          if (typeof v === "number" && v - v === 0 && problem(v) === undefined) continue;
          if (isBlank(v)) continue;
          const where = isList ? itemLabel(r + c) : `row ${r + 1}, column ${c + 1}`;
          const n = toCheckedNumber(v, rule, argument, where);
          cells ??= rows.map((cellsOfRow) => cellsOfRow.slice());
          cells[r]![c] = n;
        }
      }
      return { rows: height, cols: width, cells: cells ?? rows };
    },
  };
}

const isArray = Array.isArray;

/**
 * What Sheets sends for a range of figures — rows of the same width, each cell a number within
 * the rule's interval or empty ("") — checked in one pass where it is, with no call per cell.
 * Undefined for anything else (a single cell, text, a number out of range, a rule that is not an
 * interval), which numberBlock then reads cell by cell with its messages.
 */
function plainRange(value: unknown, rule: NumberRule): NumberBlock | undefined {
  const interval = rule.accepts;
  if (interval === undefined || !isArray(value)) return undefined;
  const rows = value as unknown[];
  const height = rows.length;
  const first: unknown = rows[0];
  if (!isArray(first)) return undefined;
  const width = first.length;
  if (width === 0 || (height === 1 && width === 1)) return undefined;
  const { min, minIncluded, max, maxIncluded } = interval;
  for (let r = 0; r < height; r++) {
    const row: unknown = rows[r];
    if (!isArray(row) || row.length !== width) return undefined;
    for (let c = 0; c < width; c++) {
      const v: unknown = row[c];
      if (typeof v === "number") {
        // v − v is 0 for every finite number, NaN for NaN and ±Infinity.
        const inside =
          v - v === 0 && (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
        if (!inside) return undefined;
      } else if (v !== "") return undefined;
    }
  }
  return { rows: height, cols: width, cells: rows as unknown[][] };
}

/**
 * The shape element-wise arguments combine to: single values go with any shape, ranges must all
 * have the same shape. Undefined when every argument is a single value.
 */
export function broadcastShape(inputs: readonly NamedBlock[]): Shape | undefined {
  let first: NamedBlock | undefined;
  for (const input of inputs) {
    const b = input.block;
    if (isSingle(b)) continue;
    if (first === undefined) first = input;
    else if (b.rows !== first.block.rows || b.cols !== first.block.cols) {
      fail(
        input.name,
        `is ${shapeText(b)} but ${first.name} is ${shapeText(first.block)} — give ranges of the same size, or a single value`,
      );
    }
  }
  return first && { rows: first.block.rows, cols: first.block.cols };
}

/** What to say when a single-value call divides by zero (inside a range that cell is ""). */
export interface ZeroDenominator {
  argument: string;
  message: string;
}

/**
 * An element-wise function's work on one cell: its inputs' numbers there, in the order of the
 * inputs (at most four), and the result, or undefined when the cell's own denominator is zero.
 */
export type CellRule = (a: number, b: number, c: number, d: number) => number | undefined;

/** What a missing fourth (or third) input reads: one cell, repeated. */
const UNUSED: readonly (readonly unknown[])[] = [[0]];

/**
 * Applies `compute` cell by cell over the broadcast shape (at most four inputs). Single values
 * in → a plain value out; otherwise a 2-D array, "" where an input cell is empty or `compute`
 * returns undefined.
 */
export function elementwise(
  inputs: readonly NamedBlock[],
  compute: CellRule,
  zero: ZeroDenominator,
): FunctionResult {
  const n = inputs.length;
  if (n > 4) throw new Error("elementwise takes at most four inputs");
  const shape = broadcastShape(inputs);
  // Each input's rows, and its stride: 0 for a single value, so every cell reads its one value.
  // Written out for four inputs, so each cell reads its numbers straight into the arguments
  // of `compute`, with no array of arguments and no loop over the inputs.
  const g0 = inputs[0]?.block.cells ?? UNUSED;
  const g1 = inputs[1]?.block.cells ?? UNUSED;
  const g2 = inputs[2]?.block.cells ?? UNUSED;
  const g3 = inputs[3]?.block.cells ?? UNUSED;
  if (shape === undefined) {
    // A block is never empty and a single value is never blank (numberBlock refuses both).
    const single = compute(
      g0[0]![0] as number,
      g1[0]![0] as number,
      g2[0]![0] as number,
      g3[0]![0] as number,
    );
    if (single === undefined) fail(zero.argument, zero.message);
    return single;
  }
  const s0 = strideOf(inputs[0]);
  const s1 = strideOf(inputs[1]);
  const s2 = strideOf(inputs[2]);
  const s3 = strideOf(inputs[3]);
  const { rows, cols } = shape;
  // The result's rows array is allocated at its final size: grown by push, a 10 000-row column
  // was copied a dozen times on the way.
  const out: Grid = new ArrayOf<Cell[]>(rows);
  for (let r = 0; r < rows; r++) {
    // Same-shaped blocks (broadcastShape checked them) or a stride of 0 keep every index in range.
    const row0 = g0[r * s0]!;
    const row1 = g1[r * s1]!;
    const row2 = g2[r * s2]!;
    const row3 = g3[r * s3]!;
    if (cols === 1) {
      // A column of results (per rep, per period): each row a one-cell literal.
      out[r] = [cellOf(compute, row0[0], row1[0], row2[0], row3[0])];
      continue;
    }
    // Each result row is allocated at its final size: a row grown by push from [] reserves room
    // for 17 cells, so a 10 000-row column of results made eight times the garbage it needs.
    const line = new ArrayOf<Cell>(cols);
    for (let c = 0; c < cols; c++) {
      line[c] = cellOf(compute, row0[c * s0], row1[c * s1], row2[c * s2], row3[c * s3]);
    }
    out[r] = line;
  }
  return out;
}

/** An input the function does not have (or a single value) reads the same cell everywhere. */
function strideOf(input: NamedBlock | undefined): number {
  return input === undefined || isSingle(input.block) ? 0 : 1;
}

/** One result cell: "" when an input cell is empty (not a number) or `compute` says undefined. */
function cellOf(compute: CellRule, a: unknown, b: unknown, c: unknown, d: unknown): Cell {
  if (
    typeof a !== "number" ||
    typeof b !== "number" ||
    typeof c !== "number" ||
    typeof d !== "number"
  ) {
    return "";
  }
  const v = compute(a, b, c, d);
  return v === undefined ? "" : v;
}

/** The spill of an element-wise function: the first range's shape (all ranges must match). */
export function broadcastSpill(shapes: readonly Shape[]): Shape {
  for (const s of shapes) if (s.rows > 1 || s.cols > 1) return s;
  return { rows: 1, cols: 1 };
}

/** An aligned list: one number per position (NaN where the cell is empty) and its direction. */
export interface AlignedList {
  values: number[];
  orientation: Orientation;
}

/**
 * A scenario list (SPEC §2.2): a single value, a row or a column, kept at its full length — an
 * empty cell is NaN in its own position (its scenario's result is empty), never trimmed away.
 */
export function alignedList(rule: NumberRule): Kind<AlignedList> {
  const block = numberBlock(rule);
  return {
    shape: "list",
    coerce(value, argument) {
      const b = block.coerce(value, argument);
      if (b.rows > 1 && b.cols > 1) {
        fail(
          argument,
          `is a block of ${shapeText(b)} — select a single value, a single row or a single column`,
        );
      }
      return {
        values: blockValues(b),
        orientation: b.rows === 1 && b.cols > 1 ? "row" : "column",
      };
    },
  };
}
