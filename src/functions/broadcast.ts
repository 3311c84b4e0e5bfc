import { fail } from "./errors";
import type { Kind } from "./kinds";
import { toCheckedNumber, type NumberRule } from "./numbers";
import type { Shape } from "./registry";
import { toRows } from "./shapes";
import { isBlank, itemLabel, type Cell, type FunctionResult, type Grid } from "./values";

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

function isBlankRow(row: unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * A single value or a rectangular range of numbers obeying `rule`. Trailing empty rows (and, for a
 * single row, trailing empty cells) are dropped, as for lists (SPEC §2.2); an empty cell inside
 * stays, as NaN.
 */
export function numberBlock(rule: NumberRule): Kind<NumberBlock> {
  return {
    shape: "block",
    coerce(value, argument) {
      const rows = toRows(value, argument);
      let height = rows.length;
      while (height > 0 && isBlankRow(rows[height - 1])) height--;
      let width = height === 0 ? 0 : rows[0].length;
      if (height === 1) while (width > 0 && isBlank(rows[0][width - 1])) width--;
      if (height === 0 || width === 0) {
        fail(argument, `is empty — enter ${rule.noun} such as ${rule.example}`);
      }
      if (height === 1 && width === 1) {
        return { rows: 1, cols: 1, values: [toCheckedNumber(rows[0][0], rule, argument, "")] };
      }
      const isList = height === 1 || width === 1;
      const problem = rule.problem;
      const values: number[] = new Array(height * width);
      for (let r = 0; r < height; r++) {
        const row = rows[r];
        for (let c = 0; c < width; c++) {
          const v = row[c];
          let n: number;
          if (typeof v === "number" && v - v === 0 && problem(v) === undefined) n = v;
          else if (isBlank(v)) n = NaN;
          else {
            const where = isList ? itemLabel(r + c) : `row ${r + 1}, column ${c + 1}`;
            n = toCheckedNumber(v, rule, argument, where);
          }
          values[r * width + c] = n;
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
export function elementwise(
  inputs: readonly NamedBlock[],
  compute: (args: readonly number[]) => number | undefined,
  zero: ZeroDenominator,
): FunctionResult {
  const shape = broadcastShape(inputs);
  const n = inputs.length;
  const args: number[] = new Array(n);
  if (shape === undefined) {
    for (let i = 0; i < n; i++) args[i] = inputs[i].block.values[0];
    const single = compute(args);
    if (single === undefined) fail(zero.argument, zero.message);
    return single;
  }
  const sources: number[][] = new Array(n);
  const broadcasts: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    sources[i] = inputs[i].block.values;
    broadcasts[i] = isSingle(inputs[i].block);
  }
  const out: Grid = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: Cell[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const index = r * shape.cols + c;
      let missing = false;
      for (let i = 0; i < n; i++) {
        const x = broadcasts[i] ? sources[i][0] : sources[i][index];
        if (x !== x) missing = true;
        args[i] = x;
      }
      const v = missing ? undefined : compute(args);
      row[c] = v === undefined ? "" : v;
    }
    out[r] = row;
  }
  return out;
}

/** The spill of an element-wise function: the first range's shape (all ranges must match). */
export function broadcastSpill(shapes: readonly Shape[]): Shape {
  for (const s of shapes) if (s.rows > 1 || s.cols > 1) return s;
  return { rows: 1, cols: 1 };
}
