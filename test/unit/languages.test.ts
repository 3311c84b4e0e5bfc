import { LANGUAGES, resolveLanguage } from "../../src/i18n/languages";
import { pluralPl, pluralRu } from "../../src/i18n/plural";

describe("resolveLanguage", () => {
  it.each([
    // Spreadsheet locales (getSpreadsheetLocale)
    ["sv_SE", "sv"],
    ["ru_RU", "ru"],
    ["pl_PL", "pl"],
    ["zh_CN", "zh-CN"],
    ["en_US", "en"],
    ["en_GB", "en"],
    ["en_IE", "en"],
    ["sv_FI", "sv"],
    // User locales (Session.getActiveUserLocale) and browser tags
    ["sv", "sv"],
    ["ru", "ru"],
    ["pl", "pl"],
    ["zh", "zh-CN"],
    ["zh-CN", "zh-CN"],
    ["ZH_cn", "zh-CN"],
    ["zh_SG", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    // Traditional Chinese is not shipped: English, not the wrong script
    ["zh_TW", "en"],
    ["zh-HK", "en"],
    ["zh-Hant", "en"],
    // Unknown or missing
    ["pt_BR", "en"],
    ["de_DE", "en"],
    ["xx", "en"],
    ["", "en"],
    ["  ", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%p → %s", (locale, language) => {
    expect(resolveLanguage(locale)).toBe(language);
  });

  it("knows exactly the five languages of SPEC §11", () => {
    expect([...LANGUAGES]).toEqual(["en", "sv", "ru", "pl", "zh-CN"]);
  });
});

describe("plural forms", () => {
  const forms = { one: "one", few: "few", many: "many" };
  it.each([
    [1, "one"],
    [2, "few"],
    [4, "few"],
    [5, "many"],
    [11, "many"],
    [12, "many"],
    [21, "one"],
    [22, "few"],
    [25, "many"],
    [111, "many"],
    [0, "many"],
  ])("Russian %i → %s", (n, form) => {
    expect(pluralRu(n, forms)).toBe(form);
  });

  it.each([
    [1, "one"],
    [2, "few"],
    [4, "few"],
    [5, "many"],
    [12, "many"],
    [21, "many"],
    [22, "few"],
    [0, "many"],
  ])("Polish %i → %s", (n, form) => {
    expect(pluralPl(n, forms)).toBe(form);
  });
});
