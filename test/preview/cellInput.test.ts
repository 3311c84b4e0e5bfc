import { editableText, parseCellInput } from "../../preview/cellInput";
import { injectScript } from "../../preview/sidebarHtml";

describe("typing into a preview cell", () => {
  it.each([
    ["200000", { kind: "number", value: 200000 }],
    ["200,000", { kind: "number", value: 200000 }],
    ["€200,000", { kind: "number", value: 200000 }],
    ["-1.5", { kind: "number", value: -1.5 }],
    ["30%", { kind: "number", value: 0.3, percentFormat: "0%" }],
    ["12.5%", { kind: "number", value: 0.125, percentFormat: "0.0%" }],
    ["=SUM(A1:A3)", { kind: "formula", formula: "=SUM(A1:A3)" }],
    ["'007", { kind: "text", value: "007" }],
    ["Enterprise", { kind: "text", value: "Enterprise" }],
    ["1,23", { kind: "number", value: 1.23 }],
    ["12,5%", { kind: "number", value: 0.125, percentFormat: "0.0%" }],
    ["1 234,5", { kind: "number", value: 1234.5 }],
    ["−€5", { kind: "text", value: "−€5" }],
    ["-€5", { kind: "number", value: -5 }],
    ["  ", { kind: "clear" }],
    // Dates typed as Sheets reads them: a serial (days since 1899-12-30) shown as a date.
    ["2027-01-01", { kind: "date", serial: 46388, dateFormat: "yyyy-mm-dd" }],
    ["2026-3-5", { kind: "date", serial: 46086, dateFormat: "yyyy-mm-dd" }],
    ["Jan 2027", { kind: "date", serial: 46388, dateFormat: "mmm yyyy" }],
    ["January 2027", { kind: "date", serial: 46388, dateFormat: "mmm yyyy" }],
    ["15 Jan 2027", { kind: "date", serial: 46402, dateFormat: "d mmm yyyy" }],
    ["Jan 15, 2027", { kind: "date", serial: 46402, dateFormat: "d mmm yyyy" }],
    ["2027-02-30", { kind: "text", value: "2027-02-30" }],
    ["Janx 2027", { kind: "text", value: "Janx 2027" }],
  ])("%p is %p", (input, edit) => {
    expect(parseCellInput(input)).toEqual(edit);
  });

  it("shows a cell's formula, or its value as typed", () => {
    expect(editableText("", "=B5/B6", "#,##0")).toBe("=B5/B6");
    expect(editableText(0.3, undefined, "0.0%")).toBe("30%");
    expect(editableText(100000, undefined, "[$€]#,##0")).toBe("100000");
    expect(editableText(new Date(Date.UTC(2026, 0, 31)), undefined, "mmm yyyy")).toBe("2026-01-31");
    expect(editableText(46388, undefined, "mmm yyyy")).toBe("2027-01-01");
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
