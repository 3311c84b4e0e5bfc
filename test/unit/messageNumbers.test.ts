/**
 * Numbers inside server messages are written as the language writes them (SPEC §11), through the
 * one Intl helper (src/i18n/format.ts): decimal comma, no-break space inside a number.
 */
import { uiMessages } from "../../src/i18n/ui";

describe("measured days in the Use measured days alert", () => {
  it.each([
    ["en", 4.5, "Visit: 3 → 4.5 days"],
    ["en", 1, "Visit: 3 → 1 day"],
    ["sv", 4.5, "Visit: 3 → 4,5 dagar"],
    ["sv", 1, "Visit: 3 → 1 dag"],
    ["ru", 4.5, "Visit: 3 → 4,5 дн."],
    ["pl", 1, "Visit: 3 → 1 dzień"],
    ["pl", 4.5, "Visit: 3 → 4,5 dnia"],
    ["pl", 12, "Visit: 3 → 12 dni"],
    ["zh-CN", 4.5, "Visit：3 → 4.5 天"],
  ] as const)("%s, %s days: %s", (language, after, text) => {
    expect(uiMessages(language).plans.measuredDayChange("Visit", 3, after)).toBe(text);
  });

  it("shows a stage that had no days as —", () => {
    expect(uiMessages("sv").plans.measuredDayChange("Lead", null, 2)).toBe("Lead: — → 2 dagar");
  });

  it("groups thousands with the locale's no-break space", () => {
    expect(uiMessages("sv").plans.measuredDayChange("Lead", 1250, 1250.5)).toBe(
      "Lead: 1\u00a0250 → 1\u00a0250,5 dagar",
    );
  });
});

describe("the too-many-stages alert", () => {
  it.each([
    ["sv", "”EMEA” har 14 steg fram till det vunna steget; planerna har plats för 12."],
    ["zh-CN", "“EMEA”到赢单阶段共有 14 个阶段；计划最多容纳 12 个。"],
  ] as const)("%s: %s", (language, text) => {
    expect(uiMessages(language).plans.tooManyStages("EMEA", 14, 12)).toBe(text);
  });
});
