/**
 * CRM exports as they come (SPEC §3, "Layouts"): a record log (each record's stage, with an
 * optional status column), a stage history (one row per stage change: record id, stage, date) and
 * a stage-date matrix whose columns the CRM names. Each reader (recordLog, stageHistory,
 * stageDateMatrix) turns its layout into what the funnel math needs — how many records stopped at
 * each stage, which of them are still open, and the date each record first entered each stage —
 * or reports what it could not read, without a message (src/functions words those). This module
 * declares what they return.
 */

/** At most this many unknown names are listed in a message. */
export const MAX_UNKNOWN = 10;

/** A name the stage names do not know, where it first occurs (0-based row and column). */
export interface UnknownName {
  text: string;
  row: number;
  col: number;
  /** The cell held a number (counts given with stage names, perhaps). */
  numeric: boolean;
}

/** Every distinct unknown name (the first {@link MAX_UNKNOWN}) and how many there are. */
export interface Unknowns {
  unknown: UnknownName[];
  count: number;
}

/** A cell that cannot be read: a stage that is not text, a date that is not one, a status word. */
export interface BadCell {
  bad: "stage" | "date" | "status";
  row: number;
  col: number;
}

/** How many records stopped at each stage, and which of them are still open. */
export interface FunnelReach {
  /** Records whose furthest stage is each stage, top first. */
  highWater: number[];
  /** Of those, the records still open (not won, lost or otherwise closed). */
  openAt: number[];
  /** Whether the data shows which records are closed (a status, or a lost stage or column). */
  showsClosed: boolean;
}
