/**
 * The sidebar in every language (SPEC §11) at the 300 px Sheets gives it, as a new user meets it:
 * the user's locale (Session) decides. Creating a funnel with an empty name, then a bad rate and a
 * bad number of days: every message, heading and status is in that language and every number in
 * its format (decimal comma, no-break space before "%"); the one rate convention holds ("0,3" and
 * "30" save as 30 %, "0,3 %" as 0,3 %); a preset's stages come in that language; no label is
 * clipped, nothing overflows sideways, and no English sidebar or preset text is left.
 * A screenshot per language goes to test-artifacts/ (docs/ with UPDATE_SCREENSHOTS=1).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { formatsFor } from "../../src/i18n/format";
import { LANGUAGES, resolveLanguage, type Language } from "../../src/i18n/languages";
import { presetMessages } from "../../src/i18n/presets";
import { sidebarMessages } from "../../src/i18n/sidebar";
import { uiMessages } from "../../src/i18n/ui";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { launchChromium, openSidebar } from "../harness/sidebarPage";

jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

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
    ...strings(uiMessages(language).store),
  ]);
  return new Set(
    [
      ...strings(sidebarMessages("en")),
      ...strings(presetMessages("en")),
      ...strings(uiMessages("en").validation),
      ...strings(uiMessages("en").store),
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

/** A time of day as each locale writes it (the save status). */
const TIME: Record<Language, RegExp> = {
  en: /\d{1,2}:\d{2}\s[AP]M/,
  sv: /\d{2}:\d{2}/,
  ru: /\d{2}:\d{2}/,
  pl: /\d{2}:\d{2}/,
  "zh-CN": /\d{2}:\d{2}/,
};

const card = (page: Page, index: number) => page.locator(`details.stage[data-index="${index}"]`);

/** Every visible text, placeholder, aria-label, title and option of the page. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
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
      .filter((x) => x !== ""),
  );
}

describe.each(LANGUAGES)("the sidebar in %s", (language) => {
  it("creates a funnel, explains bad input, reads rates by one convention, fits 300 px, in that language", async () => {
    expect(resolveLanguage(LOCALES[language])).toBe(language);
    const t = sidebarMessages(language);
    const ui = uiMessages(language);
    const f = formatsFor(LOCALES[language]);
    const s = await openSidebar(browser, new FakeWorkbook(), LOCALES[language]);
    const page = s.page;
    const status = page.locator("#status");
    const english = englishOnly(language);
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      // No funnel yet: the create form is open, offering the language's own default name.
      expect(await page.locator("h2", { hasText: t.emptyTitle }).isVisible()).toBe(true);
      expect(await page.locator("#create-name").inputValue()).toBe(t.defaultFunnelName);

      // An empty name is refused next to the field, in the language, with no round trip.
      await page.locator("#create-name").fill("  ");
      await page.locator("#create-funnel").click();
      expect(await page.locator("#create-error").textContent()).toBe(ui.store.nameRequired);
      expect(await page.locator("#create-name").getAttribute("aria-invalid")).toBe("true");
      expect(s.calls).toEqual([]);

      // Created from the first preset (Inbound): its stages in the language.
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
      expect(s.addon.book.getSheetByName("Pipeline")!.getRange("A2").getValue()).toBe(
        inbound.visit,
      );
      expect(await status.textContent()).toBe(t.created("Pipeline"));
      // Rates are shown in the locale's percent format: 2 % for Visit, 30 % for Lead.
      expect(await card(page, 0).locator(".stage-rate").textContent()).toBe(
        t.toNext(f.percent(0.02)),
      );

      // A bad rate and a bad number of days: each message next to its field, in the language.
      const lead = card(page, 1);
      await lead.locator("summary").click();
      await lead.getByLabel(t.conversionToNext).fill("abc");
      await lead.getByLabel(t.daysInStage).fill("x");
      expect(await lead.locator('[data-issue="stages.1.conversionToNext"]').textContent()).toBe(
        ui.validation.notAPercentTyped("abc"),
      );
      expect(await lead.locator('[data-issue="stages.1.daysInStage"]').textContent()).toBe(
        ui.validation.notDays("x"),
      );
      await lead.getByLabel(t.daysInStage).fill("-1");
      expect(await lead.locator('[data-issue="stages.1.daysInStage"]').textContent()).toBe(
        ui.validation.negativeDays,
      );
      await lead.getByLabel(t.conversionToNext).fill("150");
      expect(await lead.locator('[data-issue="stages.1.conversionToNext"]').textContent()).toBe(
        ui.validation.rateOutOfRange(1.5),
      );
      expect(
        await lead.locator('[data-issue="stages.1.conversionToNext"]').textContent(),
      ).toContain(f.percent(1.5));
      await page.locator("#save").click();
      expect(await status.textContent()).toBe(t.notSavedFixFields(2));
      expect(s.calls).toEqual(["createFunnel"]);

      // Open everything a user may meet, then look at the page as they see it.
      await lead.getByLabel(t.daysInStage).fill(f.number(2.5));
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
        return {
          clipped,
          bodyWidth: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
        };
      });
      expect(layout.viewport).toBe(300);
      expect(layout.bodyWidth).toBeLessThanOrEqual(layout.viewport);
      expect(layout.clipped).toEqual([]);
      const texts = await visibleTexts(page);
      expect(texts.length).toBeGreaterThan(30);
      expect(texts.filter((x) => english.has(x))).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      const folder = process.env.UPDATE_SCREENSHOTS ? "docs" : "test-artifacts";
      const dir = join(__dirname, "..", "..", folder);
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `sidebar-${language}.png`) });
      await page.locator("#rename-cancel").click();

      // The one rate convention, typed as this user types: each saved, the sheet holding it.
      const rateField = lead.getByLabel(t.conversionToNext);
      for (const [typed, fraction] of [
        ["0,3", 0.3],
        ["30", 0.3],
        ["0,3 %", 0.003],
      ] as const) {
        await rateField.fill(typed);
        expect(await lead.locator('[data-understood="rate"]').textContent()).toBe(
          t.understoodAs(f.percent(fraction)),
        );
        await rateField.press("Tab");
        expect(await rateField.inputValue()).toBe(f.percent(fraction));
        await page.locator("#save").click();
        await page.locator("#status.ok").waitFor();
        const saved = (await status.textContent()) ?? "";
        expect(saved).toMatch(TIME[language]);
        expect(saved.replace(TIME[language], "TIME")).toBe(t.saved("Pipeline", "TIME"));
        const sheet = s.addon.book.getSheetByName("Pipeline")!;
        expect(sheet.getRange("C3").getValue()).toBe(fraction);
        expect(sheet.getRange("D3").getValue()).toBe(2.5);
        // After the save the field shows the rate as read back from the sheet, in this locale.
        expect(await rateField.inputValue()).toBe(f.percent(fraction));
      }
      expect(f.percent(0.003)).toBe(
        { en: "0.3%", sv: "0,3\u00a0%", ru: "0,3\u00a0%", pl: "0,3%", "zh-CN": "0.3%" }[language],
      );
      expect((await visibleTexts(page)).filter((x) => english.has(x))).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
