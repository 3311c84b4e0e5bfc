/**
 * New plan's choose-funnel dialog as the add-on serves it (SPEC §6): with two funnels and neither
 * in view, New plan asks which; each funnel is a button that names it (as text, never HTML) and
 * counts its stages in the user's language; a click builds the plan in one round trip and closes.
 */
import { chooseFunnelMessages } from "../../src/i18n/chooseFunnel";
import { parseRecord } from "../../src/addon/templates/planRecord";
import { keyProblem } from "../../src/core/funnelKey";
import { HOSTILE_FUNNEL_NAME, openNewPlanDialog, useBrowser } from "../harness/sidebarPage";

jest.setTimeout(30_000);

const browser = useBrowser();

const HOSTILE = HOSTILE_FUNNEL_NAME;

// Funnel health asks no figures: its only question is the funnel (New plan's own dialog asks
// the funnel with the figures, test/browser/newPlan.test.ts).
const open = (locale: string) =>
  openNewPlanDialog(browser(), locale, "newFunnelHealth", { width: 360, height: 260 });

describe.each([
  ["en", "en", "4 stages", "7 stages"],
  ["ru", "ru", "4 этапа", "7 этапов"],
  ["pl", "pl_PL", "4 etapy", "7 etapów"],
  ["sv", "sv", "4 steg", "7 steg"],
  ["zh-CN", "zh_CN", "4 个阶段", "7 个阶段"],
] as const)("the choose-funnel dialog in %s", (language, locale, four, seven) => {
  it("names each funnel as text with its stage count; a choice builds the plan and closes", async () => {
    const t = chooseFunnelMessages(language);
    const s = await open(locale);
    const { page } = s;
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await page.locator("#prompt").textContent()).toBe(t.prompt);
      const choices = page.locator("button.choice");
      expect(await choices.locator(".name").allTextContents()).toEqual(["Funnel", HOSTILE]);
      expect(await choices.locator(".count").allTextContents()).toEqual([four, seven]);
      // A screen reader hears each choice as one phrase: the funnel and its stage count.
      const named = page.getByRole("button", { name: t.choiceLabel(HOSTILE, seven), exact: true });
      expect(await named.count()).toBe(1);
      expect(await page.locator("img").count()).toBe(0);
      expect(s.dialogs).toEqual([]);
      // The first choice has the focus: Enter picks it from the keyboard.
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("choice");
      expect(await page.locator("#cancel").textContent()).toBe(t.cancel);
      const sheets = s.addon.book.getSheets().length;
      await choices.nth(1).click();
      await page.waitForFunction(() => (window as unknown as { __closed: boolean }).__closed);
      expect(s.calls).toEqual(["newPlanForFunnel"]);
      expect(s.addon.book.getSheets().length).toBe(sheets + 1);
      const plan = s.addon.book.getActiveSheet();
      // The plan records the second funnel it was built on (its record is developer metadata).
      const record = plan
        .getDeveloperMetadata()
        .map((m) => parseRecord(m.getValue()))
        .find((r) => r !== undefined);
      expect(record?.funnelName).toBe(HOSTILE);
      expect(keyProblem(record?.funnel ?? "")).toBeUndefined(); // a key Sheets takes
      expect(record?.funnel).not.toBe("Funnel");
      expect(s.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
