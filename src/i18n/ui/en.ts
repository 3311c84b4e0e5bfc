import { languageFormats } from "../format";
import { en as menu } from "../menu/en";

/**
 * English UI messages: the menu, dialogs, alerts and toasts, and the messages the server sends the
 * sidebar (stage store, validation). English is the source: its shape is `UiMessages`, and every
 * other language must match it key for key.
 */
export function en() {
  const n = (count: number) => languageFormats("en").number(count);
  const days = (value: number | null) => (value === null ? "—" : n(value));
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
      tooManyStages: (name: string, count: number, room: number) =>
        `"${name}" has ${n(count)} stages up to its won stage; plans have room for ${n(room)}.`,
      cancel: "Cancel",
      notAPlan:
        "Refresh plan rebuilds a plan sheet from its funnel. Open a plan sheet (made with New plan) and try again.",
      refreshed: (funnel: string) =>
        `Plan rebuilt from the "${funnel}" funnel. Your inputs are kept.`,
      /** A sheet in view made from a deleted funnel: the command goes on with `used`. */
      viewFunnelGone: (gone: string, used: string) =>
        `The sheet in view was made from the "${gone}" funnel, which is no longer in this spreadsheet: using "${used}" instead.`,
      /** The same, where the user picks the funnel next. */
      viewFunnelGoneChoose: (gone: string) =>
        `The sheet in view was made from the "${gone}" funnel, which is no longer in this spreadsheet: choose another funnel.`,
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
      /** Days are medians (4.5): written in the language's digits; no measurement is "—". */
      measuredDayChange: (stage: string, before: number | null, after: number | null) =>
        `${stage}: ${days(before)} → ${days(after)} ${after === 1 ? "day" : "days"}`,
      measuredDaysKept: (stages: string) => `Kept (no measurement): ${stages}`,
      measuredDaysFailed: (reason: string) => `The days were not saved: ${reason}`,
      olderPlan:
        "This plan was made by an earlier version of Funnel Math, so Funnel Math cannot find its blocks: make a new plan (New plan ▸ …) and copy your inputs over.",
      rowsInsideBlocks: (rows: string) =>
        `Rows ${rows} were inserted into (or deleted from) the plan's tables, so Refresh cannot tell which stage each row belongs to. Delete the inserted rows (or undo the deletion) — your own rows belong above, below or between the tables — then Refresh plan again.`,
      markersLost:
        "The plan's hidden row labels are gone (a hidden column was deleted?), so its blocks cannot be found. Undo that change, or make a new plan.",
      columnsMoved:
        "Columns were inserted or deleted inside the plan, so Refresh would write its blocks in the wrong place. Undo that (add your own columns to the right of the plan), then Refresh plan again.",
      occupied: (cells: string) =>
        `Refresh stopped: your cells ${cells} are inside the plan's tables, where its results spill. Move them outside the tables, then Refresh plan again. Nothing was changed.`,
      tooManyRemoved: (plan: string, room: number) =>
        `This save removes more stages with inputs than the "Removed stages" table of "${plan}" can keep (room: ${room}). Clear the inputs you no longer need in "${plan}", or remove the stages over several saves, then try again.`,
      removedTableFull: (plan: string) =>
        `The "Removed stages" table of "${plan}" is full: clear entries you no longer need there, then try again.`,
      refreshFailed: "The plan was not refreshed: Sheets stopped.",
      newPlanFailed: "The plan was not created: Sheets stopped.",
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
      nameNotText: "The funnel name must be text, e.g. EMEA.",
      nameTooLong: (max: string, length: string) =>
        `A funnel's name is also its sheet's name, and a sheet name has at most ${max} characters: shorten it (it has ${length}).`,
      /** A request the stage editor should never send (a wrong type): `detail` names the field. */
      badRequest: (detail: string) =>
        `The stage editor sent something the add-on cannot read (${detail}). Reload the stage editor and try again.`,
      /** What was wrong with a request's field (completes badRequest's detail). */
      requestProblem: {
        missing: "missing",
        wrongType: "of the wrong type",
        empty: "empty",
      },
      fingerprintMissing:
        "This save does not say which version of the table it started from, so edits made in the sheet meanwhile could be lost: reload the funnel and save again.",
      lastSheet:
        "A spreadsheet needs at least one sheet: add another sheet before deleting this one.",
      sheetTooNarrow: (sheet: string, columns: string, needed: string) =>
        `The "${sheet}" sheet has only ${columns} columns but the stage table needs ${needed}: add columns to the sheet, then save again.`,
      columnInTheWay: (header: string, cell: string) =>
        `The table needs a "${header}" column, but cell ${cell} next to the table holds something: move it, then save again.`,
      mapInTheWay: (cell: string) =>
        `The CRM stage map beside the table needs cell ${cell}, which holds something: move it, then save again.`,
      cellTooLong: (row: string, column: string, length: string, max: string) =>
        `Row ${row}, ${column}: ${length} characters, but a cell in Sheets holds at most ${max} characters. Shorten it and save again.`,
      headerMissing: (sheet: string, row: string) =>
        `The header row of the "${sheet}" table (Stage, Owner, …) should be in row ${row}, right above the first stage, but it is not there: put it back, then reload.`,
      headerApart: (sheet: string, headerRow: string, firstRow: string) =>
        `In the "${sheet}" sheet, rows were added between the table's header (row ${headerRow}) and its first stage (row ${firstRow}): delete them so the header sits right above the stages, then reload.`,
      saveFailed: (step: string) => `The stages could not be saved: Sheets stopped while ${step}.`,
      createFailed: (name: string, step: string) =>
        `The funnel "${name}" could not be created: Sheets stopped while ${step}.`,
      renameFailed: (name: string, step: string) =>
        `The funnel "${name}" could not be renamed: Sheets stopped while ${step}.`,
      deleteFailed: (name: string, step: string) =>
        `The funnel "${name}" could not be deleted: Sheets stopped while ${step}.`,
      restored: "Everything is as it was before; nothing was lost. Try again.",
      notRestored: "Some of it could not be put back: check the sheet, then reload.",
      /** What the store was doing when Sheets failed: completes "Sheets stopped while …". */
      steps: {
        reading: "reading the table",
        makingRoom: "making room below the table",
        writingStages: "writing the stages",
        formattingRates: "formatting the conversion rates",
        clearingOldRows: "clearing the old rows below the table",
        markingWonStage: "showing the won stage as checkboxes",
        namingRanges: "pointing the funnel's named ranges at the table",
        keepingStageIds: "keeping the stage IDs",
        writingMap: "writing the CRM stage map",
        updatingPlans: "moving the plans' inputs with their stages",
        addingSheet: "adding the funnel's sheet",
        renamingSheet: "renaming the funnel's sheet",
        renamingPlans: "renaming the funnel in its plans",
        removingRanges: "removing the funnel's named ranges",
        deletingSheet: "deleting the funnel's sheet",
      },
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
      ambiguousNumber: (shown: string, grouped: string, decimal: string) =>
        `"${shown}" could be ${grouped} (comma as thousands separator) or ${decimal} (decimal comma) — type ${grouped} or ${decimal}.`,
      oneWonStage: (row: string) =>
        `Only one stage can be the won stage, and row ${row} is ticked already: untick one.`,
      endNamesPlace: (row: string) =>
        `Row ${row} has CRM names but no stage: names that end a record (lost, disqualified) belong in one row below the last stage.`,
      crmNameSeparator: (name: string) =>
        `"${name}": a CRM name can't contain ";" or a line break, which separate the names in the table.`,
      crmNameTooLong: (max: string) => `A CRM name can have at most ${max} characters.`,
      crmNameTaken: (name: string, stage: number, stageName: string) =>
        `"${name}" already belongs to stage ${stage} (${stageName}): a CRM name can point to one stage only.`,
      endNameTaken: (name: string, stage: number, stageName: string) =>
        `"${name}" is a name of stage ${stage} (${stageName}): a name that ends a record can't be a stage too.`,
    },
  };
}

export type UiMessages = ReturnType<typeof en>;
