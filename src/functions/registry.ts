import type { Kind } from "./kinds";
import type { FunctionResult } from "./values";

/** Rows × columns of an argument or a result. */
export interface Shape {
  rows: number;
  cols: number;
}

/**
 * The spill of a per-stage result computed from a list of k rates: k + 1 cells in the rates'
 * orientation (a single cell counts as a column).
 */
export function spillAlongRates(rates: Shape): Shape {
  const stages = Math.max(rates.rows, rates.cols) + 1;
  return rates.rows === 1 && rates.cols > 1 ? { rows: 1, cols: stages } : { rows: stages, cols: 1 };
}

/**
 * The most funnel stages a `stage_order` argument of this shape can name: a list's length, or a
 * stage map's row count (two columns, at least two rows). Undefined for a single cell, which the
 * spill cannot tell from an omitted argument.
 */
export function stagesNamedBy(stageOrder: Shape | undefined): number | undefined {
  if (stageOrder === undefined) return undefined;
  if (stageOrder.cols === 2 && stageOrder.rows >= 2) return stageOrder.rows;
  if (stageOrder.rows === 1 && stageOrder.cols === 1) return undefined;
  return Math.max(stageOrder.rows, stageOrder.cols);
}

/** One parameter of a custom function: what the runner needs to coerce it. */
export interface ParamSpec<T> {
  name: string;
  kind: Kind<T>;
  /** Present when the parameter may be left out (its docs then give the default). */
  optional?: true;
}

/**
 * A custom function declared once: what the bundle runs (coercion and implementation). Its
 * reference text lives beside it in a {@link FunctionDocs} object that only the build reads.
 */
export interface FunctionSpec<A extends unknown[] = unknown[]> {
  name: string;
  params: { [K in keyof A]: ParamSpec<A[K]> };
  impl(...args: A): FunctionResult;
}

/** Declares a function with its parameter types inferred from the kinds. */
export function defineFunction<A extends unknown[]>(spec: FunctionSpec<A>): FunctionSpec<A> {
  return spec;
}

/** How users see one parameter in autocomplete and the docs. */
export interface ParamDocs {
  description: string;
  /** Shown in the JSDoc `@param` line, e.g. `B1` or `Funnel_Rates`. */
  example: string;
  /** The argument's type in the docs, when the kind's generic wording is not precise enough. */
  type?: string;
  /** How the docs print the default; given exactly for the optional parameters. */
  default?: string;
}

export interface Example {
  formula: string;
  result: string;
  note?: string;
}

/**
 * A function's reference text, declared right below its {@link FunctionSpec} as a plain object
 * literal (no call, so the bundler drops it: nothing at run time reads it). It feeds the
 * generated autocomplete stubs and docs/functions.md, through src/functions/reference.ts.
 */
export interface FunctionDocs {
  /** One line: the first line of the autocomplete help and of the docs entry. */
  summary: string;
  /**
   * The largest result the arguments' shapes allow: the formula engine in tests and the preview
   * must know a spill's size before evaluating it (Sheets itself never asks).
   */
  spill(args: Shape[]): Shape;
  /** Further paragraphs for docs/functions.md. */
  details: string[];
  /** One entry per parameter, keyed by its name. */
  params: Readonly<Record<string, ParamDocs>>;
  returns: string;
  examples: Example[];
  /** Representative error messages, for the docs. */
  errors: string[];
}
