/**
 * Plans follow their funnel's stages (SPEC §6, §9): when a save changes the stage list, every
 * per-stage input a plan of that funnel holds moves with its stage (found by the stage's id, not
 * its row); a new stage gets an empty, marked input; a removed stage's inputs are kept where the
 * user can find them. The stage store calls this inside a save's all-or-nothing step: each write
 * registers its undo in `undo`, run in reverse if a later step fails.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A stage as plans know it: its id and its name now. */
export interface StageRef {
  id: string;
  name: string;
}

export interface PlanSync {
  spreadsheet: Spreadsheet;
  funnelKey: string;
  /** The acquisition stages (up to the won stage) before the save, top first. */
  before: readonly StageRef[];
  /** The same after the save. */
  after: readonly StageRef[];
  undo: (() => void)[];
}

/** Moves every plan's per-stage inputs to follow the stage list (not yet: plans realign on Refresh). */
export function syncPlans(_sync: PlanSync): void {
  // Implemented with the plans' anchors (SPEC §9): until then Refresh plan realigns by name.
}
