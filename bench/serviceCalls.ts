/**
 * Service calls, flushes and google.script.run round trips of each user action of SPEC §8, counted
 * by the fakes (fakes/counting.ts) — deterministic, the same every run. Each action runs on two
 * workbooks: the one the preview opens on, and the same with 30 extra sheets and 10 more funnels,
 * so a count that grows with the workbook shows.
 *
 * An action is what the add-on does for one thing the user does: a menu command (no round trip:
 * Sheets runs it), then the server functions the page calls (each a round trip). The page flows
 * here are the pages' own (src/sidebar/main.ts); the browser tests check the pages call exactly
 * these.
 */
import { confirmNewPlan, runNewPlan } from "../fakes/newPlan";
import { openAddon, type Addon } from "../fakes/addon";
import { FakeWorkbook } from "../fakes/spreadsheet";
import { attachFormulaEngine } from "../fakes/workbookEngine";
import { presets } from "../src/i18n/presets";
import { inboundPreset } from "../src/i18n/presets/inbound";
import type { Funnel } from "../src/core/funnel";
import type { CreateResult, FunnelListing, LoadedFunnel } from "../src/wire/stageApi";
import { TEMPLATES } from "../src/addon/templates/catalog";
import { menuMessages } from "../src/i18n/menu";

/** A template's English menu label (the catalogue is the one place labels are written). */
function templateLabel(command: keyof ReturnType<typeof menuMessages>["items"]): string {
  return menuMessages("en").items[command];
}

export interface ActionCount {
  action: string;
  workbook: string;
  roundTrips: number;
  calls: number;
  flushes: number;
  /** The methods called most, for the table: "Range.setValues ×12". */
  top: string;
  budget: { roundTrips?: number; calls: number; flushes: number };
}

interface Action {
  name: string;
  budget: ActionCount["budget"];
  /** Prepares the workbook (not counted). */
  before?(addon: Addon): void;
  /**
   * The command asks a yes/no question midway (Ui.alert): the calls up to the question and those
   * after the answer are two waits, two rows ("…: until it asks", "…: after Yes").
   */
  question?: boolean;
  run(addon: Addon): void;
  /**
   * The page asks the user between two server calls (the sidebar's delete: it names the funnel's
   * plans, then deletes after Yes): `run` is the wait until it asks, this the wait after Yes.
   */
  afterYes?(addon: Addon): void;
}

function loaded(addon: Addon, key = "Funnel"): LoadedFunnel {
  return addon.run<LoadedFunnel>("loadFunnel", key);
}

/** The funnel with an Opportunity stage before its won stage: a save that grows the table. */
export function withStage(funnel: Funnel): Funnel {
  const copy = structuredClone(funnel);
  const won = copy.stages.length - 1;
  copy.stages.splice(won, 0, {
    name: "Opportunity",
    owner: "Sales",
    conversionToNext: 0.4,
    daysInStage: 20,
    entryCriteria: "",
    exitCriteria: "",
  });
  return copy;
}

/**
 * Opening the stage editor: the menu command hands out the page with the funnel list and the
 * funnel in view already loaded; the page itself calls nothing.
 */
function openEditor(addon: Addon): void {
  addon.bundle.call("showStageEditor");
}

const BOWTIE = presets("en").find((p) => p.id === "bowtie");

/**
 * New plan as the user waits for it. A plan of a revenue target asks its figures first, so the
 * user waits twice — for the menu command to open the dialog, then, after typing the figures,
 * for its Build — and each wait is its own row held to New plan's budget (SPEC §8 budgets what a
 * user waits for at once; the time spent typing in between is the user's, not a service call's).
 * Any other plan is one wait: the menu command builds it.
 */
function newPlanWaits(template: (typeof TEMPLATES)[number]): Action[] {
  const label = `New plan ▸ ${templateLabel(template.command)}`;
  const budget = { calls: 30, flushes: 1 };
  const inView = (addon: Addon) => addon.book.getSheetByName("Funnel")?.activate();
  if (!template.planInputs)
    return [
      {
        name: label,
        budget,
        before: inView,
        run: (addon) => void addon.bundle.call(template.command),
      },
    ];
  let from = 0;
  return [
    {
      name: `${label}: the dialog opens`,
      budget,
      before: inView,
      // A menu command: Sheets runs it, no google.script.run round trip.
      run: (addon) => void addon.bundle.call(template.command),
    },
    {
      name: `${label}: Build`,
      budget,
      before: (addon) => {
        inView(addon);
        from = addon.book.ui.dialogs.length;
        addon.bundle.call(template.command);
      },
      run: (addon) => {
        if (!confirmNewPlan(addon, from, template.command))
          throw new Error(`${label}: no figures dialog to confirm`);
      },
    },
  ];
}

