/**
 * What every stage-store command shares (SPEC §5, §9): its services, the user's words (one helper
 * turns any failure into a sentence in their language), one read of a funnel's sheet, the lock,
 * and the summaries replies carry.
 */
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { stageTableMessages, type StageTableMessages } from "../i18n/stageTable";
import { uiMessages, type UiMessages } from "../i18n/ui";
import { namedRangeNames } from "../core/funnelRanges";
import type { FunnelListing, FunnelSummary, LoadedFunnel } from "../wire/stageApi";
import type { FunnelDirectory, FunnelEntry } from "./funnelDirectory";
import { readTable, type SheetCells, type TableState } from "./funnelTable";
import { WriteFailed, type Step } from "./journal";
import { loadedAfterWrite, type SavePlan } from "./savePlan";
import type { LockPort, SheetPort } from "./sheetsPort";
import type { PlanSync } from "./templates/planSync";
import type { FunnelLine } from "./templates/planTitles";
import type { TableWriteDeps } from "./tableWrite";
import { withCrmFields } from "./stageTable";

/** What the plans need to follow a save (templates/planSync.ts: syncPlans). */
export type PlanSyncRequest = Omit<PlanSync, "spreadsheet" | "userLanguage" | "locale">;

/** A plan's line naming its funnel (templates/planTitles.ts). */
export interface PlanLine {
  sheetName(): string;
}

/** The plan sheets of a funnel and renaming it in them (templates/planTitles.ts). */
export interface PlanTitles<L extends PlanLine = PlanLine> {
  plansOf(funnel: { key: string; name: string }): PlanLine[];
  /** The plans with what a rename needs of them, read before any write. */
  linesOf(funnel: { key: string; name: string }): L[];
  rename(
    lines: readonly L[],
    funnel: { key: string; name: string },
    newName: string,
    undo: (() => void)[],
  ): void;
}

export type Messages = Pick<UiMessages, "store" | "validation">;

export interface StageStoreDeps extends TableWriteDeps {
  documentLock: () => LockPort;
  /** Pushes pending writes before the lock is released (SpreadsheetApp.flush). */
  flush: () => void;
  now: () => Date;
  /**
   * The user's language (read once per command: each read of the user's locale is a service
   * call): messages speak it and write numbers as it does ("50 000"). English if absent.
   */
  userLanguage?: () => Language;
  /** The spreadsheet's language: a table's header and the default funnel's name are in it. */
  sheetLanguage?: () => Language;
  /**
   * Called inside a save's all-or-nothing step, before the table is written. It throws a
   * `Refused` (./journal.ts) to decline in the user's words: the save is undone and says so.
   */
  syncPlans?: (sync: PlanSyncRequest) => void;
  plans?: PlanTitles<FunnelLine>;
  /** Whether a plan still uses the funnel key (templates/planRecord.ts: planKeyInUse). */
  planKeyInUse?: (key: string) => boolean;
}

const LOCK_WAIT_MS = 10_000;

export type Command = "save" | "create" | "rename" | "delete";

/** A sheet's cells as read once, with their number formats when a write needs them. */
export type SheetRead = SheetCells & { formats?: string[][] };

/**
 * `catalogue` as `resolve` gives it, asked for only when one of its entries is first read (every
 * language has the English catalogue's keys): a command with nothing to say never reads the user's
 * locale, and each read is a service call (SPEC §8).
 */
function whenRead<T extends object>(keys: T, resolve: () => T): T {
  const out = {} as T;
  for (const key of Object.keys(keys) as (keyof T)[])
    Object.defineProperty(out, key, { enumerable: true, get: () => resolve()[key] });
  return out;
}

export class StoreContext {
  private language: Language | undefined;
  private messages: Messages | undefined;
  private numbers: Messages["store"] | undefined;
  private lazy: { m: Messages; checks: Messages["store"] } | undefined;
  private tableText: StageTableMessages | undefined;

  constructor(readonly deps: StageStoreDeps) {}

  private get userLanguage(): Language {
    this.language ??= this.deps.userLanguage?.() ?? DEFAULT_LANGUAGE;
    return this.language;
  }

  private inUserLanguage(): Messages {
    this.messages ??= uiMessages(this.userLanguage);
    return this.messages;
  }

  private whenRead(): { m: Messages; checks: Messages["store"] } {
    if (this.lazy) return this.lazy;
    const keys = uiMessages(DEFAULT_LANGUAGE);
    this.lazy = {
      m: {
        store: whenRead(keys.store, () => this.inUserLanguage().store),
        validation: whenRead(keys.validation, () => this.inUserLanguage().validation),
      },
      checks: whenRead(keys.store, () => {
        this.numbers ??= this.withNumbers(this.inUserLanguage().store);
        return this.numbers;
      }),
    };
    return this.lazy;
  }

  /** The user's messages (their language is looked up when a message is first read). */
  get m(): Messages {
    return this.whenRead().m;
  }

  /** The store's messages with their numbers written in the user's language ("50 000"). */
  checkText(): Messages["store"] {
    return this.whenRead().checks;
  }

