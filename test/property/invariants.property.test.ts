import fc from "fast-check";
import "./seed";
import { loadCustomFunctions } from "../../fakes/bundle";
import { at } from "../harness/at";

const bundle = loadCustomFunctions();
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args);
const column = <T>(xs: readonly T[]) => xs.map((x) => [x]);
const rate = fc.double({ min: 0.01, max: 1, noNaN: true });
const rates = fc.array(rate, { minLength: 1, maxLength: 6 });
const target = fc.double({ min: 1, max: 1e9, noNaN: true });
const deal = fc.double({ min: 1, max: 1e6, noNaN: true });
const closeTo = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("invariants", () => {
  it('REQUIRED_LEADS "stage": each stage × its rate covers the stage below', () => {
    fc.assert(
      fc.property(target, deal, rates, (t, d, r) => {
        const out = (call("REQUIRED_LEADS", t, d, column(r)) as number[][]).map((x) => at(x, 0));
        for (let i = 0; i < r.length; i++) {
          if (at(out, i) * at(r, i) < at(out, i + 1) * (1 - 1e-9))
            throw new Error(`stage ${i}: ${JSON.stringify(out)}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('REQUIRED_LEADS "none" scales linearly with the target', () => {
    fc.assert(
      fc.property(
        target,
        deal,
        rates,
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (t, d, r, k) => {
          const one = call("REQUIRED_LEADS", t, d, column(r), "none") as number[][];
          const scaled = call("REQUIRED_LEADS", t * k, d, column(r), "none") as number[][];
          one.forEach((row, i) => {
            if (!closeTo(at(at(scaled, i), 0), at(row, 0) * k)) throw new Error(`row ${i}`);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("STAGE_CONVERSION counts: rate = next ÷ this, empty after a zero and at the end", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 8 }),
        (counts) => {
          const out = (call("STAGE_CONVERSION", column(counts)) as (number | string)[][]).map(
            (x) => x[0],
          );
          counts.forEach((c, i) => {
            const expected = i === counts.length - 1 || c === 0 ? "" : at(counts, i + 1) / c;
            if (out[i] !== expected) throw new Error(`stage ${i}: ${out[i]} ≠ ${expected}`);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("STAGE_CONVERSION: a record log and the equivalent stage-date matrix agree, rates in [0, 1]", () => {
    const stages = ["Lead", "MQL", "SQL", "Won"];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 2, maxLength: 40 }),
        (marks) => {
          const log = marks.map((m) => [m < 0 ? "" : ` ${at(stages, m).toUpperCase()} `]);
          const matrix = marks.map((m) => stages.map((_, j) => (j <= m ? "x" : "")));
          const fromLog = (call("STAGE_CONVERSION", log, column(stages)) as unknown[][]).map(
            (x) => x[0],
          );
          const fromMatrix = (call("STAGE_CONVERSION", matrix) as unknown[][])[0];
          expect(fromLog).toEqual(fromMatrix);
          for (const v of fromLog)
            if (v !== "" && ((v as number) < 0 || (v as number) > 1))
              throw new Error(JSON.stringify(v));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('FUNNEL_TARGETS "none": each row totals the exact need, including before-horizon volume', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 12 }),
        deal,
        fc.array(fc.tuple(rate, fc.double({ min: 0, max: 120, noNaN: true })), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom(7, 30, 91),
        fc.constantFrom("steady", "ramp"),
        (targets, d, stages, daysPerPeriod, pipeline) => {
          const r = stages.map((s) => s[0]);
          const days = stages.map((s) => s[1]);
          const out = call(
            "FUNNEL_TARGETS",
            [targets],
            d,
            column(r),
            column(days),
            daysPerPeriod,
            "none",
            pipeline,
          ) as number[][];
          const deals = targets.reduce((a, b) => a + b, 0) / d;
          let perDeal = 1;
          for (let i = r.length; i >= 0; i--) {
            if (i < r.length) perDeal /= at(r, i);
            const total = at(out, i).reduce((a, b) => a + b, 0);
            if (!closeTo(total, deals * perDeal) && Math.abs(total - deals * perDeal) > 1e-6)
              throw new Error(`row ${i}: ${total} ≠ ${deals * perDeal}`);
            if (at(out, i).some((v) => v < 0)) throw new Error(`negative volume in row ${i}`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('FUNNEL_TARGETS "steady": equal targets need the same volume every period — the annual need ÷ the periods — and every row, whatever the targets, totals the annual plan', () => {
    let flat = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 36 }),
        fc.oneof(
          fc.integer({ min: 1, max: 5_000_000 }).map((t) => ({ seasonal: false, t, bumps: [] })),
          fc.record({
            seasonal: fc.constant(true),
            t: fc.integer({ min: 1, max: 5_000_000 }),
            bumps: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 36 }),
          }),
        ),
        fc.constantFrom(1000, 7500, 24000),
        fc.array(fc.tuple(rate, fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(7, 30, 91),
        (n, shape, d, stages, daysPerPeriod) => {
          const targets = Array.from({ length: n }, (_, t) => shape.t + (shape.bumps[t] ?? 0));
          const r = stages.map((s) => s[0]);
          const days = stages.map((s) => s[1]);
          const args = [[targets], d, column(r), column(days), daysPerPeriod] as const;
          const exact = call("FUNNEL_TARGETS", ...args, "none", "steady") as number[][];
          const whole = call("FUNNEL_TARGETS", ...args, "cumulative") as number[][];
          const year = targets.reduce((a, b) => a + b, 0);
          // The annual plan: REQUIRED_LEADS on the year's target, exact and rounded up.
          const annual = (call("REQUIRED_LEADS", year, d, column(r), "none") as number[][]).map(
            (x) => at(x, 0),
          );
          const annualWhole = (call("REQUIRED_LEADS", year, d, column(r), "end") as number[][]).map(
            (x) => at(x, 0),
          );
          const isFlat = targets.every((t) => t === targets[0]);
          exact.forEach((row, i) => {
            const total = row.reduce((a, b) => a + b, 0);
            const need = at(annual, i);
            const wholeRow = at(whole, i);
            if (!closeTo(total, need) && Math.abs(total - need) > 1e-6)
              throw new Error(`row ${i}: ${total} ≠ the annual plan's ${need}`);
            const wholeTotal = wholeRow.reduce((a, b) => a + b, 0);
            // Beyond 10⁸ records a sum of 36 floats can drift past the 1e-6 noise snap (§2.7).
            if (need <= 1e8 && wholeTotal !== at(annualWhole, i))
              throw new Error(`row ${i}: whole months total ${wholeTotal} ≠ ${at(annualWhole, i)}`);
            if (!isFlat) return;
            const perPeriod = need / n;
            row.forEach((v, t) => {
              if (!closeTo(v, perPeriod) && Math.abs(v - perPeriod) > 1e-6)
                throw new Error(`row ${i} period ${t}: ${v} ≠ ${perPeriod}`);
              const rounded = at(wholeRow, t);
              if (Math.abs(rounded - perPeriod) >= 1 + 1e-6)
                throw new Error(`row ${i} period ${t}: ${rounded} not ${perPeriod} rounded`);
            });
          });
          if (isFlat) flat++;
        },
      ),
      { numRuns: 400 },
    );
    expect(flat).toBeGreaterThan(100);
  });

  it('FUNNEL_TARGETS "cumulative": whole numbers whose running totals never fall behind the exact ones, and each row ends on its total need rounded up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(1000, 7500, 10000),
        fc.array(fc.tuple(rate, fc.integer({ min: 0, max: 120 })), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("steady", "ramp"),
        (targets, d, stages, pipeline) => {
          const r = stages.map((s) => s[0]);
          const days = stages.map((s) => s[1]);
          const args = [[targets], d, column(r), column(days), 30] as const;
          const exact = call("FUNNEL_TARGETS", ...args, "none", pipeline) as number[][];
          const rounded = call("FUNNEL_TARGETS", ...args, "cumulative", pipeline) as number[][];
          exact.forEach((row, i) => {
            let exactSoFar = 0;
            let roundedSoFar = 0;
            row.forEach((v, t) => {
              exactSoFar += v;
              roundedSoFar += at(at(rounded, i), t);
              if (!Number.isInteger(at(rounded, i)[t]) || at(at(rounded, i), t) < 0)
                throw new Error(`row ${i} period ${t}: ${at(rounded, i)[t]} is not a whole count`);
              if (roundedSoFar < exactSoFar * (1 - 1e-9) - 1e-9)
                throw new Error(`row ${i} falls behind at period ${t}`);
              if (roundedSoFar - exactSoFar >= 1 + 1e-6)
                throw new Error(`row ${i} runs a whole record ahead at period ${t}`);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("PLAN_FORECAST: forecast = actual + the rest of the plan × attainment, and the gap's sign is attainment's (behind < 100 % < ahead)", () => {
    // Figures as a sheet holds them: whole counts, money with cents, empty cells (not reported).
    const figure = fc.oneof(
      fc.integer({ min: 0, max: 100_000 }),
      fc.double({ min: 0, max: 1e9, noNaN: true }).map((x) => Math.round(x * 100) / 100),
    );
    const cell = fc.oneof(
      { weight: 4, arbitrary: figure },
      { weight: 1, arbitrary: fc.constant("") },
    );
    let paced = 0;
    let unpaced = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 24 }),
        fc.infiniteStream(cell),
        fc.option(fc.nat(), { nil: undefined }),
        (rows, periods, cells, toDate) => {
          const it = cells[Symbol.iterator]();
          const block = () =>
            Array.from({ length: rows }, () =>
              Array.from({ length: periods }, () => it.next().value as number | string),
            );
          const plan = block();
          const actual = block();
          const reported = toDate === undefined ? undefined : toDate % (periods + 1);
          if (rows === 1 && periods === 1 && at(at(plan, 0), 0) === "") {
            expect(() => call("PLAN_FORECAST", plan, actual, reported)).toThrow(/is empty/);
            return;
          }
          const out = call("PLAN_FORECAST", plan, actual, reported) as (number | string)[][];
          expect(out).toHaveLength(rows === 1 || periods > 1 ? rows : 1);
          for (const [planToDate, actualToDate, attainment, forecast, planTotal, gap] of out) {
            if (planToDate === "") continue;
            const [p = NaN, a = NaN, f = NaN, total = NaN, g = NaN] = [
              planToDate,
              actualToDate,
              forecast,
              planTotal,
              gap,
            ].map(Number);
            if (![p, a, f, total, g].every(Number.isFinite)) throw new Error("not a number");
            if (!closeTo(f - total, g) && Math.abs(f - total - g) > 1e-6 * total)
              throw new Error(`gap ${g} ≠ forecast ${f} − plan ${total}`);
            if (attainment === "") {
              if (p !== 0) throw new Error(`no attainment with ${p} planned to date`);
              if (g !== a) throw new Error(`gap ${g} ≠ actual ${a} with no pace`);
              unpaced++;
              continue;
            }
            const at = attainment as number;
            if (!closeTo(at, a / p)) throw new Error(`attainment ${at} ≠ ${a} ÷ ${p}`);
            const expected = a + (total - p) * at;
            if (!closeTo(f, expected) && Math.abs(f - expected) > 1e-6 * total)
              throw new Error(`forecast ${f} ≠ ${a} + (${total} − ${p}) × ${at}`);
            if (Math.sign(g) !== Math.sign(at - 1))
              throw new Error(`gap ${g} but attainment ${at}`);
            paced++;
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(paced).toBeGreaterThan(200);
    expect(unpaced).toBeGreaterThan(0);
  });

  it("LEAD_VELOCITY: last count × (1 + growth) = this count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 12 }),
        (counts) => {
          const out = at(call("LEAD_VELOCITY", [counts]) as (number | string)[][], 0);
          expect(out[0]).toBe("");
          for (let t = 1; t < counts.length; t++) {
            if (counts[t - 1] === 0) expect(out[t]).toBe("");
            else if (!closeTo(at(counts, t - 1) * (1 + (out[t] as number)), at(counts, t)))
              throw new Error(`period ${t}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("CAC over a range equals CAC of each cell; lag shifts spend by whole periods", () => {
    const money = fc.integer({ min: 0, max: 1e6 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(money, fc.integer({ min: 0, max: 100 })), {
          minLength: 2,
          maxLength: 10,
        }),
        fc.integer({ min: 0, max: 3 }),
        (periods, lag) => {
          const spend = periods.map((p) => p[0]);
          const customers = periods.map((p) => p[1]);
          const out = (call("CAC", column(spend), column(customers), lag) as unknown[][]).map(
            (x) => x[0],
          );
          out.forEach((v, t) => {
            const expected =
              t < lag || customers[t] === 0 ? "" : at(spend, t - lag) / at(customers, t);
            expect(v).toBe(expected);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