function actions(): Action[] {
  let current: LoadedFunnel | undefined;
  let next: string | undefined;
  const list: Action[] = [
    {
      name: "open the stage editor (list + first funnel shown)",
      budget: { roundTrips: 1, calls: 15, flushes: 0 },
      run: openEditor,
    },
    {
      name: "save a funnel (a 6th stage: the table grows)",
      budget: { roundTrips: 1, calls: 30, flushes: 1 },
      before: (addon) => {
        current = loaded(addon);
      },
      run: (addon) => {
        if (!current) throw new Error("no funnel loaded");
        // The reply carries the funnel list: the page fetches nothing after it.
        addon.run("saveFunnel", {
          funnel: withStage(current.funnel),
          fingerprint: current.fingerprint,
        });
      },
    },
    {
      name: "create a funnel from the Bowtie preset",
      budget: { roundTrips: 1, calls: 30, flushes: 1 },
      run: (addon) => {
        const created = addon.run<CreateResult>("createFunnel", {
          name: "Bowtie",
          stages: BOWTIE?.stages ?? [],
          wonStageIndex: BOWTIE?.wonStageIndex,
        });
        if (!created.ok) throw new Error(created.message);
      },
    },
    ...TEMPLATES.flatMap((template): Action[] => newPlanWaits(template)),
    ...TEMPLATES.map((template): Action => ({
      name: `Refresh plan (${templateLabel(template.command)})`,
      budget: { calls: 30, flushes: 1 },
      before: (addon) => {
        addon.book.getSheetByName("Funnel")?.activate();
        runNewPlan(addon, template.command);
      },
      run: (addon) => addon.bundle.call("refreshPlan"),
    })),
    {
      // With measured medians (the Cohorts sheet's example export, evaluated as Sheets does), the
      // command shows before → after and asks: the user waits until it asks, reads, says yes,
      // and waits for the save. Each wait is its own row, as New plan's dialog and Build are.
      name: "Use measured days in the funnel (Cohorts sheet)",
      budget: { calls: 30, flushes: 1 },
      question: true,
      before: (addon) => {
        attachFormulaEngine(addon.book, addon.functions);
        addon.book.getSheetByName("Funnel")?.activate();
        addon.bundle.call("newCohorts");
        addon.book.ui.answers.push("YES");
      },
      run: (addon) => addon.bundle.call("useMeasuredDays"),
    },
    {
      name: "rename a funnel",
      budget: { roundTrips: 1, calls: 30, flushes: 1 },
      run: (addon) => addon.run("renameFunnel", { key: "Funnel", name: "Pipeline" }),
    },
    {
      // The sidebar asks first, naming the plans that use the funnel (funnelUsage), then deletes
      // after Yes; the reply carries the funnel shown next. The user reads the question between
      // the two, so each is a wait of its own, as Use measured days' are.
      name: "delete a funnel",
      budget: { calls: 30, flushes: 1 },
      before: (addon) => {
        // The funnel the sidebar's list shows after this one: it asks for it to be shown next.
        next = addon.run<FunnelListing[]>("getFunnels").find((f) => f.key !== "Funnel")?.key;
      },
      run: (addon) => void addon.run("funnelUsage", "Funnel"),
      afterYes: (addon) =>
        void (next
          ? addon.run("deleteFunnel", "Funnel", next)
          : addon.run("deleteFunnel", "Funnel")),
    },
  ];
  return list;
}

/** The preview's workbook (SPEC §7): the Inbound funnel and an annual plan. */
function previewWorkbook(): Addon {
  const addon = openAddon(new FakeWorkbook({ Sheet1: [] }));
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages: inboundPreset("en").stages,
  });
  if (!created.ok) throw new Error(created.message);
  runNewPlan(addon, "newAnnualPlan");
  return addon;
}

/** The same with 30 sheets of someone's data and 10 more funnels. */
function busyWorkbook(): Addon {
  const addon = previewWorkbook();
  for (let i = 1; i <= 30; i++) {
    const sheet = addon.book.insertSheet(`Data ${i}`);
    sheet.getRange(1, 1, 3, 3).setValues([
      ["Deal", "Stage", "Amount"],
      [`D-${i}`, "Lead", 1000 * i],
      [`E-${i}`, "MQL", 2000 * i],
    ]);
  }
  for (let i = 1; i <= 10; i++) {
    const created = addon.run<CreateResult>("createFunnel", {
      name: `Region ${i}`,
      stages: inboundPreset("en").stages,
    });
    if (!created.ok) throw new Error(created.message);
  }
  return addon;
}

function top(addon: Addon): string {
  return [...addon.counts.byMethod()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([method, n]) => `${method} ×${n}`)
    .join(", ");
}

/** Every action's counts on both workbooks; `only` picks actions by name (the tests' subset). */
export function serviceCallCounts(only: (action: string) => boolean = () => true): ActionCount[] {
  const rows: ActionCount[] = [];
  for (const [workbook, make] of [
    ["preview", previewWorkbook],
    ["+30 sheets, +10 funnels", busyWorkbook],
  ] as const) {
    for (const action of actions().filter((a) => only(a.name))) {
      const addon = make();
      action.before?.(addon);
      const row = (name: string): ActionCount => ({
        action: name,
        workbook,
        roundTrips: addon.roundTrips(),
        calls: addon.counts.calls.length,
        flushes: addon.counts.flushes,
        top: top(addon),
        budget: action.budget,
      });
      let asked: ActionCount | undefined;
      if (action.question) {
        // The question ends the first wait: its row is taken there, and the count starts again.
        const ui = addon.book.ui;
        const alert = ui.alert.bind(ui);
        ui.alert = (title: string, prompt?: string, buttons?: unknown) => {
          const answer = alert(title, prompt, buttons);
          if (buttons === ui.ButtonSet.YES_NO && !asked) {
            asked = row(`${action.name}: until it asks`);
            addon.counts.reset();
          }
          return answer;
        };
      }
      addon.counts.reset();
      action.run(addon);
      if (action.afterYes) {
        asked = row(`${action.name}: until it asks`);
        addon.counts.reset();
        action.afterYes(addon);
        rows.push(asked, row(`${action.name}: after Yes`));
      } else if (action.question) {
        if (!asked) throw new Error(`${action.name}: it asked nothing`);
        rows.push(asked, row(`${action.name}: after Yes`));
      } else rows.push(row(action.name));
    }
  }
  return rows;
}
