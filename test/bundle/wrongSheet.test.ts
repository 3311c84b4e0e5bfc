/**
 * Every command on a sheet it cannot act on (SPEC §6): the user reads why and what to do — an
 * alert when the command stops, a toast when it goes on with another funnel — never nothing and
 * never a raw error; and a command about "the funnel in view" (the sidebar, Export as SQL, New
 * plan) opens on the funnel of the sheet in view. Through dist/Code.js against the fakes; the same
 * texts in the other four languages are read by test/bundle/noEnglish.test.ts.
 */
import { runNewPlan } from "../../fakes/newPlan";
import { openAddon, type Addon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { FakeSheet } from "../../fakes/sheet";
import { servedPageData } from "../../fakes/pageData";
import { templateOf } from "../../src/addon/templates/catalog";
import { presets } from "../../src/i18n/presets";
import { uiMessages } from "../../src/i18n/ui";
import type { NewPlanData, SqlExportData, StageEditorData } from "../../src/wire/pages";
import type { ChooseFunnelData } from "../../src/wire/pages";
import { at } from "../harness/at";
import { MENU_COMMANDS } from "../harness/menu";

const TEMPLATE_COMMANDS = MENU_COMMANDS.filter((c) => templateOf(c) !== undefined);
const t = uiMessages("en");

/** What one command showed the user: alerts, toasts, pages, and the sheets it added. */
interface Shown {
  alerts: string[];
  toasts: string[];
  sidebars: StageEditorData[];
  dialogs: { title: string; data: Partial<NewPlanData & SqlExportData & ChooseFunnelData> }[];
  newSheets: string[];
}

function run(addon: Addon, command: string, sheet: string, confirm = false): Shown {
  const { book } = addon;
  book.getSheetByName(sheet)!.activate();
  const before = {
    alerts: book.ui.alerts.length,
    toasts: book.toasts.length,
    sidebars: book.ui.sidebars.length,
    dialogs: book.ui.dialogs.length,
    sheets: new Set(book.getSheets().map((s) => s.getName())),
  };
  // Nothing a command meets on the sheet in view may escape as a raw error.
  if (confirm) expect(() => runNewPlan(addon, command)).not.toThrow();
  else expect(() => addon.bundle.call(command)).not.toThrow();
  return {
    alerts: book.ui.alerts.slice(before.alerts).map((a) => a.prompt),
    toasts: book.toasts.slice(before.toasts).map((a) => a.message),
    sidebars: book.ui.sidebars
      .slice(before.sidebars)
      .map((s) => servedPageData<StageEditorData>(s.getContent())),
    dialogs: book.ui.dialogs
      .slice(before.dialogs)
      .map((d) => ({ title: d.title, data: servedPageData(d.content) })),
    newSheets: book
      .getSheets()
      .map((s) => s.getName())
      .filter((n) => !before.sheets.has(n)),
  };
}

/** Something the user can see: a command never answers with nothing. */
function somethingShown(shown: Shown): number {
  return (
    shown.alerts.length +
    shown.toasts.length +
    shown.sidebars.length +
    shown.dialogs.length +
    shown.newSheets.length
  );
}

/** The funnel a new plan sheet records (its developer metadata, written by the bundle). */
function recordedFunnel(addon: Addon, sheetName: string): string | undefined {
  const sheet = addon.book.getSheetByName(sheetName)!;
  const text = sheet
    .getDeveloperMetadata()
    .map((m) => m.getValue())
    .find((v) => v?.includes('"template"'));
  return text ? (JSON.parse(text) as { funnel: string }).funnel : undefined;
}

function withFunnels(names: readonly string[]): Addon {
  const addon = openAddon(new FakeWorkbook({ Notes: [["keep me"]] }));
  names.forEach((name, i) => {
    const preset = at(presets("en"), i === 0 ? 0 : 3);
    const created = addon.run<{ ok: boolean }>("createFunnel", {
      name,
      stages: preset.stages,
      wonStageIndex: preset.wonStageIndex,
    });
    expect(created.ok).toBe(true);
  });
  return addon;
}

/** A plan (and a Cohorts sheet) built on EMEA, then EMEA deleted: the plans stay, orphaned. */
function orphanedPlans(remaining: readonly string[]): Addon {
  const addon = withFunnels([...remaining, "EMEA"]);
  addon.book.getSheetByName("EMEA")!.activate();
  runNewPlan(addon, "newMonthlyTargets");
  addon.book.getSheetByName("EMEA")!.activate();
  runNewPlan(addon, "newCohorts");
  expect(addon.run<{ ok: boolean }>("deleteFunnel", "EMEA").ok).toBe(true);
  expect(addon.book.getSheetByName("Monthly targets")).not.toBeNull();
  expect(addon.book.getSheetByName("Cohorts")).not.toBeNull();
  return addon;
}

describe("a plan whose funnel was deleted, in view", () => {
  const addon = orphanedPlans(["Funnel"]);
  const gone = t.plans.viewFunnelGone("EMEA", "Funnel");

  it.each(MENU_COMMANDS)("%s says why (or acts on the sheet alone)", (command) => {
    const shown = run(addon, command, "Monthly targets", true);
    expect(somethingShown(shown)).toBeGreaterThan(0);
    const template = templateOf(command);
    if (command === "refreshPlan") {
      expect(shown.alerts).toEqual([t.plans.funnelMissing("EMEA")]);
    } else if (command === "useMeasuredDays") {
      expect(shown.alerts).toEqual([t.plans.notCohortsSheet]);
    } else if (command === "showStageEditor") {
      expect(shown.toasts).toEqual([gone]);
      expect(shown.sidebars.map((s) => s.loaded?.funnel.key)).toEqual(["Funnel"]);
    } else if (command === "showSqlExport") {
      expect(shown.toasts).toEqual([gone]);
      expect(shown.dialogs.map((d) => d.data.funnelKey)).toEqual(["Funnel"]);
    } else if (template?.needsFunnel) {
      // The only funnel left is used, and the toast says so; the plan records it.
      expect(shown.toasts).toEqual([gone]);
      expect(shown.newSheets).toHaveLength(1);
      expect(recordedFunnel(addon, at(shown.newSheets, 0))).toBe("Funnel");
    } else if (template) {
      // A plan of no funnel (channel economics) needs nothing of the sheet in view.
      expect(shown.toasts).toEqual([]);
      expect(shown.newSheets).toHaveLength(1);
    } else {
      expect(command).toBe("showFunctionReference");
      expect(shown.alerts).toHaveLength(1);
    }
  });

  it("Use measured days on its Cohorts sheet names the deleted funnel", () => {
    const shown = run(addon, "useMeasuredDays", "Cohorts");
    expect(shown.alerts).toEqual([t.plans.funnelMissing("EMEA")]);
  });
});

describe("a plan whose funnel was deleted, in view, with no funnel left", () => {
  const addon = orphanedPlans([]);

  it("the sidebar and Export as SQL open on their empty state, and say why", () => {
    const sidebar = run(addon, "showStageEditor", "Monthly targets");
    expect(sidebar.sidebars.map((s) => s.funnels)).toEqual([[]]);
    expect(sidebar.toasts).toEqual([t.plans.funnelMissing("EMEA")]);
    const sql = run(addon, "showSqlExport", "Monthly targets");
    expect(sql.dialogs.map((d) => d.data.funnels)).toEqual([[]]);
    expect(sql.toasts).toEqual([t.plans.funnelMissing("EMEA")]);
  });
});

describe("a plan whose funnel was deleted, in view, with two funnels left", () => {
  const addon = orphanedPlans(["Funnel", "APAC"]);

  it.each(TEMPLATE_COMMANDS.filter((c) => templateOf(c)?.needsFunnel))(
    "%s asks which funnel, and says why",
    (command) => {
      const shown = run(addon, command, "Monthly targets");
      expect(shown.toasts).toEqual([t.plans.viewFunnelGoneChoose("EMEA")]);
      expect(shown.newSheets).toEqual([]);
      expect(shown.dialogs).toHaveLength(1);
      expect(shown.dialogs[0]?.data.funnels?.map((f) => f.key)).toEqual(["Funnel", "APAC"]);
    },
  );
});

describe("a sheet of the user's (no plan, no funnel) in view, two funnels", () => {
  const addon = withFunnels(["Funnel", "EMEA"]);

  it("Refresh plan and Use measured days say which sheet they need", () => {
    expect(run(addon, "refreshPlan", "Notes").alerts).toEqual([t.plans.notAPlan]);
    expect(run(addon, "useMeasuredDays", "Notes").alerts).toEqual([t.plans.notCohortsSheet]);
  });

  it.each(TEMPLATE_COMMANDS.filter((c) => templateOf(c)?.needsFunnel))(
    "%s asks which funnel (never guesses), with no toast",
    (command) => {
      const shown = run(addon, command, "Notes");
      expect(shown.toasts).toEqual([]);
      expect(shown.newSheets).toEqual([]);
      expect(shown.dialogs[0]?.data.funnels?.map((f) => f.key)).toEqual(["Funnel", "EMEA"]);
    },
  );

  it("the sidebar and Export as SQL open on the default funnel, silently", () => {
    const sidebar = run(addon, "showStageEditor", "Notes");
    expect(sidebar.sidebars.map((s) => s.loaded?.funnel.key)).toEqual(["Funnel"]);
    const sql = run(addon, "showSqlExport", "Notes");
    expect(sql.dialogs.map((d) => d.data.funnelKey)).toEqual(["Funnel"]);
    expect([...sidebar.toasts, ...sql.toasts, ...sidebar.alerts, ...sql.alerts]).toEqual([]);
  });
});

describe("the funnel of the sheet in view", () => {
  const addon = withFunnels(["Funnel", "EMEA"]);
  addon.book.getSheetByName("EMEA")!.activate();
  runNewPlan(addon, "newAnnualPlan");
  const plan = addon.book.getActiveSheet().getName();

  it.each(["EMEA", plan])("on %s, the sidebar, Export as SQL and New plan use EMEA", (sheet) => {
    expect(run(addon, "showStageEditor", sheet).sidebars.at(0)?.loaded?.funnel.key).toBe("EMEA");
    expect(run(addon, "showSqlExport", sheet).dialogs.at(0)?.data.funnelKey).toBe("EMEA");
    const offered = run(addon, "newMonthlyTargets", sheet).dialogs.at(0)?.data.funnels;
    expect(offered?.map((f) => f.key)).toEqual(["EMEA"]);
    const built = run(addon, "newFunnelHealth", sheet);
    expect(built.newSheets).toHaveLength(1);
    expect(recordedFunnel(addon, at(built.newSheets, 0))).toBe("EMEA");
  });
});

describe("a stage table typed by hand (no named ranges yet)", () => {
  const addon = openAddon(
    new FakeWorkbook({
      Funnel: [
        [
          "Stage",
          "Owner",
          "Conversion to next",
          "Days in stage",
          "Entry criteria",
          "Exit criteria",
        ],
        ["Lead", "Marketing", 0.1, 10, "", ""],
        ["MQL", "SDR", 0.3, 7, "", ""],
        ["Customer", "Sales", "", "", "", ""],
      ],
    }),
  );

  it.each(TEMPLATE_COMMANDS.filter((c) => templateOf(c)?.needsFunnel))(
    "%s says to save the funnel once (not that there is no funnel), before asking any figures",
    (command) => {
      const shown = run(addon, command, "Funnel");
      expect(shown.alerts).toEqual([t.plans.noNamedRanges("Funnel")]);
      expect(shown.dialogs).toEqual([]);
      expect(shown.newSheets).toEqual([]);
    },
  );

  it.each(TEMPLATE_COMMANDS.filter((c) => templateOf(c)?.needsFunnel))(
    "%s from another sheet: the same, once the funnel is chosen",
    (command) => {
      if (!addon.book.getSheetByName("Notes")) addon.book.insertSheet("Notes");
      const shown = run(addon, command, "Notes", true);
      expect(shown.alerts).toEqual([t.plans.noNamedRanges("Funnel")]);
      expect(shown.newSheets).toEqual([]);
    },
  );
});

describe("a Cohorts sheet with no export pasted yet", () => {
  const addon = withFunnels(["Funnel"]);
  addon.book.getSheetByName("Funnel")!.activate();
  runNewPlan(addon, "newCohorts");
  const cohorts = addon.book.getActiveSheet().getName();

  it("Use measured days says there is nothing measured yet", () => {
    const shown = run(addon, "useMeasuredDays", cohorts);
    expect(shown.alerts).toEqual([t.plans.noMeasuredDays]);
    expect(addon.book.ui.alerts.some((a) => a.prompt.includes("→"))).toBe(false);
  });
});

describe("a Cohorts sheet whose hidden labels were changed", () => {
  const cohortsSheet = () => {
    const addon = withFunnels(["Funnel"]);
    addon.book.getSheetByName("Funnel")!.activate();
    runNewPlan(addon, "newCohorts");
    return { addon, sheet: addon.book.getActiveSheet() };
  };
  /** Cells holding `test` (a hidden row marker, or an export column's stage key). */
  const cellsWhere = (sheet: FakeSheet, test: (text: string) => boolean) =>
    sheet
      .getDataRange()
      .getValues()
      .flatMap((line, r) =>
        line.flatMap((v, c) =>
          typeof v === "string" && test(v) ? [{ r: r + 1, c: c + 1, v }] : [],
        ),
      );

  it("row markers gone (their column deleted): Use measured days says what happened", () => {
    const { addon, sheet } = cohortsSheet();
    const markers = cellsWhere(sheet, (v) => v.startsWith("fm:"));
    expect(markers.length).toBeGreaterThan(5);
    for (const m of markers) sheet.getRange(m.r, m.c).setValue("");
    expect(run(addon, "useMeasuredDays", sheet.getName()).alerts).toEqual([t.plans.markersLost]);
    expect(run(addon, "refreshPlan", sheet.getName()).alerts).toEqual([t.plans.markersLost]);
  });

  it("export columns no longer in the funnel's order: Use measured days says to refresh", () => {
    const { addon, sheet } = cohortsSheet();
    const keys = cellsWhere(sheet, (v) => v.startsWith('{"k"'));
    const [first, second] = keys;
    expect(first?.r).toBe(second?.r);
    sheet.getRange(first!.r, first!.c).setValue(second!.v);
    sheet.getRange(second!.r, second!.c).setValue(first!.v);
    expect(run(addon, "useMeasuredDays", sheet.getName()).alerts).toEqual([
      t.plans.exportMisaligned,
    ]);
  });
});

describe("plans made by an earlier version of the layouts", () => {
  const addon = withFunnels(["Funnel"]);
  const older = (command: string): string => {
    addon.book.getSheetByName("Funnel")!.activate();
    runNewPlan(addon, command);
    const sheet = addon.book.getActiveSheet();
    const record = sheet.getDeveloperMetadata().find((m) => m.getValue()?.includes('"layout"'));
    const value = JSON.parse(record!.getValue()!) as { layout: number };
    record!.setValue(JSON.stringify({ ...value, layout: value.layout - 1 }));
    return sheet.getName();
  };

  it("Refresh plan and Use measured days say the plan is older, and what to do", () => {
    expect(run(addon, "refreshPlan", older("newMonthlyTargets")).alerts).toEqual([
      t.plans.olderPlan,
    ]);
    expect(run(addon, "useMeasuredDays", older("newCohorts")).alerts).toEqual([t.plans.olderPlan]);
    expect(t.plans.olderPlan).not.toContain("Refresh");
  });

  it("a template's new layout leaves the other templates' plans current", () => {
    // Funnel health alone moved to layout 5: a Monthly targets plan recorded at 4 is refreshed,
    // a Funnel health plan recorded at 4 is an earlier layout.
    const recorded = (name: string): number => {
      const sheet = addon.book.getSheetByName(name)!;
      const record = sheet.getDeveloperMetadata().find((m) => m.getValue()?.includes('"layout"'));
      return (JSON.parse(record!.getValue()!) as { layout: number }).layout;
    };
    addon.book.getSheetByName("Funnel")!.activate();
    runNewPlan(addon, "newMonthlyTargets");
    const monthly = addon.book.getActiveSheet().getName();
    expect(recorded(monthly)).toBe(4);
    expect(run(addon, "refreshPlan", monthly).alerts).toEqual([]);
    const health = older("newFunnelHealth");
    expect(recorded(health)).toBe(4);
    expect(run(addon, "refreshPlan", health).alerts).toEqual([t.plans.olderPlan]);
  });
});

describe("a spreadsheet without any funnel", () => {
  const addon = openAddon(new FakeWorkbook({ Notes: [["keep me"]] }));

  it("the sidebar and Export as SQL open on their empty state; Refresh says why", () => {
    const sidebar = run(addon, "showStageEditor", "Notes");
    expect(sidebar.sidebars.map((s) => s.funnels)).toEqual([[]]);
    const sql = run(addon, "showSqlExport", "Notes");
    expect(sql.dialogs.map((d) => d.data.funnels)).toEqual([[]]);
    expect(run(addon, "refreshPlan", "Notes").alerts).toEqual([t.plans.notAPlan]);
    expect(run(addon, "useMeasuredDays", "Notes").alerts).toEqual([t.plans.notCohortsSheet]);
  });
});

describe("New plan's dialog sends a template that does not exist", () => {
  it("the user reads why, not a raw error", () => {
    const addon = withFunnels(["Funnel"]);
    const alerts = addon.book.ui.alerts.length;
    expect(() => addon.run("buildPlan", "newNothing", "Funnel", {})).not.toThrow();
    expect(addon.book.ui.alerts.slice(alerts).map((a) => a.prompt)).toEqual([
      t.store.badRequest("template: newNothing"),
    ]);
  });
});
