/**
 * Money formats per spreadsheet locale (SPEC §11): the pattern text Sheets receives, and how the
 * preview's formatter (modelled on Sheets) draws it. Sheets itself puts in the locale's grouping
 * and decimal separators, so "#,##0" shows 100 000 in Sweden; the preview groups with commas.
 */
import { formatsForLocale, moneyFormatFor } from "../../src/addon/templates/currency";
import { formatsFor } from "../../src/addon/templates/sheetPlan";
import { formatNumber } from "../../preview/numberFormat";

describe("moneyFormatFor", () => {
  it.each([
    ["sv_SE", "#,##0 [$kr]", "100,000 kr"],
    ["pl_PL", "#,##0 [$zł]", "100,000 zł"],
    ["ru_RU", "#,##0 [$₽]", "100,000 ₽"],
    ["zh_CN", "[$¥]#,##0", "¥100,000"],
    ["en_IE", "[$€]#,##0", "€100,000"],
    ["en_US", "[$$]#,##0", "$100,000"],
    ["en_GB", "[$£]#,##0", "£100,000"],
    ["de_DE", "#,##0 [$€]", "100,000 €"],
    ["fr_FR", "#,##0 [$€]", "100,000 €"],
    ["nl_NL", "[$€] #,##0", "€ 100,000"],
    ["de_CH", "[$CHF] #,##0", "CHF 100,000"],
    ["nb_NO", "#,##0 [$kr]", "100,000 kr"],
    ["da_DK", "#,##0 [$kr.]", "100,000 kr."],
    ["ja_JP", "[$¥]#,##0", "¥100,000"],
  ])("%s → %s, drawn as %s", (locale, pattern, shown) => {
    expect(moneyFormatFor(locale)).toBe(pattern);
    expect(formatNumber(100000, pattern)).toBe(shown);
  });

  it("puts the minus sign before a suffixed amount, as Sheets does", () => {
    expect(formatNumber(-2500, moneyFormatFor("sv_SE"))).toBe("-2,500 kr");
  });

  it.each(["", undefined, "xx", "sv", "ru", "zh"])(
    "gives a plain number when the country is unknown (%p)",
    (locale) => {
      expect(moneyFormatFor(locale)).toBe("#,##0");
    },
  );
});

describe("formatsForLocale", () => {
  it("changes only the money format: separators and month names follow the locale in Sheets", () => {
    const formats = formatsForLocale("sv_SE");
    expect(formats).toEqual({ ...formatsFor(""), money: "#,##0 [$kr]" });
  });
});
