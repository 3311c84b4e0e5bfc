import fc from "fast-check";
import { FC_SEED } from "./seed";
import { CATALOG } from "../../src/functions/catalog";
import { REFERENCE } from "../../src/functions/reference";
import type { ParamSpec, Shape } from "../../src/functions/registry";
import { loadCustomFunctions } from "../../fakes/bundle";
import { alignedArgumentsFor, anyCell, argumentsFor } from "./arbitraries";

const bundle = loadCustomFunctions();

/** A finite number or a string: what a cell may receive. */
function isCell(v: unknown): boolean {
  return typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
}

/** Either a well-formed result or a clear `NAME: …` error; anything else is described. */
function problemWith(name: string, args: unknown[]): string | undefined {
  let result: unknown;
  try {
    result = bundle.call(name, ...args);
  } catch (e) {
    const message = (e as { message?: unknown }).message;
    if (typeof message !== "string") return `threw a non-error: ${String(e)}`;
    if (!message.startsWith(`${name}: `)) return `raw error: ${message}`;
    if (message.includes("internal error")) return message;
    return undefined;
  }
  if (!Array.isArray(result)) return isCell(result) ? undefined : `bad value ${String(result)}`;
  if (result.length === 0) return "empty result";
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width < 1) return "no columns";
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== width) return "ragged result";
    for (const v of row) if (!isCell(v)) return `bad cell ${String(v)}`;
  }
  return undefined;
}

/** An argument's shape as Sheets (and the formula engine) sees it: a single value is 1×1. */
function shapeOf(value: unknown): Shape {
  if (!Array.isArray(value)) return { rows: 1, cols: 1 };
  const first: unknown = value[0];
  return { rows: value.length, cols: Array.isArray(first) ? first.length : value.length };
}

function holdsBlank(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsBlank);
  return value === "" || value === undefined;
}

it("every property test runs on the printed seed", () => {
  expect(fc.readConfigureGlobal().seed).toBe(FC_SEED);
});

/**
 * Aligned arguments for functions whose inputs are names rather than numbers: random cells almost
 * never make a valid FUNNEL_SQL call, so its stage names, table and columns are drawn as valid.
 */
const identifier = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
const toColumn = <T>(xs: readonly T[]): T[][] => xs.map((x) => [x]);
const NAMED_ARGUMENTS: Partial<Record<string, fc.Arbitrary<unknown[]>>> = {
  FUNNEL_SQL: fc.tuple(
    fc
      .uniqueArray(identifier, { minLength: 1, maxLength: 6 })
      .map((names) => names.map((n) => [n])),
    fc.tuple(identifier, identifier).map(([a, b]) => `${a}.${b}`),
    identifier,
    fc.constant(undefined),
    fc.constantFrom(undefined, "bigquery", "postgres", "duckdb"),
  ),
  // Deal stages drawn from stage_order, amounts (some empty), one win rate per stage.
  STAGE_COVERAGE: fc.uniqueArray(identifier, { minLength: 1, maxLength: 6 }).chain((names) =>
    fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.tuple(
        fc.array(fc.constantFrom(...names), { minLength: n, maxLength: n }).map(toColumn),
        fc
          .array(fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.constant("")), {
            minLength: n,
            maxLength: n,
          })
          .map(toColumn),
        fc.constant(toColumn(names)),
        fc
          .array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: names.length,
            maxLength: names.length,
          })
          .map(toColumn),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constant(undefined),
        fc.constant(undefined),
      ),
    ),
  ),
};

describe.each(REFERENCE.map((r) => [r.spec.name, r] as const))(
  "%s's documented spill size",
  (name, { spec, docs }) => {
    const params = spec.params as readonly ParamSpec<unknown>[];
    it("is the shape it returns for aligned inputs (never smaller; equal without blanks)", () => {
      let checked = 0;
      fc.assert(
        fc.property(NAMED_ARGUMENTS[name] ?? alignedArgumentsFor(params), (args) => {
          let result: unknown;
          try {
            result = bundle.call(name, ...args);
          } catch {
            return; // errors have no spill
          }
          checked++;
          const got = shapeOf(result);
          const spill = docs.spill(args.map(shapeOf));
          if (args.some(holdsBlank)) {
            // Trailing blanks of a stage list are dropped, so the result may be smaller.
            if (got.rows > spill.rows || got.cols > spill.cols)
              throw new Error(
                `${JSON.stringify(got)} overflows the spill ${JSON.stringify(spill)}`,
              );
          } else expect(got).toEqual(spill);
        }),
        { numRuns: 300 },
      );
      // Guards against a vacuous pass: some calls must have reached a result.
      expect(checked).toBeGreaterThan(20);
    });
  },
);

describe.each(CATALOG.map((spec) => [spec.name, spec] as const))(
  "%s on any input",
  (name, spec) => {
    const params = spec.params as readonly ParamSpec<unknown>[];

    it("gives a well-formed result or a NAME: error, for arbitrary values and shapes", () => {
      fc.assert(
        fc.property(argumentsFor(params, anyCell), (args) => {
          const problem = problemWith(name, args);
          if (problem) throw new Error(problem);
        }),
        { numRuns: 1000 },
      );
    });

    it("does the same for plausible, aligned inputs (reaching the arithmetic)", () => {
      fc.assert(
        fc.property(NAMED_ARGUMENTS[name] ?? alignedArgumentsFor(params), (args) => {
          const problem = problemWith(name, args);
          if (problem) throw new Error(problem);
        }),
        { numRuns: 500 },
      );
    });
  },
);
