import { dateFromSerial, serialFromDate } from "../../fakes/dates";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { at } from "../harness/at";

describe("the spreadsheet's time zone", () => {
  it("defaults to America/New_York in tests and can be set", () => {
    const book = new FakeWorkbook();
    expect(book.getSpreadsheetTimeZone()).toBe("America/New_York");
    book.setSpreadsheetTimeZone("Asia/Shanghai");
    expect(book.getSpreadsheetTimeZone()).toBe("Asia/Shanghai");
    expect(() => book.setSpreadsheetTimeZone("Mars/Olympus")).toThrow(/time zone/);
  });

  it("a UTC-midnight Date shows as the day before in New York, the same day in Shanghai", () => {
    const instant = new Date(Date.UTC(2026, 1, 1));
    const ny = new FakeWorkbook({ S: [[instant]] });
    const sh = new FakeWorkbook({ S: [[instant]] }, { timeZone: "Asia/Shanghai" });
    expect(at(ny.getSheets(), 0).getRange("A1").getDisplayValues()).toEqual([
      ["2026-01-31 19:00:00"],
    ]);
    expect(at(sh.getSheets(), 0).getRange("A1").getDisplayValues()).toEqual([
      ["2026-02-01 08:00:00"],
    ]);
  });

  it("serials are wall-clock days in the zone, both ways (DST included)", () => {
    const serial = 46_023; // 2026-01-01
    const ny = dateFromSerial(serial, "America/New_York");
    expect(ny.toISOString()).toBe("2026-01-01T05:00:00.000Z");
    expect(dateFromSerial(serial, "Asia/Shanghai").toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(serialFromDate(ny, "America/New_York")).toBe(serial);
    const july = dateFromSerial(serial + 181, "America/New_York");
    expect(july.toISOString()).toBe("2026-07-01T04:00:00.000Z");
    expect(serialFromDate(new Date(Date.UTC(2026, 0, 1)), "America/New_York")).toBeCloseTo(
      serial - 5 / 24,
      9,
    );
  });
});

describe("numbers in date-formatted cells", () => {
  it("read back as Dates of that serial in the spreadsheet's zone, and show as that day", () => {
    for (const timeZone of ["America/New_York", "Asia/Shanghai"]) {
      const book = new FakeWorkbook({ S: [[46_023]] }, { timeZone });
      const cell = at(book.getSheets(), 0).getRange("A1");
      expect(cell.getValue()).toBe(46_023);
      cell.setNumberFormat("mmm yyyy");
      expect((cell.getValue() as Date).getTime()).toBe(dateFromSerial(46_023, timeZone).getTime());
      expect(cell.getDisplayValues()).toEqual([["2026-01-01"]]);
      cell.setNumberFormat('0.0"d"');
      expect(cell.getValue()).toBe(46_023);
    }
  });
});
