/**
 * The shared date-text scanner (SPEC §2.11): the forms CRMs export, the day order of year-last
 * dates, and a cost linear in the text's length.
 */
import {
  applyDayOrder,
  dayOrderOfLocale,
  evidentOrder,
  scanDateText,
  type ScannedDate,
} from "../../src/core/dateText";

function fields(text: string): Partial<ScannedDate> {
  const d = scanDateText(text);
  if (d === undefined || typeof d === "string") throw new Error(`${text}: ${String(d)}`);
  const { year, month, day, hour, minute, second, millisecond, offsetMinutes } = d;
  return { year, month, day, hour, minute, second, millisecond, offsetMinutes };
}

const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
});

describe("scanDateText", () => {
  it.each([
    ["2026-03-15", at(2026, 3, 15), undefined],
    ["2026-03-15 14:22", at(2026, 3, 15, 14, 22), undefined],
    ["2026-03-15T14:22:05", at(2026, 3, 15, 14, 22, 5), undefined],
    ["2026-03-15T14:22:05Z", at(2026, 3, 15, 14, 22, 5), 0],
    ["2026-03-15T14:22:05.123Z", at(2026, 3, 15, 14, 22, 5), 0],
    ["2026-03-15T14:22:05.000+0100", at(2026, 3, 15, 14, 22, 5), 60],
    ["2026-03-15 14:22:05 -05:00", at(2026, 3, 15, 14, 22, 5), -300],
    ["2026-03-15 14:22 +05:30", at(2026, 3, 15, 14, 22), 330],
    ["2026-03-15 14:22 UTC", at(2026, 3, 15, 14, 22), 0],
    ["2026-03-15 14:22 GMT+1", at(2026, 3, 15, 14, 22), 60],
    ["2026-03-15 14:22 GMT-08:00", at(2026, 3, 15, 14, 22), -480],
    ["2026/03/15", at(2026, 3, 15), undefined],
    ["2026.3.5 9:05", at(2026, 3, 5, 9, 5), undefined],
    ["15.03.2026", at(2026, 3, 15), undefined],
    ["5.3.2026 14:22", at(2026, 3, 5, 14, 22), undefined],
    ["15/03/2026", at(2026, 3, 15), undefined],
    ["15-03-2026 08:00", at(2026, 3, 15, 8), undefined],
    ["15/03/2026, 14:22:05", at(2026, 3, 15, 14, 22, 5), undefined],
  ])("%s", (text, expected, offset) => {
    const d = scanDateText(text);
    if (d === undefined || typeof d === "string") throw new Error(String(d));
    if (d.leading !== undefined)
      expect(applyDayOrder(d, evidentOrder(d.leading) ?? "dmy")).toBe(true);
    expect({
      year: d.year,
      month: d.month,
      day: d.day,
      hour: d.hour,
      minute: d.minute,
      second: d.second,
    }).toEqual(expected);
    expect(d.offsetMinutes).toBe(offset);
  });

  it("reads 12-hour clocks: 12 AM is midnight, 12 PM noon, 2:22 PM is 14:22", () => {
    const time = (text: string) => {
      const d = scanDateText(text) as ScannedDate;
      return [d.hour, d.minute, d.second];
    };
    expect(time("3/15/2026 2:22 PM")).toEqual([14, 22, 0]);
    expect(time("3/15/2026 2:22:09 pm")).toEqual([14, 22, 9]);
    expect(time("3/15/2026 12:05 AM")).toEqual([0, 5, 0]);
    expect(time("3/15/2026 12:05 PM")).toEqual([12, 5, 0]);
    expect(time("3/15/2026 11:59PM")).toEqual([23, 59, 0]);
    expect(scanDateText("3/15/2026 13:05 PM")).toBeUndefined();
    expect(scanDateText("3/15/2026 0:05 AM")).toBeUndefined();
  });

  it("reads a.m./p.m. as English (Canada) writes them, and the no-break spaces before AM/PM", () => {
    const time = (text: string) => {
      const d = scanDateText(text) as ScannedDate;
      return [d.year, d.month, d.day, d.hour, d.minute];
    };
    // Salesforce report date-times of an en_CA user (ICU formats, CLDR 41: "{1}, {0}").
    expect(time("2026-01-05, 11:00 p.m.")).toEqual([2026, 1, 5, 23, 0]);
    expect(time("2026-01-05, 12:30 a.m.")).toEqual([2026, 1, 5, 0, 30]);
    expect(time("2026-01-05, 9:15:30 A.M.")).toEqual([2026, 1, 5, 9, 15]);
    // ICU since CLDR 42 writes a narrow no-break space before AM/PM; U+00A0 is the older form.
    expect(time("1/5/2026, 11:00\u202fPM")).toEqual([2026, 1, 5, 23, 0]);
    expect(time("2026-01-05 11:00\u00a0p.m.")).toEqual([2026, 1, 5, 23, 0]);
    expect(scanDateText("2026-01-05, 11:00 p.m")).toBeUndefined();
    expect(scanDateText("2026-01-05, 13:00 p.m.")).toBeUndefined();
  });

  it("keeps milliseconds from a fraction of any length", () => {
    expect(fields("2026-03-15T14:22:05.5Z").millisecond).toBe(500);
    expect(fields("2026-03-15T14:22:05.123456789Z").millisecond).toBe(123);
  });

  it("tells year-last dates that show their order from those that don't", () => {
    const leading = (text: string) => (scanDateText(text) as ScannedDate).leading;
    expect(leading("3/15/2026")).toEqual([3, 15]);
    expect(evidentOrder([3, 15])).toBe("mdy");
    expect(evidentOrder([15, 3])).toBe("dmy");
    expect(evidentOrder([3, 4])).toBeUndefined();
    expect(evidentOrder([13, 14])).toBeUndefined();
    // Dots and year-first dates have one order: nothing to decide.
    expect(leading("03.04.2026")).toBeUndefined();
    expect(leading("2026/03/04")).toBeUndefined();
    const ambiguous = scanDateText("03/04/2026") as ScannedDate;
    expect(applyDayOrder({ ...ambiguous }, "dmy")).toBe(true);
    const dmy = { ...ambiguous };
    applyDayOrder(dmy, "dmy");
    expect([dmy.month, dmy.day]).toEqual([4, 3]);
    const mdy = { ...ambiguous };
    applyDayOrder(mdy, "mdy");
    expect([mdy.month, mdy.day]).toEqual([3, 4]);
    // 2/30 exists in neither order; 30/2 neither.
    expect(applyDayOrder(scanDateText("2/30/2026") as ScannedDate, "mdy")).toBe(false);
  });

  it.each([
    ["3/15/26", "two-digit year"],
    ["15.03.26", "two-digit year"],
    ["2026-02-30", "not in the calendar"],
    ["2026-13-01", "not in the calendar"],
    ["2025-02-29", "not in the calendar"],
    ["0000-01-01", "not in the calendar"],
  ])("%s is a date-shaped mistake: %s", (text, problem) => {
    expect(scanDateText(text)).toBe(problem);
  });

  it("accepts 29 February only in leap years", () => {
    expect(fields("2024-02-29").day).toBe(29);
    expect(fields("2000-02-29").day).toBe(29);
    expect(scanDateText("2100-02-29")).toBe("not in the calendar");
  });

  it.each([
    "Lead",
    "2026",
    "1,234.5",
    "2026-03",
    "2026-03-15T",
    "2026-03-15 14",
    "2026-03-15 14:2",
    "2026-03-15 24:00",
    "2026-03-15 14:60",
    "2026-03-15 14:22:61",
    "2026-03-15 14:22 +25:00",
    "2026-03-15 14:22 +5",
    "2026-03-15 14:22 PST",
    "2026-03-15 14:22 Zulu",
    "2026-03-15x",
    "2026-03/15",
    "15/03/2026T14:22",
    "123/03/2026",
    "15/03/20266",
    "15/03/2026 14:22 PMZ",
  ])("%s is not a date", (text) => {
    expect(scanDateText(text)).toBeUndefined();
  });

  it("costs the same on 50 000 characters as on a date (one bounded scan)", () => {
    const long = `${"2026-03-15 ".repeat(4545)}x`;
    const started = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) scanDateText(long);
    scanDateText(`${"1".repeat(49_990)}/1/2026`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // A backtracking pattern would take seconds; a linear scan of a refused text is microseconds.
    expect(ms).toBeLessThan(200);
  });
});

describe("dayOrderOfLocale", () => {
  it.each([
    ["en_US", "mdy"],
    ["en_GB", "dmy"],
    ["de_DE", "dmy"],
    ["sv_SE", "dmy"],
    ["ru_RU", "dmy"],
    ["pl_PL", "dmy"],
    ["zh_CN", "dmy"],
    ["en-US", "mdy"],
  ])("%s reads year-last dates %s", (locale, order) => {
    expect(dayOrderOfLocale(locale)).toBe(order);
  });

  it("a locale the runtime cannot read still gives an order", () => {
    expect(["dmy", "mdy"]).toContain(dayOrderOfLocale("not a locale!"));
  });
});
