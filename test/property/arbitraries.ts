import fc from "fast-check";
import type { ParamSpec } from "../../src/functions/registry";

/** Anything a cell could hold, and some things it never does (NaN, Infinity), to be safe. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 4 },
  { arbitrary: fc.integer({ min: -5, max: 2000 }), weight: 4 },
  { arbitrary: fc.double({ noDefaultInfinity: false }), weight: 2 },
  {
    arbitrary: fc.constantFrom(0, 1e300, -1e300, 1e-300, 5e-324, NaN, Infinity, -0),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom("10", " 0.5 ", "30%", "1e3", "-2", "12,5", "%", ".", "1e999"),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom("", "  ", "abc", "stage", "END", "none", "strict", "Lead", "mql"),
    weight: 3,
  },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
);

/** A plausible number cell: the values users type most, so calls get past validation. */
export const plausibleCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ min: 0.01, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 500 }),
  fc.constantFrom(0, 1, "", "50%"),
);

function grid(cell: fc.Arbitrary<unknown>, rows: number, cols: number): fc.Arbitrary<unknown[][]> {
  return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
}

/** A single value, a row, a column, a block, or something malformed (ragged, empty, flat). */
export function anyArgument(cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: cell, weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 6 }).chain((n) => grid(cell, n, 1)), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 6 }).chain((n) => grid(cell, 1, n)), weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }))
        .chain(([r, c]) => grid(cell, r, c)),
      weight: 2,
    },
    {
      arbitrary: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), // ragged or empty
      weight: 1,
    },
    { arbitrary: fc.array(cell, { maxLength: 3 }), weight: 1 }, // flat
    { arbitrary: fc.constantFrom([], [[]], [[""]]), weight: 1 },
  );
}

/**
 * Arguments for one function, driven by its declared parameters: each optional parameter may be
 * left out (undefined, as Sheets passes it) or given anything.
 */
export function argumentsFor(
  params: readonly ParamSpec<unknown>[],
  cell: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown[]> {
  return fc.tuple(
    ...params.map((p) =>
      p.optional ? fc.oneof(fc.constant(undefined), anyArgument(cell)) : anyArgument(cell),
    ),
  );
}

/** Plausible arguments: every list argument the same length n, as a column. */
export function alignedArgumentsFor(
  params: readonly ParamSpec<unknown>[],
): fc.Arbitrary<unknown[]> {
  return fc
    .integer({ min: 1, max: 5 })
    .chain((n) =>
      fc.tuple(
        ...params.map((p) =>
          p.optional
            ? fc.constant(undefined)
            : fc.oneof(plausibleCell, grid(plausibleCell, n, 1), grid(plausibleCell, 1, n)),
        ),
      ),
    );
}
