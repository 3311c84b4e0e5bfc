/**
 * The server API of the stage editor: request and response shapes shared by the server functions
 * (src/addon/stageServer.ts) and the sidebar's typed google.script.run wrapper. Everything here is
 * plain JSON: no Date, no class instances (google.script.run drops what JSON cannot carry).
 * Replies carry what the stage editor shows next (the funnel list, the loaded funnel), so it never
 * needs a second round trip (SPEC §8).
 */
import type { Funnel, FunnelIssue, Stage } from "../core/funnel";
import type { stageServer } from "../addon/stageServer";

export interface FunnelSummary {
  key: string;
  name: string;
  stageCount: number;
}

/** A problem found in the sheet's table, reported with the sheet row it is on. */
export interface RowProblem {
  /** 1-based sheet row. */
  row: number;
  /** The stage's index in the table, when the problem belongs to one stage. */
  stageIndex?: number;
  field?: keyof Stage;
  message: string;
}

export interface LoadedFunnel {
  funnel: Funnel;
  /** Fingerprint of the table as read; sent back on save to detect edits made meanwhile. */
  fingerprint: string;
  problems: RowProblem[];
  /** ISO time of the read. */
  loadedAt: string;
}

export interface SaveRequest {
  funnel: Funnel;
  fingerprint: string;
}

/** What the stage editor shows when it opens: every funnel, and the one to edit first. */
export interface EditorBootData {
  funnels: FunnelSummary[];
  /** The default funnel, else the first; absent when the spreadsheet has none. */
  loaded?: LoadedFunnel;
}

export type SaveResult =
  | { ok: true; loaded: LoadedFunnel; funnels: FunnelSummary[] }
  | { ok: false; reason: "invalid"; message: string; issues: FunnelIssue[] }
  | {
      ok: false;
      /** refused: a bad request or a Sheets limit, nothing written; failed: a write failed and was undone. */
      reason: "conflict" | "busy" | "missing" | "refused" | "failed";
      message: string;
    };

/** A new funnel: its name and its first stages (the preset the user picked, from the sidebar). */
export interface CreateRequest {
  name: string;
  stages: Stage[];
  /** The preset's won stage when it is not the last (Bowtie: Commit). */
  wonStageIndex?: number;
  /** CRM names that end a record without reaching a further stage (Closed lost). */
  endNames?: string[];
}

export type CreateResult =
  | { ok: true; loaded: LoadedFunnel; funnels: FunnelSummary[] }
  | { ok: false; message: string; issues?: FunnelIssue[] };

/** Renaming a funnel: its sheet gets the new name; its key (and every formula) stays. */
export interface RenameRequest {
  key: string;
  name: string;
}

export type RenameResult =
  { ok: true; funnels: FunnelSummary[]; loaded: LoadedFunnel } | { ok: false; message: string };

/** The plan sheets built on a funnel (they record its key), to name before deleting it. */
export interface FunnelUsage {
  key: string;
  name: string;
  plans: string[];
}

/** After a delete: the funnels left, and the one the editor shows next (loaded), if any. */
export type DeleteResult =
  { ok: true; funnels: FunnelSummary[]; loaded?: LoadedFunnel } | { ok: false; message: string };

/**
 * Every server function the sidebar may call, with its argument and result: the type of the
 * server's own table of functions, so each is declared once (src/addon/stageServer.ts).
 */
export type StageServerApi = typeof stageServer;
