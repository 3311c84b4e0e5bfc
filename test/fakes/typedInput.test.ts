import { FakeWorkbook } from "../../fakes/spreadsheet";

function written(value: unknown, locale = "en_US") {
  const book = new FakeWorkbook({ S: [] }, { locale });
  const cell = book.getSheets()[0].getRange("A1");
  cell.setValue(value);
  return { value: cell.getValue(), formula: cell.getFormula(), format: cell.getNumberFormat() };
}

describe("setValues parses strings as typed input (Sheets), in the spreadsheet's locale", () => {
  it.each([
    ["42", 42],
    ["-3.5", -3.5],
    ["1,234.5", 1234.5],
    ["1e3", 1000],
    ["30%", 0.3],
    ["$1,200", 1200],
    ["TRUE", true],
    ["false", false],
  ])("en_US: %j becomes %j", (input, expected) => expect(written(input).value).toEqual(expected));

  it.each([
    ["2,5", 2.5],
    ["1.234,5", 1234.5],
    ["1,5%", 0.015],
    ["12 €", 12],
  ])("de_DE: %j becomes %j", (input, expected) =>
    expect(written(input, "de_DE").value).toEqual(expected),
  );

  // sv_SE (issue: "24 000 kr", "1,5", "15.03.2026" typed in a Swedish spreadsheet): a decimal
  // comma, groups split by a space or a no-break space, the currency after the amount, day-first
  // dates with dots, Swedish month names.
  it.each([
    ["1,5", 1.5],
    ["24 000 kr", 24000],
    ["24\u00a0000", 24000],
    ["1 234 567,25", 1234567.25],
    ["12,5 %", 0.125],
    ["1,000", 1],
  ])("sv_SE: %j becomes %j", (input, expected) =>
    expect(written(input, "sv_SE").value).toEqual(expected),
  );

  it("sv_SE: grouping is by threes and text that is no number stays text", () => {
    expect(written("12 34", "sv_SE").value).toBe("12 34");
    expect(written("1.5", "sv_SE").value).toBe("1.5");
    expect(written("24 000 kr", "sv_SE").format).toBe("#,##0.00 [$kr]");
  });

  it.each([
    ["sv_SE", "15.03.2026", "2026-03-15T04:00:00.000Z"],
    ["sv_SE", "15 mars 2026", "2026-03-15T04:00:00.000Z"],
    ["sv_SE", "maj 2027", "2027-05-01T04:00:00.000Z"],
    ["ru_RU", "15.03.2026", "2026-03-15T04:00:00.000Z"],
    ["ru_RU", "15 марта 2026", "2026-03-15T04:00:00.000Z"],
    ["pl_PL", "15 mar 2026", "2026-03-15T04:00:00.000Z"],
    ["zh_CN", "2027年5月15日", "2027-05-15T04:00:00.000Z"],
    ["en_US", "2026-01-15 09:32", "2026-01-15T14:32:00.000Z"],
    ["en_US", "1/15/2026 9:32 PM", "2026-01-16T02:32:00.000Z"],
  ])("%s: %j is a date (New York time)", (locale, input, iso) => {
    const value = written(input, locale).value;
    expect(Object.prototype.toString.call(value)).toBe("[object Date]");
    expect((value as Date).toISOString()).toBe(iso);
  });

  it("a percent gets a percent format, a currency a currency format", () => {
    expect(written("30%").format).toContain("%");
    expect(written("$5").format).toContain("$");
  });

  it("dates become dates at midnight in the spreadsheet's time zone, day order by locale", () => {
    const us = written("2/3/2026").value as Date;
    const gb = written("2/3/2026", "en_GB").value as Date;
    const iso = written("2026-02-03").value as Date;
    expect(Object.prototype.toString.call(us)).toBe("[object Date]");
    expect(us.toISOString()).toBe("2026-02-03T05:00:00.000Z"); // New York midnight
    expect(gb.toISOString()).toBe("2026-03-02T05:00:00.000Z");
    expect(iso.toISOString()).toBe(us.toISOString());
    expect(written("31/02/2026", "en_GB").value).toBe("31/02/2026"); // no such day: text
  });

  it("an apostrophe keeps the rest as text and is not stored", () => {
    expect(written("'42").value).toBe("42");
    expect(written("'=A1")).toEqual({ value: "=A1", formula: "", format: "General" });
    expect(written("''x").value).toBe("'x");
  });

  it("text that is no number stays text", () => {
    expect(written("Lead").value).toBe("Lead");
    expect(written("1,5%").value).toBe("1,5%"); // en_US: a comma is no decimal point
    expect(written("12abc").value).toBe("12abc");
  });

  it("a value replaces a formula; '=…' becomes a formula", () => {
    const book = new FakeWorkbook({ S: [] });
    const cell = book.getSheets()[0].getRange("A1");
    cell.setFormula("=1+1");
    expect(cell.getFormula()).toBe("=1+1");
    cell.setValues([["plain"]]);
    expect(cell.getFormula()).toBe("");
    expect(cell.getValue()).toBe("plain");
    cell.setValues([["=2+2"]]);
    expect(cell.getFormula()).toBe("=2+2");
    cell.setFormulas([[""]]);
    expect(cell.getFormula()).toBe("");
  });

  it("a formula typed in a decimal-comma locale is read in that locale's syntax", () => {
    // sv_SE writes ";" between arguments, "," as the decimal point, "\\" between array columns.
    expect(written('=ROUND(1,5;0)&"a,b;c"', "sv_SE").formula).toBe('=ROUND(1.5,0)&"a,b;c"');
    expect(written("={1\\2;3\\4}", "sv_SE").formula).toBe("={1,2;3,4}");
    // English syntax typed there is misread: its argument comma becomes a decimal point.
    expect(written("=ROUND(1.5, 0)", "sv_SE").formula).toBe("=ROUND(1.5. 0)");
    expect(written("=ROUND(1.5, 0)", "en_US").formula).toBe("=ROUND(1.5, 0)");
    // setFormula takes the Apps Script syntax in every locale.
    const book = new FakeWorkbook({ S: [] }, { locale: "sv_SE" });
    const cell = book.getSheets()[0].getRange("A1");
    cell.setFormula("=ROUND(1.5, 0)");
    expect(cell.getFormula()).toBe("=ROUND(1.5, 0)");
  });

  it("a cell holds at most 50 000 characters: longer input throws and writes nothing", () => {
    const book = new FakeWorkbook({ S: [] });
    const range = book.getSheets()[0].getRange("A1:B1");
    expect(() => range.setValues([["x".repeat(50_000), "ok"]])).not.toThrow();
    expect(() => range.setValues([["y", "x".repeat(50_001)]])).toThrow(/50000 characters/);
    expect(range.getValues()[0][0]).toHaveLength(50_000);
  });

  it("parses 50 000 digits and separators in linear time", () => {
    const book = new FakeWorkbook({ S: [] });
    const cell = book.getSheets()[0].getRange("A1");
    const started = Date.now();
    for (const text of ["1".repeat(49_999) + "x", "1,".repeat(24_999) + "%", "1.".repeat(25_000)])
      cell.setValue(text);
    expect(Date.now() - started).toBeLessThan(200);
  });
});
