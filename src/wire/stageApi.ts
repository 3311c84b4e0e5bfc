/**
 * The server API of the stage editor: request and response shapes shared by the server functions
 * (src/addon/stageServer.ts) and the sidebar's typed google.script.run wrapper. Everything here is
 * plain JSON: no Date, no class instances (google.script.run drops what JSON cannot carry).
 * Replies carry what the stage editor shows next (the funnel list, the loaded funnel, a new name),
 * so it needs no second round trip (SPEC §8) — but after a delete whose next funnel could not be
 * loaded with it.
 */
import type { Funnel, FunnelIssue, Stage } from "../core/funnel";

/**
 * A funnel as the stage editor lists it: its key and its name (its sheet's). Nothing else, so the
 * list asks Sheets nothing per funnel beyond those (SPEC §8).
 */
export interface FunnelListing {
  key: string;
  name: string;
}

/** A funnel as New plan's dialogs offer it: with its number of stages. */
export interface FunnelSummary extends FunnelListing {
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
  /**
   * The funnel as its table holds it, each stage with its `id` (the sidebar sends it back). A
   * store that keeps CRM names sends `funnel.endNames` (an array, empty when there are none) and
   * each stage's `crmNames`: the sidebar offers the CRM-name fields only then, and then sends
   * every list, empty ones too, so clearing a field clears the table.
   */
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

/**
 * Replies that change the list carry what the sidebar shows next (SPEC §8: one round trip per
 * action): the funnel list as it now is, and the funnel to show.
 */
export type SaveResult =
  | { ok: true; loaded: LoadedFunnel; funnels: FunnelListing[] }
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
  /** Names in the CRM's data that end a record (Closed Lost…); absent means none. */
  endNames?: string[];
}

export type CreateResult =
  | { ok: true; loaded: LoadedFunnel; funnels: FunnelListing[] }
  | { ok: false; message: string; issues?: FunnelIssue[] };

/** Renaming a funnel: its sheet gets the new name; its key (and every formula) stays. */
export interface RenameRequest {
  key: string;
  name: string;
}

/**
 * `funnel`: the funnel as it is now named (the sidebar renames it in the list it shows; the funnel
 * in view keeps its stages) — no list of every funnel, whose names cost calls per funnel (SPEC §8).
 * `loaded` only when the rename wrote the table — a table typed by hand got its named ranges and
 * stage ids — so no rename reads a table just to send it back.
 */
export type RenameResult =
  { ok: true; funnel: FunnelListing; loaded?: LoadedFunnel } | { ok: false; message: string };

/** The plan sheets built on a funnel (they record its key), to name before deleting it. */
export interface FunnelUsage {
  key: string;
  name: string;
  plans: string[];
}

/**
 * `loaded`: the funnel the sidebar asked to show next (`next`, from the list it shows: the default
 * funnel, else the first left); absent when it asked for none or that one could not be read. The
 * sidebar drops the deleted funnel from its own list: no list of every funnel is read (SPEC §8).
 */
export type DeleteResult = { ok: true; loaded?: LoadedFunnel } | { ok: false; message: string };

/** Every server function the sidebar may call, with its argument and result. */
export interface StageServerApi {
  getFunnels(): FunnelListing[];
  loadFunnel(key: string): LoadedFunnel;
  saveFunnel(request: SaveRequest): SaveResult;
  createFunnel(request: CreateRequest): CreateResult;
  renameFunnel(request: RenameRequest): RenameResult;
  funnelUsage(key: string): FunnelUsage;
  deleteFunnel(key: string, next?: string): DeleteResult;
}
