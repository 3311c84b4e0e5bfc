import { midnightIn } from "../../fakes/dates";
import { editableText, parseCellInput } from "../../preview/cellInput";
import { injectScript } from "../../preview/sidebarHtml";

const ZONE = "America/New_York";
/** Midnight of a calendar day in the test zone: what a typed date holds. */
const day = (y: number, m: number, d: number) => midnightIn(y, m, d, ZONE);

describe("typing into a preview cell, as Sheets reads typed input in the spreadsheet's locale", () => {
  it.each([
    ["200000", { kind: "value", value: 200000 }],
    ["200,000", { kind: "value", value: 200000 }],
    ["€200,000", { kind: "value", value: 200000, format: "[$€]#,##0.00" }],
    ["-1.5", { kind: "value", value: -1.5 }],
    ["30%", { kind: "value", value: 0.3, format: "0%" }],
    ["12.5%", { kind: "value", value: 0.125, format: "0.0%" }],
    ["=SUM(A1:A3)", { kind: "formula", formula: "=SUM(A1:A3)" }],
    ["'007", { kind: "text", value: "007" }],
    ["Enterprise", { kind: "text", value: "Enterprise" }],
    ["TRUE", { kind: "value", value: true }],
    // en_IE writes a decimal point: "1,23" is not a number there.
    ["1,23", { kind: "text", value: "1,23" }],
    ["−€5", { kind: "text", value: "−€5" }],
    ["-€5", { kind: "value", value: -5, format: "[$€]#,##0.00" }],
    ["  ", { kind: "clear" }],
    ["2027-01-01", { kind: "value", value: day(2027, 1, 1), format: "yyyy-mm-dd" }],
    ["2026-3-5", { kind: "value", value: day(2026, 3, 5), format: "yyyy-mm-dd" }],
    // en_IE reads day first.
    ["05/03/2026", { kind: "value", value: day(2026, 3, 5), format: "yyyy-mm-dd" }],
    ["Jan 2027", { kind: "value", value: day(2027, 1, 1), format: "mmm yyyy" }],
    ["January 2027", { kind: "value", value: day(2027, 1, 1), format: "mmm yyyy" }],
    ["15 Jan 2027", { kind: "value", value: day(2027, 1, 15), format: "d mmm yyyy" }],
    ["Jan 15, 2027", { kind: "value", value: day(2027, 1, 15), format: "d mmm yyyy" }],
    ["2027-02-30", { kind: "text", value: "2027-02-30" }],
    ["Janx 2027", { kind: "text", value: "Janx 2027" }],
  ])("en_IE: %p is %p", (input, edit) => {
    expect(parseCellInput(input, "en_IE", ZONE)).toEqual(edit);
  });

  // sv_SE: a decimal comma, groups of three split by spaces (typed as a space or a no-break
  // space), money after the amount, day-first dates with dots, Swedish month names.
  it.each([
    ["1,5", { kind: "value", value: 1.5 }],
    ["24 000 kr", { kind: "value", value: 24000, format: "#,##0.00 [$kr]" }],
    ["24\u00a0000", { kind: "value", value: 24000 }],
    ["1 234,5", { kind: "value", value: 1234.5 }],
    ["12,5 %", { kind: "value", value: 0.125, format: "0.0%" }],
    ["1.5", { kind: "text", value: "1.5" }],
    ["15.03.2026", { kind: "value", value: day(2026, 3, 15), format: "yyyy-mm-dd" }],
    ["2026-03-15", { kind: "value", value: day(2026, 3, 15), format: "yyyy-mm-dd" }],
    ["15 mars 2026", { kind: "value", value: day(2026, 3, 15), format: "d mmm yyyy" }],
    ["maj 2027", { kind: "value", value: day(2027, 5, 1), format: "mmm yyyy" }],
  ])("sv_SE: %p is %p", (input, edit) => {
    expect(parseCellInput(input, "sv_SE", ZONE)).toEqual(edit);
  });

  it.each([
    ["ru_RU", "15 мая 2026", day(2026, 5, 15)],
    ["pl_PL", "15.05.2026", day(2026, 5, 15)],
    ["zh_CN", "2027年5月", day(2027, 5, 1)],
    ["en_US", "5/15/2026", day(2026, 5, 15)],
  ])("%s reads %p as a date", (locale, input, date) => {
    expect(parseCellInput(input, locale, ZONE)).toMatchObject({ kind: "value", value: date });
  });

  it("shows a cell's formula, or its value as typed, in the locale", () => {
    expect(editableText("", "=B5/B6", "#,##0", "en_IE", ZONE)).toBe("=B5/B6");
    expect(editableText(0.3, undefined, "0.0%", "en_IE", ZONE)).toBe("30%");
    expect(editableText(0.125, undefined, "0.0%", "sv_SE", ZONE)).toBe("12,5%");
    expect(editableText(1.5, undefined, undefined, "sv_SE", ZONE)).toBe("1,5");
    expect(editableText(100000, undefined, "[$€]#,##0", "en_IE", ZONE)).toBe("100000");
    expect(editableText(day(2026, 1, 31), undefined, "mmm yyyy", "en_IE", ZONE)).toBe("2026-01-31");
    expect(editableText(46388, undefined, "mmm yyyy", "en_IE", ZONE)).toBe("2027-01-01");
    // Text that would be read as a number keeps the apostrophe that makes it text.
    expect(editableText("007", undefined, undefined, "en_IE", ZONE)).toBe("'007");
    expect(editableText("Visit", undefined, undefined, "en_IE", ZONE)).toBe("Visit");
  });
});

describe("the served sidebar", () => {
  it("gets the google.script.run stand-in first in <head>", () => {
    const html = injectScript("<!doctype html><html><head><title>x</title></head></html>", "run()");
    expect(html).toBe(
      "<!doctype html><html><head><script>run()</script><title>x</title></head></html>",
    );
  });

  it("keeps a </script> inside the stand-in from closing its element", () => {
    expect(injectScript("<p>hi</p>", 'x("</script>")')).toBe(
      '<script>x("<\\/script>")</script><p>hi</p>',
    );
  });
});
