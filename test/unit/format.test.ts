/**
 * Numbers, percents and times as each locale writes them (SPEC §11), through Intl: the locale's
 * decimal comma, and no-break spaces where it puts a space inside a number or before "%".
 */
import { formatsFor, languageFormats, localeTag } from "../../src/i18n/format";

const NBSP = "\u00a0";

describe("the locale a page formats with", () => {
  it.each([
    ["en_GB", "en-GB"],
    ["sv", "sv-SE"],
    ["sv_FI", "sv-FI"],
    ["zh_CN", "zh-CN"],
    ["en", "en-US"],
    ["", "en-US"],
    ["pt_BR", "pt-BR"],
    ["de", "de"],
    ["not a locale", "en-US"],
  ])("%p → %p", (locale, tag) => {
    expect(localeTag(locale)).toBe(tag);
  });

  it("writes an unsupported language's numbers its way while the words are English", () => {
    expect(formatsFor("de_DE").percent(0.3)).toBe("30\u00a0%");
    expect(formatsFor("de_DE").decimalSeparator).toBe(",");
  });
});

describe("formats", () => {
  it.each([
    ["en", "30%", "0.25%", "1,234,567.5", "1,250%"],
    ["sv", `30${NBSP}%`, `0,25${NBSP}%`, `1${NBSP}234${NBSP}567,5`, `1${NBSP}250${NBSP}%`],
    ["ru", `30${NBSP}%`, `0,25${NBSP}%`, `1${NBSP}234${NBSP}567,5`, `1${NBSP}250${NBSP}%`],
    ["pl", "30%", "0,25%", `1${NBSP}234${NBSP}567,5`, "1250%"],
    ["zh-CN", "30%", "0.25%", "1,234,567.5", "1,250%"],
  ] as const)(
    "%s writes 30 %%, 0.25 %%, 1234567.5 and 1250 %% its way",
    (lang, p30, p025, big, p1250) => {
      const f = languageFormats(lang);
      expect(f.percent(0.3)).toBe(p30);
      expect(f.percent(0.0025)).toBe(p025);
      expect(f.number(1234567.5)).toBe(big);
      expect(f.percent(12.5)).toBe(p1250);
    },
  );

  it("keeps the precision a rate was typed with (0.25 % stays 0.25 %, 12.345678 % too)", () => {
    expect(formatsFor("en").percent(0.12345678)).toBe("12.345678%");
    expect(formatsFor("en").percent(0.003)).toBe("0.3%");
  });

  it("says which decimal separator the locale uses", () => {
    expect(formatsFor("sv").decimalSeparator).toBe(",");
    expect(formatsFor("pl_PL").decimalSeparator).toBe(",");
    expect(formatsFor("en_US").decimalSeparator).toBe(".");
    expect(formatsFor("zh_CN").decimalSeparator).toBe(".");
  });

  it("writes a time of day as the locale does", () => {
    const at = new Date(2026, 2, 15, 15, 45);
    expect(formatsFor("en_US").time(at)).toMatch(/^3:45\sPM$/);
    expect(formatsFor("sv").time(at)).toBe("15:45");
    expect(formatsFor("ru").time(at.toISOString())).toBe("15:45");
  });

  it("writes an hour before ten with two digits where the locale's clock does (CLDR short time)", () => {
    // A save at 00:30 read "kl. 0:30" in Swedish: Intl's `hour: "numeric"` drops the zero that
    // the locales' own short time pattern (HH:mm) keeps; English keeps "9:05 AM".
    const early = new Date(2026, 2, 15, 0, 30);
    const morning = new Date(2026, 2, 15, 9, 5);
    for (const locale of ["sv", "ru", "pl_PL", "zh_CN", "en_GB"]) {
      expect(formatsFor(locale).time(early)).toBe("00:30");
      expect(formatsFor(locale).time(morning)).toBe("09:05");
    }
    expect(formatsFor("en_US").time(morning)).toMatch(/^9:05\sAM$/);
    expect(formatsFor("en_US").time(early)).toMatch(/^12:30\sAM$/);
  });
});
