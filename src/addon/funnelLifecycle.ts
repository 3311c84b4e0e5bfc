/**
 * Renaming and deleting a funnel (SPEC §5), each all-or-nothing (SPEC §9): on any failure the
 * workbook — cells, formats, named ranges, notes — is as it was, and the reply says in the user's
 * language which step Sheets stopped at.
 */
import { checkRequest } from "../core/funnel";
import { namedRangeNames, type RangePart } from "../core/funnelRanges";
import type { DeleteResult, LoadedFunnel, RenameResult } from "../wire/stageApi";
import { locateFunnel, locateFunnelToWrite, rangeOf, scanFunnels } from "./funnelDirectory";
import { Journal } from "./journal";
import { sheetNameProblem } from "./saveChecks";
import { planSave } from "./savePlan";
import type { StoreContext } from "./storeContext";
import { removeNamedRange, writeTable } from "./tableWrite";

/**
 * Renames a funnel's sheet. The key, and so every named range and formula, stays; plan sheets
 * built on it name the funnel anew on their funnel line. A table typed by hand gets its named
 * ranges first, so it keeps the key its formulas may already use.
 */
export function renameFunnel(ctx: StoreContext, request: unknown): RenameResult {
  const t = ctx.m.store;
  const shape = checkRequest("rename", request);
  if (!shape.ok)
    return { ok: false, message: shape.field === "name" ? t.nameNotText : ctx.badRequest(shape) };
  const name = shape.value.name.trim();
  if (name === "") return { ok: false, message: t.renameRequired };
  const tooLong = sheetNameProblem(name, ctx.checkText());
  if (tooLong) return { ok: false, message: tooLong };
  return ctx.locked<RenameResult>(
    () => ({ ok: false, message: t.busy }),
    () => {
      // Found by its own named range, not by listing every funnel (SPEC §8); a table typed by
      // hand has none yet, so only the whole pass finds it.
      const ss = ctx.deps.spreadsheet;
      const key = shape.value.key;
      const entry = locateFunnel(ss, key) ?? scanFunnels(ss).find(key);
      if (!entry) return { ok: false, message: t.noSuchFunnel(key) };
      const reply = (loaded?: LoadedFunnel): RenameResult => ({
        ok: true,
        funnel: { key: entry.key, name },
        ...(loaded ? { loaded: { ...loaded, funnel: { ...loaded.funnel, name } } } : {}),
      });
      if (name === entry.name) return reply();
      // A table typed by hand is named now (read once, before any write); a funnel the store
      // made keeps its table as it is: nothing to read.
      const cells = entry.handTyped ? ctx.read(entry.sheet, true) : undefined;
      const table = cells ? ctx.table(entry, cells) : undefined;
      const plan =
        cells && table && !table.headerProblem
          ? planSave(table.funnel, entry, table, cells, ctx.sheetText(), ctx.checkText())
          : undefined;
      if (plan && "refused" in plan) return { ok: false, message: plan.refused };
      // Read before the first write, so the rename flushes once.
      const plans = ctx.deps.plans;
      const lines = plans?.linesOf(entry) ?? [];
      try {
        Journal.run((journal) => {
          if (plan) {
            journal.at("namingRanges");
            writeTable(ctx.deps, journal, { ...plan.write, sheet: entry.sheet });
          }
          journal.at("renamingSheet");
          entry.sheet.setName(name);
          journal.onUndo(() => entry.sheet.setName(entry.name));
          journal.at("renamingPlans");
          plans?.rename(lines, entry, name, journal.undo);
        });
      } catch (e) {
        // Another sheet — another funnel's or the user's — already has the name (Sheets compares
        // ignoring case and refuses it): the rename was undone.
        const taken = ctx.sheetNamed(name, entry.sheet);
        if (taken) return { ok: false, message: t.sheetExists(taken) };
        return { ok: false, message: ctx.failure("rename", entry.name, e) };
      }
      return reply(plan ? ctx.loadedAfter(entry, plan) : undefined);
    },
  );
}

/**
 * Deletes a funnel: its named ranges, then its sheet. Plan sheets stay (the user may keep their
 * numbers); the stage editor names them before asking. The reply loads `next`, the funnel the
 * sidebar shows next. Neither is found by listing every funnel (SPEC §8): each by its own named
 * ranges; only a funnel to delete that is a table typed by hand needs the whole pass.
 */
export function deleteFunnel(ctx: StoreContext, key: unknown, next?: unknown): DeleteResult {
  const t = ctx.m.store;
  const checked = checkRequest("key", key);
  if (!checked.ok) return { ok: false, message: ctx.badRequest(checked, "key") };
  const shown = next === undefined ? undefined : checkRequest("key", next);
  if (shown && !shown.ok) return { ok: false, message: ctx.badRequest(shown, "key") };
  return ctx.locked<DeleteResult>(
    () => ({ ok: false, message: t.busy }),
    () => {
      const ss = ctx.deps.spreadsheet;
      const entry = locateFunnelToWrite(ss, checked.value) ?? scanFunnels(ss).find(checked.value);
      if (!entry) return { ok: false, message: t.noSuchFunnel(checked.value) };
      // Sheets refuses to delete a workbook's last sheet.
      if (ss.getSheets().length <= 1) return { ok: false, message: t.lastSheet };
      try {
        Journal.run((journal) => {
          journal.at("removingRanges");
          const names = namedRangeNames(entry.key);
          // Where each name points, for the undo, asked before the first removal: a named range's
          // range read after a write would flush it (SPEC §8). `<key>_Stages`'s was fetched by
          // the lookup.
          const parts = (Object.keys(entry.ranges) as RangePart[]).flatMap((part) => {
            const named = entry.ranges[part];
            if (!named) return [];
            const known = part === "stages" ? entry.stagesRange : undefined;
            return [{ part, named, range: known ?? rangeOf(named) ?? null }];
          });
          for (const { part, named, range } of parts)
            removeNamedRange(ss, journal, names[part], named, range);
          // Last: a deleted sheet cannot be put back, and nothing after it can fail.
          journal.at("deletingSheet");
          ss.deleteSheet(entry.sheet);
        });
      } catch (e) {
        return { ok: false, message: ctx.failure("delete", entry.name, e) };
      }
      const nextKey = shown?.value;
      if (nextKey === undefined || nextKey === entry.key) return { ok: true };
      // By its own named range only: a table typed by hand would need the whole pass (calls per
      // funnel, and a flush after the delete's writes), so the sidebar lists and loads it then.
      try {
        const found = locateFunnel(ss, nextKey);
        return { ok: true, loaded: found ? ctx.loaded(found, ctx.read(found.sheet)) : undefined };
      } catch {
        return { ok: true }; // the delete is done; the editor loads the next funnel itself
      }
    },
  );
}