  private withNumbers(t: Messages["store"]): Messages["store"] {
    const format = new Intl.NumberFormat(this.userLanguage);
    const n = (text: string) => (/^\d+$/.test(text) ? format.format(Number(text)) : text);
    return {
      ...t,
      cellTooLong: (row, column, length, max) => t.cellTooLong(row, column, n(length), n(max)),
      nameTooLong: (max, length) => t.nameTooLong(n(max), n(length)),
    };
  }

  /** The stage table's own words, in the spreadsheet's language. */
  sheetText(): StageTableMessages {
    this.tableText ??= stageTableMessages(this.deps.sheetLanguage?.() ?? DEFAULT_LANGUAGE);
    return this.tableText;
  }

  /**
   * Any failure of a command, in words: which step Sheets stopped at and whether everything is
   * back as it was. Google's own message ("Service Spreadsheets failed…") is never shown.
   */
  failure(command: Command, name: string, e: unknown): string {
    const t = this.m.store;
    const step: Step = e instanceof WriteFailed ? e.step : "reading";
    const restored = e instanceof WriteFailed ? e.restored : true;
    const what = t.steps[step];
    const head =
      command === "save"
        ? t.saveFailed(what)
        : command === "create"
          ? t.createFailed(name, what)
          : command === "rename"
            ? t.renameFailed(name, what)
            : t.deleteFailed(name, what);
    return `${head} ${restored ? t.restored : t.notRestored}`;
  }

  /** A request of the wrong shape: which argument, and what was wrong with it. */
  badRequest(
    check: { field: string; problem: keyof Messages["store"]["requestProblem"] },
    argument = "request",
  ): string {
    const field = check.field === "request" ? argument : check.field;
    const t = this.m.store;
    return t.badRequest(`${field}: ${t.requestProblem[check.problem]}`);
  }

  /** The sheet's cells once: values, formulas and notes (and what it shows, when asked). */
  read(sheet: SheetPort, withFormats = false): SheetRead {
    const range = sheet.getDataRange();
    let displayed: string[][] | undefined;
    return {
      values: range.getValues(),
      formulas: range.getFormulas(),
      notes: range.getNotes(),
      formats: withFormats ? range.getNumberFormats() : undefined,
      displayed: () => (displayed ??= range.getDisplayValues()),
    };
  }

  table(entry: FunnelEntry, cells: SheetCells): TableState {
    return readTable(cells, entry, this.m);
  }

  loaded(entry: FunnelEntry, cells: SheetCells): LoadedFunnel {
    return this.loadedOf(this.table(entry, cells));
  }

  loadedOf(table: TableState): LoadedFunnel {
    return {
      funnel: withCrmFields(table.funnel),
      fingerprint: table.fingerprint,
      problems: table.problems,
      loadedAt: this.deps.now().toISOString(),
    };
  }

  /** The funnel as a load right after a write reads it, without reading it again. */
  loadedAfter(entry: FunnelEntry, plan: SavePlan): LoadedFunnel {
    return loadedAfterWrite(entry, plan, this.m, this.deps.now().toISOString());
  }

  /** The name of a sheet called `name` ignoring case (Sheets' rule), when there is one. */
  sheetNamed(name: string, except?: SheetPort): string | undefined {
    const lower = name.toLowerCase();
    for (const sheet of this.deps.spreadsheet.getSheets()) {
      if (sheet === except) continue;
      const own = sheet.getName();
      if (own.toLowerCase() === lower) return own;
    }
    return undefined;
  }

  /** Runs `work` under the document lock, its writes pushed out before the lock is released. */
  locked<T>(busy: () => T, work: () => T): T {
    const lock = this.deps.documentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
    try {
      const result = work();
      this.deps.flush();
      return result;
    } finally {
      lock.releaseLock();
    }
  }
}

/** A funnel with its number of stages (New plan's dialogs): places the funnel (SPEC §8). */
export function summaryOf(entry: FunnelEntry): FunnelSummary {
  return { key: entry.key, name: entry.name, stageCount: entry.stageCount };
}

/** A funnel as the stage editor lists it: its key and name, nothing Sheets must place. */
export function listingOf(entry: Pick<FunnelEntry, "key" | "name">): FunnelListing {
  return { key: entry.key, name: entry.name };
}

/** The stage editor's list (SPEC §5), in the directory's order. */
export function listing(directory: FunnelDirectory): FunnelListing[] {
  return directory.funnels.map(listingOf);
}

/** The named ranges a new funnel with `key` takes over: broken ones of its exact names. */
export function rangesOf(directory: FunnelDirectory, key: string): FunnelEntry["ranges"] {
  const out: FunnelEntry["ranges"] = {};
  const names = namedRangeNames(key);
  for (const part of Object.keys(names) as (keyof typeof names)[]) {
    const existing = directory.named.get(names[part].toLowerCase());
    if (existing && existing.getName() === names[part]) out[part] = existing;
  }
  return out;
}
