/**
 * The sheet-backed stage store: lists, loads, saves, creates, renames and deletes funnels (SPEC §4,
 * §5, §9). The sheet is the truth and every command reads it once: one pass over the named ranges
 * finds the funnels (funnelDirectory), one read of the funnel's sheet gives its table
 * (funnelTable). Every write is validated, locked, conflict-checked, checked against Sheets' limits
 * before anything is written (savePlan, saveChecks), and all-or-nothing (journal, tableWrite).
 * Replies carry what the stage editor shows next — a save's or create's the funnel list and the
 * loaded funnel, a rename's the new name, a delete's the funnel shown next — so it needs no second
 * call; failures come back in the user's language.
 */
import {
  checkRequest,
  DEFAULT_FUNNEL_KEY,
  validateFunnel,
  wonIndex,
  type Funnel,
  type Stage,
} from "../core/funnel";
import type {
  CreateResult,
  DeleteResult,
  FunnelListing,
  FunnelSummary,
  FunnelUsage,
  LoadedFunnel,
  RenameResult,
  SaveResult,
} from "../wire/stageApi";
import { listOrder } from "../core/funnelKey";
import {
  locateFunnel,
  locateFunnelToWrite,
  locateListedFunnel,
  scanFunnels,
  type FunnelEntry,
} from "./funnelDirectory";
import { deleteFunnel, renameFunnel } from "./funnelLifecycle";
import { movedSinceSaved } from "./funnelTable";
import { messageOf } from "../core/messageOf";
import { Journal, Refused, WriteFailed } from "./journal";
import { sheetNameProblem } from "./saveChecks";
import { planSave } from "./savePlan";
import type { SheetPort } from "./sheetsPort";
import {
  listing,
  listingOf,
  rangesOf,
  StoreContext,
  summaryOf,
  type StageStoreDeps,
} from "./storeContext";
import { readAhead, writeTable } from "./tableWrite";

export type { StageStoreDeps } from "./storeContext";

/** A default funnel made for New plan: its dialogs list funnels with their number of stages. */
export type DefaultCreated =
  | (Extract<CreateResult, { ok: true }> & { funnels: FunnelSummary[] })
  | Extract<CreateResult, { ok: false }>;

/** A save whose reply shows no list: the funnel as saved, or why not. */
export type SavedAlone = { ok: true; loaded: LoadedFunnel } | Extract<SaveResult, { ok: false }>;

/** How many "Funnel 2", "Funnel 3"… a default funnel tries before it gives up. */
const DEFAULT_NAME_TRIES = 50;

export class StageStore {
  private readonly ctx: StoreContext;

  constructor(deps: StageStoreDeps) {
    this.ctx = new StoreContext(deps);
  }

  /** Every funnel with its number of stages, for New plan's dialogs (places each funnel). */
  listFunnels(): FunnelSummary[] {
    return scanFunnels(this.ctx.deps.spreadsheet).funnels.map(summaryOf);
  }

  /** The stage editor's list: each funnel's key and name (SPEC §5, §8). */
  listNames(): FunnelListing[] {
    return listing(scanFunnels(this.ctx.deps.spreadsheet));
  }

  /**
   * The funnel list and the funnel `pick` chooses from it, from one pass over the named ranges: a
   * page that opens with both costs no second lookup (SPEC §8). A funnel that cannot be read
   * leaves `loadError` (in the user's language) instead of `loaded`.
   */
  listAndLoad(pick: (funnels: readonly FunnelListing[]) => FunnelListing | undefined): {
    funnels: FunnelListing[];
    loaded?: LoadedFunnel;
    loadError?: string;
  } {
    const directory = scanFunnels(this.ctx.deps.spreadsheet);
    const funnels = listing(directory);
    const entry = directory.find(pick(funnels)?.key ?? "");
    if (!entry) return { funnels };
    try {
      return { funnels, loaded: this.ctx.loaded(entry, this.ctx.read(entry.sheet)) };
    } catch (e) {
      return { funnels, loadError: messageOf(e) };
    }
  }

  loadFunnel(key: unknown): LoadedFunnel {
    const found = this.find(key);
    return this.ctx.loaded(found, this.ctx.read(found.sheet));
  }

  /**
   * One funnel's line of the list, found by its key without listing every funnel (SPEC §8); a
   * table typed by hand (no named ranges yet) only by the whole pass, when `orList`.
   */
  funnelSummary(key: string, orList = true): FunnelSummary | undefined {
    const ss = this.ctx.deps.spreadsheet;
    const entry = locateListedFunnel(ss, key) ?? (orList ? scanFunnels(ss).find(key) : undefined);
    return entry ? summaryOf(entry) : undefined;
  }

