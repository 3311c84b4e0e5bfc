/**
 * The preview's language switch (SPEC §11): the user's language drives the menu and the sidebar,
 * the spreadsheet's locale the template sheets. In every language, Funnel health is made from the
 * menu and shows that language's text (none of English's), the page's own frame (title, hint, the
 * switches) follows it, and the stage editor opens in it.
 */
import type { Browser, Page } from "playwright-core";
import { previewText } from "../../preview/previewText";
import { startPreview, type RunningPreview } from "../../preview/server";
import { LANGUAGES, type Language } from "../../src/i18n/languages";
import { menuMessages } from "../../src/i18n/menu";
import { sheetMessages } from "../../src/i18n/sheet";
import { sidebarMessages } from "../../src/i18n/sidebar";
import { uiMessages } from "../../src/i18n/ui";
import { launchChromium } from "../../fakes/chromium";

jest.setTimeout(120_000);

let browser: Browser;
let preview: RunningPreview;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview({ port: 0 });
  page = await browser.newPage({ viewport: { width: 1680, height: 900 } });
  await page.goto(preview.url);
  await page.locator('td[data-a1="A1"]').waitFor();
});
afterAll(async () => {
  await page?.close();
  await preview?.close();
  await browser?.close();
});

const LOCALES: Record<Language, { user: string; spreadsheet: string }> = {
  en: { user: "en", spreadsheet: "en_IE" },
  sv: { user: "sv", spreadsheet: "sv_SE" },
  ru: { user: "ru", spreadsheet: "ru_RU" },
  pl: { user: "pl", spreadsheet: "pl_PL" },
  "zh-CN": { user: "zh_CN", spreadsheet: "zh_CN" },
};

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** English sheet texts the language writes differently. */
function englishOnly(language: Language): Set<string> {
  const own = new Set(strings(sheetMessages(language)));
  return new Set(strings(sheetMessages("en")).filter((s) => !own.has(s)));
}

/** Waits (bounded) for the preview server to have taken a change the page sent. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(check()).toBe(true);
}

describe("the preview in every language", () => {
  it.each(LANGUAGES)("%s: menu, a Funnel health plan and the stage editor", async (language) => {
    const { user, spreadsheet } = LOCALES[language];
    await page.locator("#user-locale").selectOption(user);
    await until(() => preview.session.view().locales.user === user);
    await page.locator("#spreadsheet-locale").selectOption(spreadsheet);
    await until(() => preview.session.book.getSpreadsheetLocale() === spreadsheet);

    // The page's own frame (title, its hint, the two switches) in the user's language too.
    const own = previewText(user);
    await page.locator("#doc-hint", { hasText: own.docHint }).waitFor();
    expect(await page.locator(".doc-title").textContent()).toBe(`${own.title} ${own.docHint}`);
    expect(await page.locator("#user-locale-label").textContent()).toBe(own.userLanguage);
    expect(await page.locator("#spreadsheet-locale-label").textContent()).toBe(
      own.spreadsheetLocale,
    );
    expect(await page.title()).toBe(own.title);
    if (language !== "en") expect(own.docHint).not.toBe(previewText("en").docHint);
    // What a screen reader names the frame's parts, in the same language.
    const names = await page.evaluate(() => ({
      formulaBar: document.getElementById("formula-input")?.getAttribute("aria-label"),
      grid: document.getElementById("grid")?.getAttribute("aria-label"),
      sidebarFrame: document.getElementById("sidebar-frame")?.getAttribute("title"),
    }));
    expect(names).toEqual({
      formulaBar: own.formulaBarLabel,
      grid: own.sheetGridLabel,
      sidebarFrame: own.sidebarLabel,
    });

    // The menu in the user's language.
    const menu = menuMessages(language);
    await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
    await page.locator(".menu-item.has-submenu", { hasText: menu.subMenus.newPlan }).hover();
    await page
      .locator('.menu-item[data-function="newFunnelHealth"]', {
        hasText: menu.items.newFunnelHealth,
      })
      .click();

    // The plan in the spreadsheet's language, on the default funnel (the Annual plan's).
    const t = sheetMessages(language).health;
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: t.sheetName }).waitFor();
    await page.locator('td[data-a1="A1"]', { hasText: t.title }).waitFor();
    const shown = await page.locator("td").allInnerTexts();
    const english = englishOnly(language);
    expect(shown.map((x) => x.trim()).filter((x) => english.has(x))).toEqual([]);
    expect(shown).toContain(t.stickiest);
    expect(shown.filter((x) => x.includes("#"))).toEqual([]);

    // The stage editor in the user's language.
    await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
    await page.locator('.menu-item[data-function="showStageEditor"]').click();
    await page.locator("#sidebar-title", { hasText: uiMessages(language).sidebarTitle }).waitFor();
    const frame = await (await page.locator("#sidebar-frame").elementHandle()).contentFrame();
    await frame!.locator("#save", { hasText: sidebarMessages(language).save }).waitFor();
    expect(await frame!.evaluate(() => document.documentElement.lang)).toBe(language);
  });
});
