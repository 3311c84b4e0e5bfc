import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import { loadZonedBundle } from "../harness/zonedBundle";
import { at } from "../harness/at";

const bundle = loadCustomFunctions();
const SD = (...args: unknown[]) => bundle.call("STAGE_DAYS", ...args);
/** 2026 dates as ISO text: wall-clock dates on any runtime. */
const d = (month: number, day: number) =>
  `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** PERCENTILE.INC as Sheets documents it: rank p(n − 1), linear between neighbours. */
function percentileInc(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = p * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, s.length - 1);
  return at(s, lo) + (rank - lo) * (at(s, hi) - at(s, lo));
}

/** Independent check: intervals collected record by record from serial numbers. */
function bruteForce(rows: (number | "")[][], statistic: "median" | "mean" | "p90") {
  const k = at(rows, 0).length;
  const out: (number | "")[] = [];
  for (let s = 0; s < k; s++) {
    const gaps: number[] = [];
    for (const row of rows) {
      const a = at(row, s);
      const b = s + 1 < k ? at(row, s + 1) : ""; // the last stage has no next one
      if (a !== "" && b !== "" && b >= a) gaps.push(b - a);
    }
    if (gaps.length === 0) out.push("");
    else if (statistic === "mean") out.push(gaps.reduce((x, y) => x + y, 0) / gaps.length);
    else out.push(percentileInc(gaps, statistic === "p90" ? 0.9 : 0.5));
  }
  return out;
}

/** Deterministic pseudo-random records: serial dates with times of day, some stages skipped. */
function records(n: number, k: number, seed: number): (number | "")[][] {
  let x = seed;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => {
    let t = 46_000 + Math.floor(next() * 400) + Math.round(next() * 96) / 96;
    const reached = 1 + Math.floor(next() * k);
    return Array.from({ length: k }, (_, c) => {
      if (c >= reached || (c > 0 && next() < 0.15)) return "";
      // Now and then a later date earlier than the one before (a data-entry slip).
      t += next() < 0.05 ? -3 : Math.floor(next() * 30) + Math.round(next() * 24) / 24;
      return t;
    });
  });
}

describe("STAGE_DAYS through dist/Code.js", () => {
  it("SPEC example: (1 Jan, 11 Jan, 10 Feb), (5 Jan, 25 Jan, —), (10 Jan, —, —) → 15, 30, empty", () => {
    const rows = [
      [d(1, 1), d(1, 11), d(2, 10)],
      [d(1, 5), d(1, 25), ""],
      [d(1, 10), "", ""],
    ];
    expect(SD(rows)).toEqual([[15, 30, ""]]);
    // The same as Date cells in New York and in Shanghai, local midnights.
    for (const [zone, offset] of [
      ["America/New_York", "-05:00"] as const,
      ["Asia/Shanghai", "+08:00"],
    ]) {
      const dates = rows.map((r) =>
        r.map((v) => (v === "" ? "" : new Date(`${v}T00:00:00${offset}`))),
      );
      expect(loadZonedBundle(zone).call("STAGE_DAYS", dates)).toEqual([[15, 30, ""]]);
    }
  });

  it("matches a brute-force recomputation for median, mean and p90", () => {
    for (const [n, k, seed] of [[1, 2, 1] as const, [7, 3, 2], [200, 5, 3], [1001, 7, 4]]) {
      const rows = records(n, k, seed);
      for (const statistic of ["median", "mean", "p90"] as const) {
        const got = at(SD(rows, statistic) as (number | "")[][], 0);
        const want = bruteForce(rows, statistic);
        want.forEach((w, i) => {
          if (w === "") expect(got[i]).toBe("");
          else expect(got[i] as number).toBeCloseTo(w, 9);
        });
      }
    }
  });

  it("a skipped stage counts in neither interval around it; a reversed pair is left out", () => {
    expect(
      SD([
        [d(1, 1), "", d(1, 21)], // skipped stage 2: in no interval
        [d(1, 1), d(1, 3), d(1, 4)],
        [d(1, 10), d(1, 5), d(1, 9)], // 5 Jan before 10 Jan: out of stage 1, in stage 2 (4 days)
      ]),
    ).toEqual([[2, 2.5, ""]]);
  });

  it("equal dates are 0 days; times of day give fractional days, not rounded", () => {
    expect(SD([[d(3, 1), d(3, 1)]])).toEqual([[0, ""]]);
    expect(SD([["2026-03-01 06:00", "2026-03-02 18:00"]])).toEqual([[1.5, ""]]);
  });

  it("p90 is PERCENTILE.INC: 1..10 days → 9.1; mean and median differ on skewed data", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [46_000, 46_001 + i]);
    expect(SD(rows, "p90")).toEqual([[9.1, ""]]);
    expect(SD(rows, " P 90 ")).toEqual([[9.1, ""]]);
    const skewed = [
      [46_000, 46_001],
      [46_000, 46_002],
      [46_000, 46_030],
    ];
    expect(SD(skewed)).toEqual([[2, ""]]);
    expect(SD(skewed, "mean")).toEqual([[11, ""]]);
  });

  it("a stage no record passed through is empty; a matrix of nothing reached is all empty", () => {
    expect(
      SD([
        [d(1, 1), "", ""],
        ["", "", ""],
      ]),
    ).toEqual([["", "", ""]]);
  });

  it.each([
    [
      [[d(1, 1)], [d(1, 2)]],
      "stage_dates: has 1 column — select one column of dates per stage (at least 2)",
    ],
    [[[[]]], "stage_dates: has no cells"],
    [[[[d(1, 1), d(1, 2)], [d(1, 3)]]], "stage_dates: row 2 has 1 cells but row 1 has 2"],
    [
      [[[d(1, 1), d(1, 2)]], "average"],
      'statistic: "average" is not an option — use one of "median", "mean", "p90"',
    ],
  ])("%j → %s", (args, message) => {
    expect(thrownMessage(() => SD(...(args as unknown[])))).toContain(`STAGE_DAYS: ${message}`);
  });
});
