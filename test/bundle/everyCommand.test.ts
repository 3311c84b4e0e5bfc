/**
 * Every menu command, in every language, through the faithful fakes (SPEC §10): pages are served
 * as Google serves them (parsed, re-serialised), so a command that read code or data from an
 * .html file, or handed out a page that does not parse, fails here as it would in Sheets. Each page
 * carries the user's language in its data.
 */
import { runNewPlan } from "../../fakes/newPlan";
import { openAddon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { LANGUAGES } from "../../src/i18n/languages";
import type { PageBasics } from "../../src/wire/pages";
import { servedPageData } from "../../fakes/pageData";
import { stage } from "../harness/stages";
import { MENU_COMMANDS } from "../harness/menu";

describe.each(LANGUAGES)("in %s", (language) => {
  const locale = language.replace("-", "_");

  it("every menu command runs, and every page it shows parses and speaks the language", () => {
    const book = new FakeWorkbook({}, { locale });
    const addon = openAddon(book, new FakeLock(), new FakeSession(locale));
    addon.bundle.call("onOpen", { authMode: "FULL" });
    expect(MENU_COMMANDS.length).toBeGreaterThanOrEqual(12);
    for (const command of MENU_COMMANDS) {
      const sheets = book.getSheets().map((s) => s.getName());
      // A plan command builds its sheet (a plan of a revenue target after its figures are
      // confirmed in New plan's dialog); others open pages or speak through alerts.
      expect(() => runNewPlan(addon, command)).not.toThrow();
      if (command.startsWith("new")) {
        expect(book.getSheets().length).toBeGreaterThan(sheets.length);
        if (command === "newCohorts") {
          // Use measured days needs a Cohorts sheet in view: it is now.
          expect(() => addon.bundle.call("useMeasuredDays")).not.toThrow();
        }
      }
    }
    // With two funnels and no funnel in view, New plan asks which, in a dialog of its own.
    const second = addon.run<{ ok: boolean }>("createFunnel", {
      name: "EMEA",
      stages: [stage("Lead", 0.5, 3), stage("Won", null)],
    });
    expect(second.ok).toBe(true);
    book.insertSheet("Notes").activate();
    const dialogs = book.ui.dialogs.length;
    addon.bundle.call("newAnnualPlan");
    expect(book.ui.dialogs.length).toBe(dialogs + 1);
    addon.run("newPlanForFunnel", "newAnnualPlan", "EMEA");
    const pages = [
      ...book.ui.sidebars.map((s) => s.getContent()),
      ...book.ui.dialogs.map((d) => d.content),
    ];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      expect(servedPageData<PageBasics>(page).language).toBe(language);
    }
  });
});
