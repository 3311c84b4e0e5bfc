import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import { loadZonedBundle } from "../harness/zonedBundle";
import { at } from "../harness/at";

const bundle = loadCustomFunctions();
const CC = (...args: unknown[]) => bundle.call("COHORT_CONVERSION", ...args);
const d = (month: number, day: number, year = 2026) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** The SPEC's four records (3 stages). */
const SPEC_ROWS = [
  [d(1, 3), d(1, 20), d(3, 1)],
  [d(1, 15), "", ""],
  [d(2, 2), d(2, 10), ""],
  [d(2, 20), d(4, 1), d(4, 15)],
];

type Period = "month" | "quarter" | "week";

/** ISO week label the textbook way: the week belongs to the year of its Thursday. */
function isoWeekLabel(date: Date): string {
  const thursday = new Date(date.getTime());
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function labelOf(serial: number, period: Period): string {
  const date = new Date(SERIAL_EPOCH + Math.floor(serial) * DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (period === "month") return `${y}-${String(m + 1).padStart(2, "0")}`;
  if (period === "quarter") return `${y}-Q${Math.floor(m / 3) + 1}`;
  return isoWeekLabel(date);
}

/** Independent check: group the records directly by label, walking every day between. */
function bruteForce(rows: (number | "")[][], period: Period, within?: number) {
  const groups = new Map<string, { n: number; reached: number[] }>();
  const k = at(rows, 0).length;
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const dated = row.filter((v): v is number => v !== "");
    if (dated.length === 0) continue;
    const start = at(row, 0);
    const cohort = start !== "" ? start : Math.min(...dated);
    first = Math.min(first, cohort);
    last = Math.max(last, cohort);
    const label = labelOf(cohort, period);
    const g = groups.get(label) ?? { n: 0, reached: new Array<number>(k).fill(0) };
    g.n++;
    let furthest = -1;
    row.forEach((v, c) => {
      if (v !== "" && (within === undefined || v - cohort <= within)) furthest = c;
    });
    for (let c = 0; c <= furthest; c++) g.reached[c] = at(g.reached, c) + 1;
    groups.set(label, g);
  }
  const out: (string | number)[][] = [];
  const seen = new Set<string>();
  for (let day = Math.floor(first); day <= Math.floor(last); day++) {
    const label = labelOf(day, period);
    if (seen.has(label)) continue;
    seen.add(label);
    const g = groups.get(label);
    out.push([
      label,
      g?.n ?? 0,
      ...Array.from({ length: k - 1 }, (_, c) => (g ? at(g.reached, c + 1) / g.n : "")),
    ]);
  }
  return out;
}

function records(n: number, k: number, seed: number, spanDays: number): (number | "")[][] {
  let x = seed;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => {
    let t = 46_000 + Math.floor(next() * spanDays) + Math.round(next() * 24) / 24;
    const reached = Math.floor(next() * (k + 1));
    const row = Array.from({ length: k }, (_, c): number | "" => {
      if (c >= reached || next() < 0.1) return "";
      t += next() < 0.05 ? -2 : Math.floor(next() * 40);
      return t;
    });
    return row;
  });
}

