import { languageFormats } from "../format";
import { en as menu } from "../menu/en";

/**
 * English UI messages: the menu, dialogs, alerts and toasts, and the messages the server sends the
 * sidebar (stage store, validation). English is the source: its shape is `UiMessages`, and every
 * other language must match it key for key.
 */
export function en() {
  return {
    menu: menu(),
    reference: {
      title: "Funnel Math functions",
      hint: "Type one in a cell, e.g. =REQUIRED_LEADS(, to see what each argument means.",
    },
    sidebarTitle: "Funnel stages",
    plans: {
      createdDefaultFunnel: (name: string) =>
        `Created the "${name}" stage table from the Inbound preset. Edit it with Funnel Math ▸ Stage editor.`,
      noNamedRanges: (name: string) =>
        `The "${name}" table has no named ranges yet. Open Funnel Math ▸ Stage editor, save the funnel once, then create the plan again.`,
      chooseFunnelTitle: "Which funnel?",
      createPlan: "Create plan",
      chooseFunnelFor: (plan: string) => `${plan}: which funnel?`,
      newPlanFor: (plan: string) => `New plan: ${plan}`,
      badFigure: (field: string) =>
        `The plan's figures are not usable (${field}): open New plan again.`,
      tooManyStages: (name: string, count: string, room: string) =>
        `"${name}" has ${count} stages up to its won stage; plans have room for ${room}.`,
      cancel: "Cancel",
      notAPlan:
        "Refresh plan rebuilds a plan sheet from its funnel. Open a plan sheet (made with New plan) and try again.",
      refreshed: (funnel: string) =>
        `Plan rebuilt from the "${funnel}" funnel. Your inputs are kept.`,
      funnelMissing: (funnel: string) =>
        `This plan uses the "${funnel}" funnel, which is no longer in this spreadsheet.`,
      exportSqlTitle: "Funnel as SQL",
      exportSqlHint:
        "Copy this SQL into your data warehouse: it computes the same funnel from your CRM tables.",
      useMeasuredDays: "Use these days in the funnel",
      measuredDaysAsk: (funnel: string) =>
        `Use the measured days in stage in the "${funnel}" funnel? Before → after:`,
      measuredDaysSame: (funnel: string) =>
        `The "${funnel}" funnel already has the measured days: nothing to change.`,
      measuredDaysSaved: (funnel: string) =>
        `Saved the measured days in stage to the "${funnel}" funnel.`,
      notCohortsSheet:
        "Open a Cohorts sheet (New plan ▸ Cohorts and time in stage), paste your stage dates, then try again.",
      noMeasuredDays:
        "No stage has a measured median yet: the export needs records with dates in two neighbouring stages.",
      measuredDayChange: (stage: string, before: string, after: string) =>
        `${stage}: ${before} → ${after} days`,
      measuredDaysKept: (stages: string) => `Kept (no measurement): ${stages}`,
      measuredDaysFailed: (reason: string) => `The days were not saved: ${reason}`,
      olderPlan:
        "This plan was made by an earlier version of Funnel Math, so Refresh cannot find its blocks: make a new plan (New plan ▸ …) and copy your inputs over.",
      rowsInsideBlocks: (rows: string) =>
        `Rows ${rows} were inserted into (or deleted from) the plan's tables, so Refresh cannot tell which stage each row belongs to. Delete the inserted rows (or undo the deletion) — your own rows belong above, below or between the tables — then Refresh plan again.`,
      markersLost:
        "The plan's hidden row labels are gone (a hidden column was deleted?), so its blocks cannot be found. Undo that change, or make a new plan.",
      columnsMoved:
        "Columns were inserted or deleted inside the plan, so Refresh would write its blocks in the wrong place. Undo that (add your own columns to the right of the plan), then Refresh plan again.",
      occupied: (cells: string) =>
        `Refresh stopped: your cells ${cells} are inside the plan's tables, where its results spill. Move them outside the tables, then Refresh plan again. Nothing was changed.`,
      removedTableFull: (plan: string) =>
        `The "Removed stages" table of "${plan}" is full: clear entries you no longer need there, then try again.`,
      refreshFailed: (reason: string) =>
        `The plan was not refreshed: Sheets stopped (${reason}). Everything is as it was; try again.`,
      newPlanFailed: (reason: string) =>
        `The plan was not created: Sheets stopped (${reason}). Nothing was added; try again.`,
      exportMisaligned:
        "The export's columns no longer follow the funnel's stages (the funnel changed since this sheet was refreshed). Run Funnel Math ▸ Refresh plan on this sheet, check the measured days, then try again.",
    },
    store: {
      noSuchFunnel: (key: string) => `There is no funnel "${key}" in this spreadsheet any more.`,
      invalid: "Some stages need fixing before they can be saved.",
      busy: "Someone else is saving this spreadsheet. Try again in a moment.",
      sheetGone: (key: string) =>
        `The funnel's sheet is gone: there is no funnel "${key}" any more.`,
      conflict: (sheet: string) =>
        `The "${sheet}" table changed in the sheet since you opened it. Reload to see the new version (your unsaved edits will be lost).`,
      nameRequired: "Give the new funnel a name, e.g. EMEA.",
      renameRequired: "Give the funnel a name.",
      newStagesInvalid: "The new funnel's stages need fixing: choose a preset and try again.",
      sheetExists: (name: string) =>
        `A sheet called "${name}" already exists: choose another name.`,
    },
    validation: {
      tooManyStages: (max: number) =>
        `A funnel can have at most ${max} stages: merge or remove some before saving.`,
      tooFewStages:
        "A funnel needs at least two stages: where records enter and where they end up.",
      nameRequired: "Give this stage a name.",
      duplicateName: (first: number, name: string) =>
        `Stage ${first} is already called "${name}" — each stage needs its own name.`,
      lastStageNoRate: "The last stage is where the funnel ends: leave its conversion empty.",
      rateRequired: "Enter the share that moves on to the next stage, e.g. 30%.",
      rateOutOfRange: (fraction: number) =>
        `${languageFormats("en").percent(fraction)} is not possible: enter a conversion above 0% and at most 100%.`,
      lastStageNoDays: "The last stage has no days in stage: leave it empty.",
      wonStageNoRate: "The won stage is where acquisition ends: leave its conversion empty.",
      wonStageNoDays: "The won stage has no days in stage: leave it empty.",
      negativeDays: "Days in stage can't be negative.",
      notAPercentCell: (shown: string) =>
        `"${shown}" is not a percentage: enter a conversion such as 30%.`,
      notDays: (shown: string) => `"${shown}" is not a number of days: enter e.g. 14.`,
      notAPercentTyped: (typed: string) => `"${typed}" is not a percentage: enter e.g. 30.`,
      crmNameTaken: (name: string, stage: number, stageName: string) =>
        `"${name}" already belongs to stage ${stage} (${stageName}): a CRM name can point to one stage only.`,
      endNameTaken: (name: string, stage: number, stageName: string) =>
        `"${name}" is a name of stage ${stage} (${stageName}): a name that ends a record can't be a stage too.`,
    },
  };
}

export type UiMessages = ReturnType<typeof en>;
