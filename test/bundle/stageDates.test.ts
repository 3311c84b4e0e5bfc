import { thrownMessage, loadBundle } from "../../fakes/bundle";
import { loadZonedBundle } from "../harness/zonedBundle";

/**
 * Dates in stage-date matrices (SPEC §2.11), through dist/Code.js: read as the calendar date and
 * time the spreadsheet shows in its own time zone, whatever the runtime's zone.
 */
const DAY = 86_400_000;
const newYork = loadZonedBundle("America/New_York"); // UTC−5, UTC−4 from 8 Mar to 1 Nov 2026
const shanghai = loadZonedBundle("Asia/Shanghai"); // UTC+8, no daylight saving
const days = (b: { call: (n: string, ...a: unknown[]) => unknown }, rows: unknown[][]) =>
  (b.call("STAGE_DAYS", rows) as unknown[][])[0][0];
/** An instant written with the offset the zone has then: independent of the code under test. */
const at = (iso: string) => new Date(iso);

/** The wall clock a zone shows for an instant, as UTC milliseconds (via toLocaleString). */
function referenceWall(instant: number, zone: string): number {
  const text = new Date(instant).toLocaleString("sv-SE", { timeZone: zone }); // "2026-03-08 01:59:59"
  const m = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)$/.exec(text);
  if (!m) throw new Error(`unexpected ${text}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) + (instant % 1000);
}

describe("dates in stage-date matrices, read in the spreadsheet's time zone", () => {
  it("10 days across the spring daylight-saving change are 10 days, not 9.96 (New York)", () => {
    const before = at("2026-03-01T00:00:00-05:00");
    const after = at("2026-03-11T00:00:00-04:00");
    expect(days(newYork, [[before, after]])).toBe(10);
    // The same instants in a zone without the change really are 9.96 days apart.
    expect(days(shanghai, [[before, after]])).toBeCloseTo(239 / 24, 12);
  });

  it("and across the autumn change (1 Nov 2026): 10 days", () => {
    expect(
      days(newYork, [[at("2026-10-27T09:00:00-04:00"), at("2026-11-06T09:00:00-05:00")]]),
    ).toBe(10);
  });

  it("inside the changeover hour: 01:59:59 EST to 03:00:00 EDT is 1 hour 1 second of wall clock", () => {
    expect(
      days(newYork, [[at("2026-03-08T01:59:59-05:00"), at("2026-03-08T03:00:00-04:00")]]) as number,
    ).toBeCloseTo(3601 / 86_400, 12);
    // 01:30 EDT and the repeated 01:30 EST on 1 Nov show the same time: 0 days.
    expect(
      days(newYork, [[at("2026-11-01T01:30:00-04:00"), at("2026-11-01T01:30:00-05:00")]]),
    ).toBe(0);
  });

  it("text with a zone names an instant, read in the sheet's zone exactly as a Date is", () => {
    // SPEC §2.11: 2026-02-01T03:00:00Z is 31 Jan 22:00 in New York and 1 Feb 11:00 in Shanghai.
    const text = "2026-02-01T03:00:00Z";
    const instant = at(text);
    for (const zone of [newYork, shanghai]) {
      expect(zone.call("COHORT_CONVERSION", [[text]])).toEqual(
        zone.call("COHORT_CONVERSION", [[instant]]),
      );
    }
    expect(newYork.call("COHORT_CONVERSION", [[text]])).toEqual([["2026-01", 1]]);
    expect(shanghai.call("COHORT_CONVERSION", [[text]])).toEqual([["2026-02", 1]]);
    // Every written offset is the same instant: +02:00, +0200, +02, GMT+2, a UTC suffix.
    const same = [
      "2026-02-01 05:00+02:00",
      "2026-02-01T05:00:00.000+0200",
      "2026-02-01 05:00 +02",
      "2026-02-01 05:00 GMT+2",
      "2026-02-01 03:00 UTC",
      "2026-02-01T03:00:00.000Z",
    ];
    for (const t of same) {
      expect(days(newYork, [[instant, t]])).toBe(0);
    }
    // Without a zone, text is the sheet's own clock: 3 a.m. on 1 February in New York too.
    expect(days(newYork, [[instant, "2026-02-01 03:00"]])).toBeCloseTo(5 / 24, 12);
  });

  it("a 1 February date is in February in New York and in Shanghai", () => {
    const nyFeb1 = at("2026-02-01T00:00:00-05:00"); // 05:00 UTC
    const shFeb1 = at("2026-02-01T00:00:00+08:00"); // 31 Jan 16:00 UTC
    expect(newYork.call("COHORT_CONVERSION", [[nyFeb1]])).toEqual([["2026-02", 1]]);
    expect(shanghai.call("COHORT_CONVERSION", [[shFeb1]])).toEqual([["2026-02", 1]]);
    // Each zone reads the other's instant on its own calendar: 31 Jan 19:00 / 1 Feb 13:00.
    expect(newYork.call("COHORT_CONVERSION", [[shFeb1]])).toEqual([["2026-01", 1]]);
    expect(shanghai.call("COHORT_CONVERSION", [[nyFeb1]])).toEqual([["2026-02", 1]]);
  });

  it("matches an independent wall-clock reading every 7 minutes across the 2026 clock changes", () => {
    // Serial 46082 is 2026-03-01 00:00 on any clock: days since it reveal each date's wall time.
    const origin = 46_082;
    const originWall = Date.UTC(2026, 2, 1);
    // Lord Howe Island moves its clocks by half an hour (5 Apr and 4 Oct 2026).
    const lordHowe = loadZonedBundle("Australia/Lord_Howe");
    for (const [zone, bundle, starts] of [
      ["America/New_York", newYork, [Date.UTC(2026, 2, 7), Date.UTC(2026, 9, 31)]],
      ["Asia/Shanghai", shanghai, [Date.UTC(2026, 2, 7)]],
      ["Australia/Lord_Howe", lordHowe, [Date.UTC(2026, 3, 3), Date.UTC(2026, 9, 2)]],
    ] as const) {
      for (const start of starts) {
        for (let t = start; t < start + 3 * DAY; t += 7 * 60_000 + 500) {
          const expected = (referenceWall(t, zone) - originWall) / DAY;
          const got = days(bundle, [[origin, new Date(t)]]) as number;
          if (Math.abs(got - expected) > 1e-9) {
            throw new Error(`${zone} ${new Date(t).toISOString()}: ${got} ≠ ${expected}`);
          }
        }
      }
    }
  });

  it("serials and ISO text are wall-clock already: the zone does not move them", () => {
    for (const b of [newYork, shanghai]) {
      expect(days(b, [[46_082, 46_092.5]])).toBe(10.5);
      expect(days(b, [["2026-03-01", "2026-03-11 12:00"]])).toBe(10.5);
      expect(days(b, [[" 2026-03-01T08:15 ", "2026-03-01 20:15:30"]])).toBeCloseTo(
        12.0083333 / 24,
        6,
      );
      expect(b.call("COHORT_CONVERSION", [["2026-02-01"], [46_054]])).toEqual([["2026-02", 2]]);
    }
  });

  it("asks for the zone lazily: not at load, not for serials, once per call with dates", () => {
    const b = loadZonedBundle("Asia/Shanghai");
    expect(b.zoneReads()).toBe(0);
    b.call("STAGE_DAYS", [[46_082, "2026-03-05"]]);
    expect(b.zoneReads()).toBe(0);
    const d = at("2026-03-01T00:00:00+08:00");
    b.call("STAGE_DAYS", [
      [d, d],
      [d, d],
    ]);
    expect(b.zoneReads()).toBe(1);
    b.call("COHORT_CONVERSION", [[d]]);
    expect(b.zoneReads()).toBe(2);
  });

  it("without SpreadsheetApp, or with no active spreadsheet, the runtime's own zone applies", () => {
    const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const noSheet = loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => null } });
    const unknownZone = loadBundle({
      SpreadsheetApp: {
        getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => "Not/AZone" }),
      },
    });
    const t = at("2026-03-11T00:00:00-04:00").getTime();
    const expected = (referenceWall(t, runtime) - Date.UTC(2026, 2, 1)) / DAY;
    for (const b of [loadBundle(), noSheet, unknownZone]) {
      expect(days(b, [[46_082, new Date(t)]])).toBeCloseTo(expected, 9);
    }
  });

  it("a date-formatted 0 (30 Dec 1899 00:00 on the sheet's clock) means not reached", () => {
    // Shanghai kept local mean time (UTC+8:05:43) until 1901; New York was on EST.
    const shanghaiZero = new Date(Date.UTC(1899, 11, 30) - (8 * 3600 + 5 * 60 + 43) * 1000);
    expect(shanghai.call("STAGE_DAYS", [[shanghaiZero, "2026-01-01"]])).toEqual([["", ""]]);
    expect(newYork.call("STAGE_DAYS", [[at("1899-12-30T00:00:00-05:00"), 2]])).toEqual([["", ""]]);
    // One second later is a date (in the first second of the calendar).
    expect(days(newYork, [[at("1899-12-30T00:00:01-05:00"), 2]])).toBeCloseTo(2 - 1 / 86_400, 9);
  });

  describe("not reached and errors", () => {
    it('empty, FALSE, 0 and any white space mean "not reached"', () => {
      expect(
        newYork.call("STAGE_DAYS", [
          ["2026-01-01", "", "2026-01-05"],
          ["2026-01-01", false, "2026-01-05"],
          ["2026-01-01", 0, "2026-01-05"],
          ["2026-01-01", " \u00a0\u202f\t", "2026-01-05"],
        ]),
      ).toEqual([["", "", ""]]);
    });

    const err = (rows: unknown[][]) => thrownMessage(() => newYork.call("STAGE_DAYS", rows));
    const fix =
      '— enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty';
    it.each([
      [
        [
          ["2026-01-01", "2026-01-02"],
          ["2026-01-03", true],
        ],
        "row 2, column 2 is TRUE, not a date",
      ],
      [[["soon", ""]], 'row 1, column 1 is "soon", which is not a date'],
      [[["2026-01-01", -3]], "row 1, column 2 is -3, a negative date serial"],
      [[[1e7, ""]], "row 1, column 1 is 10000000, a date serial after 31 Dec 9999"],
      [
        [["2026-02-30", ""]],
        'row 1, column 1 is "2026-02-30", which is not a date in the calendar',
      ],
      [[[new Date(NaN), ""]], "row 1, column 1 is an invalid date"],
      [[[new Date(-3e12), ""]], "row 1, column 1 is a date outside 30 Dec 1899 – 31 Dec 9999"],
      [
        [["", "2026-01-15T10:00:00Zulu"]],
        'row 1, column 2 is "2026-01-15T10:00:00Zulu", which is not a date',
      ],
      [
        [["3/15/26 2:22 PM", ""]],
        'row 1, column 1 is "3/15/26 2:22 PM", a date with a two-digit year (format the column with four-digit years, as 3/15/2026)',
      ],
      [
        [["31/31/2026", ""]],
        'row 1, column 1 is "31/31/2026", which is not a date in the calendar',
      ],
      [
        [["1899-12-29", ""]],
        'row 1, column 1 is "1899-12-29", a date outside 30 Dec 1899 – 31 Dec 9999',
      ],
    ])("%j → %s", (rows, message) => {
      const text = err(rows);
      expect(text.startsWith(`STAGE_DAYS: stage_dates: ${message}`)).toBe(true);
      expect(text.endsWith(fix)).toBe(true);
    });
  });
});