describe("COHORT_CONVERSION through dist/Code.js", () => {
  it("SPEC example → 2026-01: 2, 0.5, 0.5; 2026-02: 2, 1, 0.5", () => {
    expect(CC(SPEC_ROWS)).toEqual([
      ["2026-01", 2, 0.5, 0.5],
      ["2026-02", 2, 1, 0.5],
    ]);
  });

  it("SPEC example with within_days 30 → 2026-01: 2, 0.5, 0; 2026-02: 2, 0.5, 0", () => {
    const want = [
      ["2026-01", 2, 0.5, 0],
      ["2026-02", 2, 0.5, 0],
    ];
    expect(CC(SPEC_ROWS, "month", 30)).toEqual(want);
    expect(CC(SPEC_ROWS, "", 30)).toEqual(want);
  });

  it("the same records as Date cells in New York and Shanghai (local midnights)", () => {
    for (const [zone, offset] of [
      ["America/New_York", "-05:00"] as const,
      ["Asia/Shanghai", "+08:00"],
    ]) {
      const dates = SPEC_ROWS.map((r) =>
        r.map((v) => (v === "" ? "" : new Date(`${v}T00:00:00${offset}`))),
      );
      expect(loadZonedBundle(zone).call("COHORT_CONVERSION", dates, "month", 30)).toEqual([
        ["2026-01", 2, 0.5, 0],
        ["2026-02", 2, 0.5, 0],
      ]);
    }
  });

  it("matches a brute-force grouping for months, quarters and weeks, with and without a window", () => {
    for (const [n, k, seed, span] of [
      [1, 1, 1, 10] as const,
      [30, 3, 2, 100],
      [500, 5, 3, 800],
      [2000, 7, 4, 2000],
    ]) {
      const rows = records(n, k, seed, span);
      if (!rows.some((r) => r.some((v) => v !== ""))) continue;
      for (const period of ["month", "quarter", "week"] as const) {
        for (const within of [undefined, 0, 30, 12.5]) {
          const got = CC(rows, period, within) as (string | number)[][];
          const want = bruteForce(rows, period, within);
          expect(got.length).toBe(want.length);
          got.forEach((row, i) =>
            row.forEach((v, c) => {
              if (typeof v === "number") expect(v).toBeCloseTo(at(want, i)[c] as number, 12);
              else expect(v).toBe(at(want, i)[c]);
            }),
          );
        }
      }
    }
  });

  it("ISO week labels use the ISO week-year", () => {
    const weeks = (dates: string[]) =>
      (
        CC(
          dates.map((x) => [x]),
          "week",
        ) as unknown[][]
      ).map((r) => r[0]);
    expect(weeks([d(12, 29, 2025)])).toEqual(["2026-W01"]);
    expect(weeks([d(12, 28, 2025)])).toEqual(["2025-W52"]);
    expect(weeks([d(1, 1, 2027)])).toEqual(["2026-W53"]);
    expect(weeks([d(1, 4, 2021)])).toEqual(["2021-W01"]);
    expect(weeks([d(1, 3, 2021)])).toEqual(["2020-W53"]);
    expect(weeks([d(1, 11, 2026), d(1, 12, 2026)])).toEqual(["2026-W02", "2026-W03"]);
  });

  it("quarters, and periods without records in between as [label, 0, empty…]", () => {
    expect(
      CC(
        [
          [d(1, 5), d(2, 1)],
          [d(8, 1), ""],
        ],
        "Quarter",
      ),
    ).toEqual([
      ["2026-Q1", 1, 1],
      ["2026-Q2", 0, ""],
      ["2026-Q3", 1, 0],
    ]);
  });

  it("an empty first cell: the cohort is the earliest date; rows without dates are skipped", () => {
    expect(
      CC([
        ["", d(3, 9), d(2, 20)],
        ["", "", ""],
        [d(3, 1), "", ""],
      ]),
    ).toEqual([
      ["2026-02", 1, 1, 1],
      ["2026-03", 1, 0, 0],
    ]);
  });

  it("within_days is inclusive and counts time of day; a stage dated before the cohort counts", () => {
    const rows = [["2026-01-01 12:00", "2026-01-31 12:00", "2026-01-31 12:01"]];
    expect(CC(rows, "month", 30)).toEqual([["2026-01", 1, 1, 0]]);
    expect(CC([[d(1, 10), d(1, 5)]], "month", 0)).toEqual([["2026-01", 1, 1]]);
  });

  it("one stage column gives the cohort sizes", () => {
    expect(CC([[d(1, 1)], [d(1, 2)], [d(3, 1)]])).toEqual([
      ["2026-01", 2],
      ["2026-02", 0],
      ["2026-03", 1],
    ]);
  });

  it("600 periods are fine; 601 are an error naming the earliest and latest dates", () => {
    expect((CC([[d(1, 1, 2000)], [d(12, 31, 2049)]]) as unknown[][]).length).toBe(600);
    expect(thrownMessage(() => CC([[d(12, 31, 2049)], [d(1, 1, 2000)], [d(1, 1, 2050)]]))).toBe(
      "COHORT_CONVERSION: stage_dates: spans 601 months, from 2000-01-01 to 2050-01-01; at most 600 give a readable table — check those dates for a typing mistake, or use a longer period",
    );
  });

  it.each([
    [
      [
        [
          ["", ""],
          ["", ""],
        ],
      ],
      "stage_dates: holds no dates",
    ],
    [[[[d(1, 1), true]]], "stage_dates: row 1, column 2 is TRUE, not a date"],
    [
      [[[d(1, 1)]], "year"],
      'period: "year" is not an option — use one of "month", "quarter", "week"',
    ],
    [[[[d(1, 1)]], "month", -1], "within_days: is -1 — can't be negative"],
    [[[[d(1, 1)]], "month", "soon"], 'within_days: is "soon", which is not a number'],
  ])("%j → %s", (args, message) => {
    expect(thrownMessage(() => CC(...(args as unknown[])))).toContain(
      `COHORT_CONVERSION: ${message}`,
    );
  });
});
