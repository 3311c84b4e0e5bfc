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
