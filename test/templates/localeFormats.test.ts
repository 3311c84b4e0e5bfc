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
    expect(plan.cell(8, 2)?.numberFormat).toBe(pattern);
    // The first month is a date, not text: the header row takes its months from it.
    expect(plan.getRange(8, 2).getValue()).toBeInstanceOf(Date);
    // The plan, actual and attainment tables' header rows: every month a date in that format.
    const headerRows = [];
    for (let row = 12; row <= plan.getLastRow(); row++) {
      const months = plan.getRange(row, 2, 1, 12);
      const formats = months.getNumberFormats()[0] ?? [];
      if (formats.every((f) => f === pattern)) {
        expect(months.getValues()[0]?.every((v) => v instanceof Date)).toBe(true);
        headerRows.push(row);
      }
    }
    expect(headerRows.length).toBeGreaterThanOrEqual(3);
  });
});
