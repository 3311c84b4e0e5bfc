import type { Kind } from "./kinds";
import type { FunctionResult } from "./values";

/** Rows × columns of an argument or a result. */
export interface Shape {
  rows: number;
  cols: number;
}

/** One parameter of a custom function, as users see it in autocomplete and the docs. */
export interface ParamSpec<T> {
  name: string;
  description: string;
  /** Shown in the JSDoc `@param` line, e.g. `B1` or `Funnel_Rates`. */
  example: string;
  kind: Kind<T>;
  /** Present when the parameter may be left out; `shown` is how the docs print the default. */
  optional?: { shown: string };
}

export interface Example {
  formula: string;
  result: string;
  note?: string;
}

/**
 * A custom function declared once: metadata for autocomplete stubs, docs and tests, plus the
 * implementation that receives already-coerced arguments (HyperFormula's plugin style).
 */
export interface FunctionSpec<A extends unknown[] = unknown[]> {
  name: string;
  /** One line, shown by Sheets' autocomplete. */
  summary: string;
  /** Further paragraphs for docs/functions.md. */
  details: string[];
  params: { [K in keyof A]: ParamSpec<A[K]> };
  returns: string;
  examples: Example[];
  /** Representative error messages, for the docs. */
  errors: string[];
  /**
   * The largest result the arguments' shapes allow: the formula engine in tests and the preview
   * must know a spill's size before evaluating it.
   */
  spill(args: Shape[]): Shape;
  impl(...args: A): FunctionResult;
}

/** Declares a function with its parameter types inferred from the kinds. */
export function defineFunction<A extends unknown[]>(spec: FunctionSpec<A>): FunctionSpec<A> {
  return spec;
}
