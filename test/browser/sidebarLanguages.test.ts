/**
 * The sidebar in every language (SPEC §11) at the 300 px Sheets gives it: the user's locale
 * (Session) decides; a funnel created from a preset gets that language's stage names; no label or
 * button is clipped, nothing overflows sideways, and no English sidebar or preset text is left.
 * A screenshot per language goes to test-artifacts/ (docs/ with UPDATE_SCREENSHOTS=1).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES, resolveLanguage, type Language } from "../../src/i18n/languages";
import { presetMessages } from "../../src/i18n/presets";
import { sidebarMessages } from "../../src/i18n/sidebar";
import { uiMessages } from "../../src/i18n/ui";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { openSidebar, useBrowser } from "../harness/sidebarPage";

jest.setTimeout(30_000);

const browserOf = useBrowser();

/** Every text of a message tree (functions called with a sample value). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function")
    return [String((value as (...a: unknown[]) => unknown)("X", 2, "Y"))];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** English texts a language writes differently: seeing one means a label fell back to English. */
function englishOnly(language: Language): Set<string> {
  const own = new Set([
    ...strings(sidebarMessages(language)),
    ...strings(presetMessages(language)),
    ...strings(uiMessages(language).validation),
  ]);
  return new Set(
    [
      ...strings(sidebarMessages("en")),
      ...strings(presetMessages("en")),
      ...strings(uiMessages("en").validation),
    ]
      .map((s) => s.trim())
      .filter((s) => s !== "" && !own.has(s)),
  );
}

const LOCALES: Record<Language, string> = {
  en: "en",
  sv: "sv",
  ru: "ru",
  pl: "pl_PL",
  "zh-CN": "zh_CN",
};

describe.each(LANGUAGES)("the sidebar in %s", (language) => {
  it("creates a funnel from a preset in that language; fits 300 px; no English left", async () => {
    expect(resolveLanguage(LOCALES[language])).toBe(language);
    const t = sidebarMessages(language);
    const s = await openSidebar(browserOf(), new FakeWorkbook(), LOCALES[language]);
    const page = s.page;
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      // No funnel yet: the create form is open. Create one from the first preset (Inbound).
      await page.locator("#create-name").fill("Pipeline");
      await page.locator("#create-funnel").click();
      await page.locator("details.stage").first().waitFor();
      const inbound = presetMessages(language).inbound.stages;
      expect(await page.locator(".stage-name").allTextContents()).toEqual([
        inbound.visit,
        inbound.lead,
        inbound.mql,
        inbound.sql,
        inbound.customer,
      ]);
      const table = s.addon.book.getSheetByName("Pipeline")!;
      expect(table.getRange("A2").getValue()).toBe(inbound.visit);
      expect(await page.locator("#status").textContent()).toBe(t.created("Pipeline"));

      // Open a card and type a rate so every kind of label is on screen.
      await page.locator('details.stage[data-index="1"] summary').click();
      await page
        .locator('details.stage[data-index="1"]')
        .getByLabel(t.conversionToNext)
        .fill("0.3");
      expect(
        await page.locator('details.stage[data-index="1"] [data-understood="rate"]').textContent(),
      ).toBe(t.understoodAs("0.3 %"));
      // A rule broken: its message next to the field, in the user's language.
      await page.locator('details.stage[data-index="1"]').getByLabel(t.daysInStage).fill("-1");
      await page
        .locator('details.stage[data-index="1"] .field-error', {
          hasText: uiMessages(language).validation.negativeDays,
        })
        .waitFor();
      await page.locator("#rename-funnel").click();

      const layout = await page.evaluate(() => {
        const visible = (e: Element) => (e as HTMLElement).offsetParent !== null;
        const clipped = [
          ...document.querySelectorAll("label, button, h2, select, summary span, .hint"),
        ]
          .filter(visible)
          .filter((e) => {
            const h = e as HTMLElement;
            const style = getComputedStyle(h);
            const right = h.getBoundingClientRect().right;
            const tooWide = style.display !== "inline" && h.scrollWidth > h.clientWidth + 1;
            return tooWide || right > document.documentElement.clientWidth + 0.5;
          })
          .map(
            (e) =>
              (e as HTMLElement).innerText ||
              e.getAttribute("aria-label") ||
              e.outerHTML.slice(0, 60),
          );
        const texts = [
          ...document.body.innerText.split("\n"),
          ...[...document.querySelectorAll("[placeholder]")].map(
            (e) => e.getAttribute("placeholder") ?? "",
          ),
          ...[...document.querySelectorAll("[aria-label]")].map(
            (e) => e.getAttribute("aria-label") ?? "",
          ),
          ...[...document.querySelectorAll("[title]")].map((e) => e.getAttribute("title") ?? ""),
          ...[...document.querySelectorAll("option")].map((e) => e.textContent ?? ""),
        ]
          .map((x) => x.trim())
          .filter((x) => x !== "");
        return {
          clipped,
          texts,
          bodyWidth: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
        };
      });
      expect(layout.viewport).toBe(300);
      expect(layout.bodyWidth).toBeLessThanOrEqual(layout.viewport);
      expect(layout.clipped).toEqual([]);
      const english = englishOnly(language);
      expect(layout.texts.length).toBeGreaterThan(30);
      expect(layout.texts.filter((x) => english.has(x))).toEqual([]);
      expect(s.pageErrors).toEqual([]);

      await page.evaluate(() => window.scrollTo(0, 0));
      const folder = process.env.UPDATE_SCREENSHOTS ? "docs" : "test-artifacts";
      const dir = join(__dirname, "..", "..", folder);
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `sidebar-${language}.png`) });
    } finally {
      await page.close();
    }
  });
});
