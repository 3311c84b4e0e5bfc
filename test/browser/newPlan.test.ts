/**
 * New plan's dialog as the add-on serves it (SPEC §6): one question with the plan's figures, in
 * the user's language; funnel names are text, never HTML; amounts are read as the user's locale
 * writes them; a bad amount is said beside its field and nothing is built; Build builds the plan
 * with the typed figures in one round trip and closes.
 */
import { newPlanMessages } from "../../src/i18n/newPlan";
import { HOSTILE_FUNNEL_NAME, openNewPlanDialog, useBrowser } from "../harness/sidebarPage";

jest.setTimeout(30_000);

const browser = useBrowser();

const HOSTILE = HOSTILE_FUNNEL_NAME;

const open = (locale: string) =>
  openNewPlanDialog(browser(), locale, "newMonthlyTargets", { width: 380, height: 480 });

describe.each([
  ["en", "en", "100,000", "2,400,000"],
  ["sv", "sv", "100 000", "2 400 000"],
  ["ru", "ru", "100 000", "2 400 000"],
  ["pl", "pl_PL", "100 000", "2 400 000"],
  ["zh-CN", "zh_CN", "100,000", "2,400,000"],
] as const)("New plan's dialog in %s", (language, locale, example, typed) => {
  it("asks the figures once, names funnels as text, checks amounts, builds with what was typed", async () => {
    const t = newPlanMessages(language);
    const s = await open(locale);
    const { page } = s;
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await page.locator("#intro").textContent()).toBe(t.intro);
      for (const [id, text] of [
        ["target", t.target],
        ["dealSize", t.dealSize],
        ["firstMonth", t.firstMonth],
        ["currency", t.currency],
        ["funnel", t.funnel],
      ] as const)
        expect(await page.locator(`label[for="${id}"]`).textContent()).toBe(text);
      // Two funnels, none in view: the funnel is chosen here too; a name is text, never markup.
      const options = await page.locator("#funnel option").allTextContents();
      expect(options.some((o) => o.startsWith(HOSTILE))).toBe(true);
      expect(await page.locator("img").count()).toBe(0);
      // The example figures, written as the user's locale writes numbers, and said to be examples.
      expect((await page.locator("#target").inputValue()).replace(/\s/g, " ")).toBe(
        example.replace(/\s/g, " "),
      );
      expect(await page.locator("#source").textContent()).toBe(t.fromExample);
      expect(await page.locator("#currency").inputValue()).toBe("EUR"); // en_IE spreadsheet
      // A bad amount: said beside the field, nothing built.
      await page.locator("#target").fill("lots");
      await page.locator("#build").click();
      expect(await page.locator("#target-error").textContent()).toMatch(/2.400.000/);
      expect(s.calls).toEqual([]);
      // Typed as the locale writes it: 2 400 000 / 2,400,000.
      await page.locator("#target").fill(typed);
      await page.locator("#dealSize").fill("24000");
      await page.locator("#firstMonth").fill("2027-01");
      await page.locator("#funnel").selectOption({ index: 1 });
      const sheets = s.addon.book.getSheets().length;
      await page.locator("#build").click();
      await page.waitForFunction(() => (window as unknown as { __closed: boolean }).__closed);
      expect(s.calls).toEqual(["buildPlan"]);
      expect(s.addon.book.getSheets().length).toBe(sheets + 1);
      const plan = s.addon.book.getActiveSheet();
      expect(plan.getName()).toMatch(/./);
      expect(String(plan.getRange("A2").getValue())).toContain(HOSTILE);
      expect(plan.getRange("B5:B6").getValues()).toEqual([[2400000], [24000]]);
      expect(s.pageErrors).toEqual([]);
      expect(s.dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
