/**
 * SPEC §11 through the real sidebar: at 300 px no text is clipped and nothing overflows in the
 * longest languages — the unsaved-edits question, the stage list's names beside their rates.
 */
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { presets } from "../../src/i18n/presets";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { useStageEditor } from "../harness/sidebarPage";

jest.setTimeout(60_000);

const open = useStageEditor();

describe("the sidebar at 300 px", () => {
  it.each(["ru", "pl_PL", "sv_SE", "zh_CN", "en"])(
    "SPEC §5/§11: the unsaved-edits question fits the 300 px sidebar (%s)",
    async (locale) => {
      // Switching funnel with unsaved edits asks (confirm box). In Russian its buttons are long
      // ("Продолжить редактирование"): they must stay inside the 300 px sidebar.
      const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
      openAddon(book).run("createFunnel", { name: "EMEA", stages: presets("en")[1]!.stages });
      book.getSheetByName("Funnel")!.activate();
      const s = await open(book, locale);
      const lead = s.page.locator('details.stage[data-index="0"]');
      await lead.locator("summary").click();
      await lead.locator("input").first().fill("Lead 2");
      await s.page.locator("#funnel-picker").selectOption({ index: 1 });
      await s.page.locator('[role="alertdialog"]').waitFor();
      const layout = await s.page.evaluate(() => ({
        keepEditingRight: document.querySelector("#confirm-no")!.getBoundingClientRect().right,
        viewport: document.documentElement.clientWidth,
        pageWidth: document.documentElement.scrollWidth,
        clipped: [...document.querySelectorAll<HTMLElement>('[role="alertdialog"] *')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > 300)
          .map((e) => e.textContent),
      }));
      expect(layout.viewport).toBe(300);
      expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport);
      expect(layout.keepEditingRight).toBeLessThanOrEqual(layout.viewport);
      expect(layout.clipped).toEqual([]);
    },
  );

  it.each([
    ["pl_PL", "pl"],
    ["ru", "ru"],
    ["sv_SE", "sv"],
    ["zh_CN", "zh-CN"],
    ["en", "en"],
  ] as const)(
    "SPEC §11: the Lifecycle preset's own stage names are not cut at 300 px (%s)",
    async (locale, language) => {
      // The stage list shows each card's name with "20 % на следующий этап" /
      // "20% do następnego etapu"; the long rate text must leave the shipped preset names room
      // to be read whole (not "Potencjal…", "Subskryb…", "Szansa s…", "Потенциаль…").
      const book = new FakeWorkbook({ Notes: [] });
      openAddon(book).run("createFunnel", { name: "Lejek", stages: presets(language)[1]!.stages });
      book.getSheetByName("Lejek")!.activate();
      const s = await open(book, locale);
      const cut = await s.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("details.stage .stage-name")]
          .filter((n) => n.scrollWidth > n.clientWidth + 1)
          .map((n) => n.textContent),
      );
      expect(cut).toEqual([]);
      // The rate text is whole too, and both stay inside their card and the sidebar.
      const outside = await s.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("details.stage summary")].flatMap((summary) =>
          [...summary.querySelectorAll<HTMLElement>(".stage-name, .stage-rate")]
            .filter(
              (n) =>
                n.scrollWidth > n.clientWidth + 1 ||
                n.getBoundingClientRect().right > summary.getBoundingClientRect().right,
            )
            .map((n) => n.textContent),
        ),
      );
      expect(outside).toEqual([]);
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        300,
      );
    },
  );
});
