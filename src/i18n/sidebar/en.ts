/**
 * English text of the stage editor sidebar (SPEC §5). The sidebar follows the user's locale; the
 * messages the server sends it (store, validation) are in the UI catalogue.
 */
import { languageFormats } from "../format";

export function en() {
  const n = (count: number) => languageFormats("en").number(count);
  return {
    /** Joins names in a sentence ("Annual plan, Funnel health"). */
    listSeparator: ", ",
    funnel: "Funnel",
    newFunnel: "New funnel",
    createFunnel: "Create funnel",
    cancel: "Cancel",
    createHint: "Adds a sheet with the stage table and its named ranges.",
    /** The name the create form offers when the spreadsheet has no funnel yet. */
    defaultFunnelName: "Funnel",
    funnelName: "Funnel name",
    startFrom: "Start from",
    emptyTitle: "No funnel yet",
    emptyText:
      "A funnel is a table of stages — Lead, MQL, SQL, Customer… — with owners and conversion rates. Formulas such as REQUIRED_LEADS read it.",
    reload: "Reload",
    preset: "Preset",
    choosePreset: "Choose a preset…",
    apply: "Apply",
    presetHint:
      "Replaces the stages below with example rates. The sheet changes only when you save.",
    stages: "Stages",
    topFirst: " · top of the funnel first",
    addStage: "+ Add stage",
    save: "Save",
    saving: "Saving…",
    loading: "Loading…",
    unsaved: "Unsaved changes.",
    choosePresetFirst: "Choose a preset first.",
    presetApplied: (preset: string) =>
      `"${preset}" applied — not saved yet. Its rates are examples: replace them with yours.`,
    tableProblems: (count: number) =>
      count === 1
        ? "The table in the sheet has a problem. Fix it below and save:"
        : `The table in the sheet has ${n(count)} problems. Fix them below and save:`,
    rowProblem: (row: number, message: string) => `Row ${row}: ${message}`,
    couldNotLoad: (error: string) => `Could not load the funnel: ${error}`,
    reloaded: "Reloaded from the sheet.",
    notSavedFixFields: (count: number) =>
      count === 1
        ? "Not saved: fix the highlighted field first."
        : `Not saved: fix the ${n(count)} highlighted fields first.`,
    saved: (sheet: string, time: string) => `Saved to the "${sheet}" sheet at ${time}.`,
    /** A save done while the user kept typing: what they typed since is kept, not saved yet. */
    savedChangedSince: (sheet: string, time: string) =>
      `Saved to the "${sheet}" sheet at ${time}. What you typed since is kept, not saved yet.`,
    notSaved: "Not saved.",
    couldNotSave: (error: string) => `Could not save: ${error}`,
    created: (sheet: string) => `Created the "${sheet}" sheet.`,
    couldNotCreate: (error: string) => `Could not create the funnel: ${error}`,
    // Rename and delete a funnel.
    rename: "Rename",
    renameTitle: "Rename funnel",
    newName: "New name",
    renamed: (from: string, to: string) => `Renamed "${from}" to "${to}".`,
    renameHint: "Renames its sheet. Formulas keep working: the named ranges keep their names.",
    couldNotRename: (error: string) => `Could not rename: ${error}`,
    deleteFunnel: "Delete funnel",
    deleteConfirm: (funnel: string) =>
      `Delete the "${funnel}" funnel? Its sheet and named ranges are removed.`,
    deleteConfirmPlans: (funnel: string, count: number, plans: string) =>
      count === 1
        ? `Delete the "${funnel}" funnel? Its sheet and named ranges are removed, and the plan sheet ${plans} will show errors.`
        : `Delete the "${funnel}" funnel? Its sheet and named ranges are removed, and ${n(count)} plan sheets will show errors: ${plans}.`,
    deleteConfirmButton: "Delete",
    deleted: (funnel: string) => `Deleted the "${funnel}" funnel.`,
    couldNotDelete: (error: string) => `Could not delete the funnel: ${error}`,
    // Unsaved edits are never lost silently.
    unsavedPrompt: "You have unsaved changes to this funnel. Discard them?",
    discard: "Discard changes",
    keepEditing: "Keep editing",
    // One stage card.
    endOfFunnel: "end of funnel",
    toNext: (percent: string) => `${percent} to next`,
    unnamedStage: "Unnamed stage",
    moveUp: (stage: string) => `Move ${stage} up`,
    moveDown: (stage: string) => `Move ${stage} down`,
    deleteStage: (stage: string) => `Delete ${stage}`,
    up: "↑ Up",
    down: "↓ Down",
    delete: "Delete",
    needsFixing: "needs fixing",
    needsFixingTitle: "This stage needs fixing",
    stageName: "Stage name",
    stageNamePlaceholder: "e.g. MQL",
    owner: "Owner",
    noOwner: "—",
    otherOwner: "Other…",
    otherOwnerLabel: "Other owner",
    otherOwnerPlaceholder: "Team or person",
    conversionToNext: "Conversion to next (%)",
    daysInStage: "Days in stage",
    entryCriteria: "Entry criteria",
    exitCriteria: "Exit criteria",
    wonStage: "Won stage",
    wonStageHint:
      "The deal is won here. Later stages are post-sale: onboarding, adoption, expansion.",
    /** Shown under a percent field: what the typed text was read as. */
    understoodAs: (percent: string) => `understood as ${percent}`,
    nameTooLong: (max: number, length: number) =>
      `A funnel's name is its sheet's name, and sheet names have at most ${max} characters: shorten it (it has ${length}).`,
    crmSection: "Names in your CRM",
    crmNames: "CRM names",
    crmNamesHint: "One per line, as your CRM's export writes them.",
    crmNamesPlaceholder: "Appointment scheduled",
    endNames: "Names that end a record",
    endNamesHint:
      "Lost, disqualified, churned: one per line, as your CRM writes them. They count at no stage.",
    endNamesPlaceholder: "Closed lost",
  };
}

export type SidebarMessages = ReturnType<typeof en>;
