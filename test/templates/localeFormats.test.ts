/** A plan built through the add-on formats money for its spreadsheet's locale (SPEC §11). */
import { newPlan, withInboundFunnel } from "./templateHarness";

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
    expect(plan.cell(5, 2)?.numberFormat).toBe(pattern);
    expect(plan.cell(6, 2)?.numberFormat).toBe(pattern);
    expect(plan.cell(11, 3)?.numberFormat).toBe("#,##0");
  });
});