  /** The funnel and the plan sheets built on it, to name before deleting it. */
  funnelUsage(key: unknown): FunnelUsage {
    const found = this.find(key);
    return {
      key: found.key,
      name: found.name,
      plans: (this.ctx.deps.plans?.plansOf(found) ?? []).map((p) => p.sheetName()),
    };
  }

  private find(key: unknown): FunnelEntry {
    const checked = checkRequest("key", key);
    if (!checked.ok) throw new Error(this.ctx.badRequest(checked, "key"));
    const ss = this.ctx.deps.spreadsheet;
    const found = locateFunnel(ss, checked.value) ?? scanFunnels(ss).find(checked.value);
    if (!found) throw new Error(this.ctx.m.store.noSuchFunnel(checked.value));
    return found;
  }

  /** The stage editor's save: the reply carries the funnel list (SPEC §8). */
  saveFunnel(request: unknown): SaveResult {
    return this.saving(request, true);
  }

  /**
   * A save for a command that shows no list (Use measured days): the funnel is found from its own
   * sheet's named ranges, so the calls do not grow with the workbook's other funnels (SPEC §8).
   */
  saveFunnelAlone(request: unknown): SavedAlone {
    return this.saving(request, false);
  }

  private saving(request: unknown, list: true): SaveResult;
  private saving(request: unknown, list: false): SavedAlone;
  private saving(request: unknown, list: boolean): SaveResult | SavedAlone {
    const t = this.ctx.m.store;
    const shape = checkRequest("save", request);
    if (!shape.ok) {
      const message =
        shape.field === "fingerprint" ? t.fingerprintMissing : this.ctx.badRequest(shape);
      return { ok: false, reason: "refused", message };
    }
    const validation = validateFunnel(shape.value.funnel, this.ctx.m.validation);
    if (!validation.ok)
      return { ok: false, reason: "invalid", message: t.invalid, issues: validation.issues };
    return this.ctx.locked<SaveResult | SavedAlone>(
      () => ({ ok: false, reason: "busy", message: t.busy }),
      () => {
        try {
          return this.save(validation.funnel, shape.value.fingerprint, list);
        } catch (e) {
          if (e instanceof Refused) return { ok: false, reason: "refused", message: e.message };
          return { ok: false, reason: "failed", message: this.ctx.failure("save", "", e) };
        }
      },
    );
  }

  private save(funnel: Funnel, loadedPrint: string, list: boolean): SaveResult | SavedAlone {
    const { ctx } = this;
    const t = ctx.m.store;
    const ss = ctx.deps.spreadsheet;
    const directory = list ? scanFunnels(ss) : undefined;
    const entry = directory
      ? directory.find(funnel.key)
      : (locateFunnelToWrite(ss, funnel.key) ?? scanFunnels(ss).find(funnel.key));
    if (!entry) return { ok: false, reason: "missing", message: t.sheetGone(funnel.key) };
    const cells = ctx.read(entry.sheet, true);
    const current = ctx.table(entry, cells);
    if (current.fingerprint !== loadedPrint)
      return { ok: false, reason: "conflict", message: t.conflict(entry.name) };
    if (current.headerProblem)
      return { ok: false, reason: "refused", message: current.headerProblem };
    const plan = planSave(funnel, entry, current, cells, ctx.sheetText(), ctx.checkText());
    if ("refused" in plan) return { ok: false, reason: "refused", message: plan.refused };
    const acquisition = (f: Funnel) =>
      f.stages.slice(0, wonIndex(f) + 1).map((s) => ({ id: s.id ?? "", name: s.name.trim() }));
    // The table's own reads first: the plans' writes below would otherwise be flushed by them.
    const write = readAhead({ ...plan.write, sheet: entry.sheet });
    Journal.run((journal) => {
      journal.at("updatingPlans");
      ctx.deps.syncPlans?.({
        funnelKey: entry.key,
        before: acquisition(current.funnel),
        after: acquisition(plan.funnel),
        movedByHand: movedSinceSaved(current),
        undo: journal.undo,
      });
      writeTable(ctx.deps, journal, write);
    });
    const loaded = ctx.loadedAfter(entry, plan);
    return directory ? { ok: true, loaded, funnels: listing(directory) } : { ok: true, loaded };
  }

