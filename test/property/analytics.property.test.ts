import { messageOf } from "../../src/core/messageOf";
import fc from "fast-check";
import { loadZonedBundle } from "../harness/zonedBundle";
import { at } from "../harness/at";

/** Invariants of the analytics functions, through dist/Code.js in a New York spreadsheet. */
const bundle = loadZonedBundle("America/New_York");
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args);
const column = <T>(xs: readonly T[]) => xs.map((x) => [x]);

const rate = fc.double({ min: 0.001, max: 1, noNaN: true });
const cost = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e4, noNaN: true }));
const lift = fc.double({ min: 1e-6, max: 10, noNaN: true });

/** A stage-date cell: not reached, a serial, ISO text or a Date between 2020 and 2030. */
const dateCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom("", false, 0, "  "), weight: 3 },
  { arbitrary: fc.double({ min: 43_831, max: 47_484, noNaN: true }), weight: 2 },
  {
    arbitrary: fc
      .date({
        min: new Date(Date.UTC(2020, 0, 1)),
        max: new Date(Date.UTC(2030, 0, 1)),
        noInvalidDate: true,
      })
      .map((x) => x.toISOString().slice(0, 16).replace("T", " ")),
    weight: 1,
  },
  {
    arbitrary: fc.date({
      min: new Date(Date.UTC(2020, 0, 1)),
      max: new Date(Date.UTC(2030, 0, 1)),
      noInvalidDate: true,
    }),
    weight: 3,
  },
);
const matrix = (minCols: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: minCols, max: 6 }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(dateCell, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
const isNotReached = (v: unknown) =>
  v === "" || v === false || v === 0 || (typeof v === "string" && v.trim() === "");

describe("analytics invariants", () => {
  it("STAGE_SENSITIVITY is never positive, and without the 100 % cap never rises from top to bottom", () => {
    // "Never rises": the signed changes are non-increasing from the top stage down (−0.0491,
    // −0.0614, −0.0909 in the SPEC's example), i.e. the saving never shrinks further down.
    let uncapped = 0;
    fc.assert(
      fc.property(
        fc
          .array(rate, { minLength: 1, maxLength: 7 })
          .chain((rates) =>
            fc.tuple(
              fc.constant(rates),
              fc.array(cost, { minLength: rates.length, maxLength: rates.length + 1 }),
              lift,
            ),
          ),
        ([rates, costs, l]) => {
          const out = (
            call("STAGE_SENSITIVITY", column(rates), column(costs), l) as unknown[][]
          ).map((r) => r[0]);
          if (out.length !== rates.length + 1 || out[rates.length] !== "") throw new Error("shape");
          if (costs.every((c) => c === 0)) {
            if (!out.every((v) => v === ""))
              throw new Error("all-zero costs must give empty cells");
            return;
          }
          const changes = out.slice(0, rates.length) as number[];
          for (const c of changes) if (!(c <= 0) || !(c >= -1)) throw new Error(`change ${c}`);
          if (rates.every((r) => r * (1 + l) < 1)) {
            uncapped++;
            for (let j = 1; j < changes.length; j++) {
              if (at(changes, j) > at(changes, j - 1) + 1e-12)
                throw new Error(`rises at ${j}: ${JSON.stringify(changes)}`);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
    expect(uncapped).toBeGreaterThan(100); // the monotony branch is really exercised
  });

  it("COHORT_CONVERSION: cohort sizes sum to the records with a date; shares never rise along the stages", () => {
    for (const period of ["month", "quarter", "week"]) {
      let checked = 0; // runs that reached a table (the rest: no dated record, a NAME: error)
      fc.assert(
        fc.property(
          matrix(1),
          fc.option(fc.double({ min: 0, max: 400, noNaN: true })),
          (rows, within) => {
            const dated = rows.filter((r) => r.some((v) => !isNotReached(v))).length;
            let out: (string | number)[][];
            try {
              out = call("COHORT_CONVERSION", rows, period, within ?? undefined) as (
                string | number
              )[][];
            } catch (e) {
              if (dated === 0 && /holds no dates/.test(messageOf(e))) return;
              throw e;
            }
            checked++;
            let total = 0;
            for (const row of out) {
              const n = row[1] as number;
              total += n;
              const shares = row.slice(2);
              if (n === 0) {
                if (!shares.every((s) => s === ""))
                  throw new Error(`empty cohort ${JSON.stringify(row)}`);
                continue;
              }
              let previous = 1;
              for (const s of shares as number[]) {
                if (!(s <= previous) || s < 0)
                  throw new Error(`shares rise: ${JSON.stringify(row)}`);
                previous = s;
              }
            }
            if (total !== dated)
              throw new Error(`sizes sum to ${total}, ${dated} records have a date`);
          },
        ),
        { numRuns: 300 },
      );
      expect(checked).toBeGreaterThan(150); // most runs have a dated record
    }
  });

  it("STAGE_DAYS p90 and median match a PERCENTILE.INC reimplementation; mean matches the average", () => {
    const percentileInc = (xs: number[], p: number) => {
      const s = [...xs].sort((a, b) => a - b);
      const rank = p * (s.length - 1);
      const lo = Math.floor(rank);
      return lo + 1 < s.length ? at(s, lo) + (rank - lo) * (at(s, lo + 1) - at(s, lo)) : at(s, lo);
    };
    const serialRow = fc.array(
      fc.oneof(fc.constant(""), fc.double({ min: 40_000, max: 40_500, noNaN: true })),
      { minLength: 3, maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(serialRow, { minLength: 1, maxLength: 60 }), (rows) => {
        for (const [statistic, p] of [
          ["median", 0.5],
          ["p90", 0.9],
          ["mean", -1],
        ] as const) {
          const got = at(call("STAGE_DAYS", rows, statistic) as unknown[][], 0);
          for (let s = 0; s < 2; s++) {
            const gaps = rows
              .filter(
                (r) => r[s] !== "" && r[s + 1] !== "" && (r[s + 1] as number) >= (r[s] as number),
              )
              .map((r) => (r[s + 1] as number) - (r[s] as number));
            const want =
              gaps.length === 0
                ? ""
                : p < 0
                  ? gaps.reduce((a, b) => a + b, 0) / gaps.length
                  : percentileInc(gaps, p);
            const ok =
              want === ""
                ? got[s] === ""
                : typeof got[s] === "number" && Math.abs((got[s] as number) - want) <= 1e-6;
            if (!ok)
              throw new Error(`${statistic} stage ${s}: ${JSON.stringify(got[s])} ≠ ${want}`);
          }
          if (got[2] !== "") throw new Error("last stage must be empty");
        }
      }),
      { numRuns: 500 },
    );
  });
});
