import { fail } from "./errors";
import type { Kind } from "./kinds";
import { toCheckedNumber, type NumberRule } from "./numbers";
import type { Shape } from "./registry";
import { toRows, type Orientation } from "./shapes";
import { isBlank, itemLabel, type Cell, type FunctionResult, type Grid } from "./values";
import { ArrayOf, NOT_A_NUMBER } from "../core/intrinsics";

/**
 * Element-wise arguments (per channel, per period): a single value or a range of any shape.
 * Written once for every element-wise function (CAC, LTV, CAC_PAYBACK, PIPELINE_VELOCITY).
 */
export interface NumberBlock {
  rows: number;
  cols: number;
  /** Row-major. NaN marks an empty cell: its result cell is "" (the input is not there yet). */
  values: number[];
}

export interface NamedBlock {
  name: string;
  block: NumberBlock;
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
      const rows = toRows(value, argument);
      const height = rows.length;
      const width = height === 0 ? 0 : rows[0]!.length;
      if (height === 0 || width === 0) {
        fail(argument, `is empty — enter ${rule.noun} such as ${rule.example}`);
      }
      if (height === 1 && width === 1) {
        return { rows: 1, cols: 1, values: [toCheckedNumber(rows[0]![0], rule, argument, "")] };
      }
      const isList = height === 1 || width === 1;
      const problem = rule.problem;
      // Pushed in row-major order: a preallocated `new Array(n)` stays "holey" and slows the
      // element-wise loop that reads it.
      const values: number[] = [];
      for (let r = 0; r < height; r++) {
        const row = rows[r]!;
        for (let c = 0; c < width; c++) {
          const v = row[c];
          let n: number;
          if (typeof v === "number" && v - v === 0 && problem(v) === undefined) n = v;
          else if (isBlank(v)) n = NOT_A_NUMBER;
          else {
            const where = isList ? itemLabel(r + c) : `row ${r + 1}, column ${c + 1}`;
            n = toCheckedNumber(v, rule, argument, where);
          }
          values.push(n);
        }
      }
      return { rows: height, cols: width, values };
    },
  };
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
 * Applies `compute` cell by cell over the broadcast shape. `compute` returns undefined when the
 * cell's own denominator is zero. Single values in → a plain value out; otherwise a 2-D array.
 */
export function elementwise<Args extends readonly number[]>(
  inputs: readonly NamedBlock[] & { readonly length: Args["length"] },
  compute: (args: Args) => number | undefined,
  zero: ZeroDenominator,
): FunctionResult {
  const shape = broadcastShape(inputs);
  const n = inputs.length;
  // Packed from the start (a `new Array(n)` stays "holey" and slows every read in the loop).
  const args: number[] = inputs.map(() => 0);
  if (shape === undefined) {
    // A block is never empty (numberBlock refuses one), so each has a first value.
    for (let i = 0; i < n; i++) args[i] = inputs[i]!.block.values[0]!;
    const single = compute(args as readonly number[] as Args); // one number per input
    if (single === undefined) fail(zero.argument, zero.message);
    return single;
  }
  // A single value repeats: its stride is 0, so every cell reads its one value (no branch).
  const sources: number[][] = [];
  const strides: number[] = [];
  for (const { block } of inputs) {
    sources.push(block.values);
    strides.push(isSingle(block) ? 0 : 1);
  }
  const out: Grid = [];
  const cols = shape.cols;
  const total = shape.rows * cols;
  // Each result row is allocated at its final size: a row grown by push from [] reserves room
  // for 17 cells, so a 10 000-row column of results made eight times the garbage it needs.
  let row: Cell[] = new ArrayOf<Cell>(cols);
  let col = 0;
  for (let index = 0; index < total; index++) {
    let missing = false;
    for (let i = 0; i < n; i++) {
      // i < n = sources.length = strides.length; same-shaped blocks (broadcastShape checked them)
      // or a stride of 0 keep the index in range. NaN = empty.
      const x = sources[i]![index * strides[i]!]!;
      if (x !== x) missing = true;
      args[i] = x;
    }
    const v = missing ? undefined : compute(args as readonly number[] as Args);
    const cell = v === undefined ? "" : v;
    if (cols === 1) {
      // A column of results (per rep, per period): each row a one-cell literal.
      out.push([cell]);
      continue;
    }
    row[col] = cell;
    if (++col === cols) {
      out.push(row);
      row = new ArrayOf<Cell>(cols);
      col = 0;
    }
  }
  return out;
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
      return { values: b.values, orientation: b.rows === 1 && b.cols > 1 ? "row" : "column" };
    },
  };
}