  createFunnel(request: unknown): CreateResult {
    const { ctx } = this;
    const t = ctx.m.store;
    const shape = checkRequest("create", request);
    if (!shape.ok)
      return { ok: false, message: shape.field === "name" ? t.nameNotText : ctx.badRequest(shape) };
    const name = shape.value.name.trim();
    if (name === "") return { ok: false, message: t.nameRequired };
    const tooLong = sheetNameProblem(name, ctx.checkText());
    if (tooLong) return { ok: false, message: tooLong };
    const checked = validateFunnel(
      {
        key: DEFAULT_FUNNEL_KEY,
        name,
        stages: shape.value.stages,
        wonStageIndex: shape.value.wonStageIndex ?? undefined,
        endNames: shape.value.endNames,
      },
      ctx.m.validation,
    );
    if (!checked.ok) return { ok: false, message: t.newStagesInvalid, issues: checked.issues };
    return ctx.locked<CreateResult>(
      () => ({ ok: false, message: t.busy }),
      () => this.create(name, checked.funnel).result,
    );
  }

  /**
   * The funnel New plan makes in a spreadsheet without one (SPEC §4, §6): named in the
   * spreadsheet's language, keyed `Funnel`. A sheet of the user's with that name is left alone:
   * the funnel becomes "Funnel 2" (or the next free name).
   */
  createDefaultFunnel(stages: Stage[]): DefaultCreated {
    const { ctx } = this;
    const base = ctx.sheetText().defaultFunnelName;
    return ctx.locked<DefaultCreated>(
      () => ({ ok: false, message: ctx.m.store.busy }),
      () => {
        const taken = new Set<string>();
        for (let n = 1; n <= DEFAULT_NAME_TRIES; n++) {
          const name = n === 1 ? base : `${base} ${n}`;
          if (taken.has(name.toLowerCase())) continue;
          const funnel: Funnel = { key: DEFAULT_FUNNEL_KEY, name, stages };
          const { result, nameTaken } = this.create(name, funnel, DEFAULT_FUNNEL_KEY);
          // New plan's dialogs show each funnel's number of stages.
          if (result.ok)
            return { ...result, funnels: this.counted(result.funnels, result.loaded.funnel) };
          if (!nameTaken) return result;
          // Learn every sheet's name once, then skip the taken ones.
          if (taken.size === 0)
            for (const s of ctx.deps.spreadsheet.getSheets()) taken.add(s.getName().toLowerCase());
        }
        return { ok: false, message: ctx.m.store.sheetExists(base) };
      },
    );
  }

  /** The list with each funnel's number of stages: the new one's from its stages. */
  private counted(list: FunnelListing[], made: Funnel): FunnelSummary[] {
    return list.map((f) =>
      f.key === made.key
        ? { ...f, stageCount: made.stages.length }
        : (this.funnelSummary(f.key) ?? { ...f, stageCount: 0 }),
    );
  }

  private create(
    name: string,
    requested: Funnel,
    preferredKey?: string,
  ): { result: CreateResult; nameTaken?: boolean } {
    const { ctx } = this;
    const ss = ctx.deps.spreadsheet;
    const directory = scanFunnels(ss);
    // A deleted funnel's plans still name its key: a new funnel under that key would take them
    // over, its stages beside the inputs typed for the old ones (SPEC §9).
    const key = directory.freeKey(name, preferredKey, ctx.deps.planKeyInUse);
    const target = { key, name, ranges: rangesOf(directory, key) };
    const plan = planSave(
      requested,
      target,
      undefined,
      undefined,
      ctx.sheetText(),
      ctx.checkText(),
    );
    if ("refused" in plan) return { result: { ok: false, message: plan.refused } };
    let sheet: SheetPort;
    try {
      sheet = ss.insertSheet(name);
    } catch (e) {
      const clash = ctx.sheetNamed(name);
      if (clash)
        return { result: { ok: false, message: ctx.m.store.sheetExists(clash) }, nameTaken: true };
      const failed = new WriteFailed("addingSheet", true, String(e));
      return { result: { ok: false, message: ctx.failure("create", name, failed) } };
    }
    try {
      Journal.run((journal) => {
        journal.onUndo(() => ss.deleteSheet(sheet));
        journal.at("addingSheet");
        sheet.setFrozenRows(1);
        writeTable(ctx.deps, journal, { ...plan.write, sheet });
      });
    } catch (e) {
      return { result: { ok: false, message: ctx.failure("create", name, e) } };
    }
    const created: FunnelEntry = {
      ...target,
      sheet,
      headerRow: 1,
      column: 1,
      stageCount: plan.funnel.stages.length,
      acquisitionRows: plan.write.acquisitionRows,
      handTyped: false,
    };
    return {
      result: {
        ok: true,
        loaded: ctx.loadedAfter(created, plan),
        funnels: [...listing(directory), listingOf(created)].sort(listOrder),
      },
    };
  }

  renameFunnel(request: unknown): RenameResult {
    return renameFunnel(this.ctx, request);
  }

  deleteFunnel(key: unknown, next?: unknown): DeleteResult {
    return deleteFunnel(this.ctx, key, next);
  }
}
