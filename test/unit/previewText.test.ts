/**
 * The preview's own words (toolbar, toasts, the title's hint and the language switches) are in
 * the user's language (SPEC §7, §11): no English left in sv, ru, pl or zh-CN, and every language
 * has each text.
 */
import { PAGE_HTML } from "../../preview/page/shell";
import { previewText } from "../../preview/previewText";
import type { Translated } from "../../src/i18n/glossary";
import { englishIn } from "../harness/englishText";

const LOCALES: Record<Translated, string> = { sv: "sv", ru: "ru", pl: "pl", "zh-CN": "zh_CN" };

/** Placeholders ({label}) and the command a developer types (npm start) are not prose. */
const prose = (text: string) => text.replace(/\{\w+\}/g, " ").replace(/npm start/g, " ");

describe.each(Object.entries(LOCALES) as [Translated, string][])(
  "the preview in %s",
  (language, locale) => {
    it("has every text in the language, none in English", () => {
      const english: Readonly<Record<string, string>> = { ...previewText("en") };
      const own: Readonly<Record<string, string>> = { ...previewText(locale) };
      expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
      const problems = Object.entries(own)
        .filter(
          ([key, text]) => text === english[key] || englishIn(prose(text), language).length > 0,
        )
        .map(([key, text]) => `${key}: ${text}`);
      expect(problems).toEqual([]);
    });
  },
);

describe("the preview page's static HTML", () => {
  it("holds no words to translate: every text is drawn from the user's language", () => {
    const visible = PAGE_HTML.replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<[^>]*>/g, " ")
      .replace(/&\w+;/g, " ");
    // Russian has no Latin words, so any English word left in the frame is found.
    expect(englishIn(visible, "ru")).toEqual([]);
  });
});
