/** A plan built through the add-on formats money for its spreadsheet's locale (SPEC §11). */
import { anchorsOf, newPlan, withInboundFunnel } from "./templateHarness";

describe("money formats in a new plan follow the spreadsheet's locale", () => {
  it.each([
    ["sv_SE", "#,##0 [$kr]"],
    ["pl_PL", "#,##0 [$zł]"],
    ["ru_RU", "#,##0 [$₽]"],
    ["zh_CN", "[$¥]#,##0"],
    ["en_IE", "[$€]#,##0"],
  ])("%s: the annual plan's target and deal size read %s", (locale, pattern) => {
    const addon = withInboundFunnel();
    addon.book.setSpreadsheetLocale(locale);
    const plan = newPlan(addon, "newAnnualPlan");
    const { inputs, "volume.body": volume } = anchorsOf(plan);
    expect(plan.cell(inputs.row, inputs.col + 1)?.numberFormat).toBe(pattern);
    expect(plan.cell(inputs.row + 1, inputs.col + 1)?.numberFormat).toBe(pattern);
    expect(plan.cell(volume.row, volume.col + 2)?.numberFormat).toBe("#,##0");
  });
});

describe("month headers are dates drawn in the spreadsheet's locale", () => {
  // Sheets renders `mmm` as the month's short name in the spreadsheet's language; Chinese writes
  // 2027年5月, which takes the pattern spelled out (src/i18n/sheetFormats.ts cites the guide).
  it.each([
    ["sv_SE", "mmm yyyy"],
    ["pl_PL", "mmm yyyy"],
    ["ru_RU", "mmm yyyy"],
    ["en_US", "mmm yyyy"],
    ["zh_CN", 'yyyy"年"m"月"'],
  ])("%s: the plan's first month and its month headers read %s", (locale, pattern) => {
    const addon = withInboundFunnel();
    addon.book.setSpreadsheetLocale(locale);
    const plan = newPlan(addon, "newPlanVsActual");
    const a = anchorsOf(plan);
    const formatsOf = (row: number, col: number) =>
      plan.getRange(row, col, 1, 12).getNumberFormats()[0] ?? [];
    // The first month input, the revenue-per-month block's month row and the plan, actual and
    // attainment tables' header rows (found by their anchors): every month in that format.
    expect(plan.cell(a.inputs.row + 3, a.inputs.col + 1)?.numberFormat).toBe(pattern);
    const monthRows: [number, number][] = [
      [a.months.row, a.months.col + 1],
      [a["plan.header"].row, a["plan.header"].col + 1],
      [a["actual.header"].row, a["actual.header"].col],
      [a["attainment.header"].row, a["attainment.header"].col],
    ];
    for (const [row, col] of monthRows) {
      expect({ row, formats: formatsOf(row, col) }).toEqual({
        row,
        formats: new Array(12).fill(pattern),
      });
    }
  });
});
