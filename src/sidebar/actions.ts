/**
 * What the sidebar asks the server (src/addon/stageServer.ts), one round trip per action, and
 * what it shows from each reply: a save or create reply carries the funnel list and the funnel to
 * show, a rename the new name and a delete the funnel shown next (the list shown is changed
 * here), so nothing is fetched again (SPEC §8). The sheet stays the truth: every save
 * sends the fingerprint of the table it was loaded from, and a conflict offers a reload.
 */
import { listOrder } from "../core/funnelKey";
import { messageOf } from "../core/messageOf";
import { formats, PRESETS, server, t } from "./page";
import type { SidebarActions, SidebarView } from "./view";

/** The actions on `view()` (the view is made with these actions, so it is reached late). */
export function sidebarActions(view: () => SidebarView): SidebarActions {
  let saving = false;

  /**
   * The list as the sheet has it now, and the funnel `key` if it is still there, else the first:
   * what the sheet holds after someone changed it. Whether a funnel is shown.
   */
  async function showAsListed(key?: string): Promise<boolean> {
    const funnels = await server.getFunnels();
    const still = funnels.find((f) => f.key === key) ?? funnels[0];
    view().show(still ? await server.loadFunnel(still.key) : undefined, funnels);
    return still !== undefined;
  }

  return {
    /** The funnel picker changed: asks before unsaved edits are dropped, else puts it back. */
    async switchFunnel(key) {
      const v = view();
      if (!(await v.mayDiscard())) {
        v.resetPicker();
        return;
      }
      v.setStatus(t.loading);
      try {
        v.show(await server.loadFunnel(key), v.state.funnels);
        v.setStatus("");
      } catch (e) {
        v.setStatus(t.couldNotLoad(messageOf(e)), "error");
      }
    },

    async reload() {
      const v = view();
      try {
        if (await showAsListed(v.state.loaded?.funnel.key)) v.setStatus(t.reloaded, "ok");
      } catch (e) {
        v.setStatus(t.couldNotLoad(messageOf(e)), "error");
      }
    },

    async save() {
      const v = view();
      const loaded = v.state.loaded;
      if (saving || !loaded) return;
      const { funnel, issues } = v.editor.check();
      if (issues.size > 0) {
        v.editor.showProblems(issues, true);
        v.setStatus(t.notSavedFixFields(issues.size), "error");
        return;
      }
      saving = true;
      v.saving(true);
      v.setStatus(t.saving);
      v.editor.markSent();
      try {
        const result = await server.saveFunnel({ funnel, fingerprint: loaded.fingerprint });
        if (result.ok) {
          const time = formats.time(result.loaded.loadedAt);
          const saved = t.saved(result.loaded.funnel.name, time);
          if (v.state.loaded !== loaded) {
            // The user moved on to another funnel meanwhile (asked, edits dropped): it stays.
            v.showFunnels(result.funnels);
            v.setStatus(saved, "ok");
          } else if (v.editor.describes(funnel)) {
            v.show(result.loaded, result.funnels, v.editor.openCards());
            v.setStatus(saved, "ok");
          } else {
            // Typed while the save was on its way: kept, not wiped by the reply (SPEC §5).
            v.keepTyped(result.loaded, result.funnels);
            v.setStatus(t.savedChangedSince(result.loaded.funnel.name, time), "ok");
          }
        } else if (result.reason === "conflict") {
          v.showConflict(result.message);
          v.setStatus(t.notSaved, "error");
        } else if (result.reason === "invalid") {
          const byField = new Map(result.issues.map((i) => [i.path.join("."), i.message]));
          v.editor.showProblems(byField, true);
          v.setStatus(result.message, "error");
        } else v.setStatus(result.message, "error");
      } catch (e) {
        v.setStatus(t.couldNotSave(messageOf(e)), "error");
      } finally {
        saving = false;
        v.saving(false);
      }
    },

    /** Creating opens the new funnel: unsaved edits of the one shown are asked about first. */
    async create(input) {
      const v = view();
      if (!(await v.mayDiscard())) return undefined;
      const preset = PRESETS.find((p) => p.id === input.presetId) ?? PRESETS[0];
      try {
        const result = await server.createFunnel({
          name: input.name,
          stages: preset?.stages ?? [],
          wonStageIndex: preset?.wonStageIndex,
        });
        if (!result.ok) return result.message;
        v.hideForms();
        v.show(result.loaded, result.funnels);
        v.setStatus(t.created(result.loaded.funnel.name), "ok");
        return undefined;
      } catch (e) {
        return t.couldNotCreate(messageOf(e));
      }
    },

    async rename(name) {
      const v = view();
      const loaded = v.state.loaded;
      if (!loaded) return undefined;
      try {
        const result = await server.renameFunnel({ key: loaded.funnel.key, name });
        if (!result.ok) return result.message;
        const from = loaded.funnel.name;
        const to = result.funnel.name;
        loaded.funnel.name = to;
        v.hideForms();
        const renamed = v.state.funnels.map((f) =>
          f.key === result.funnel.key ? result.funnel : f,
        );
        v.showFunnels(renamed.sort(listOrder));
        v.setStatus(t.renamed(from, to), "ok");
        return undefined;
      } catch (e) {
        return t.couldNotRename(messageOf(e));
      }
    },

    /** Asks first, naming the plan sheets built on the funnel; then removes its sheet and ranges. */
    async deleteFunnel() {
      const v = view();
      const loaded = v.state.loaded;
      if (!loaded) return;
      try {
        const usage = await server.funnelUsage(loaded.funnel.key);
        const question =
          usage.plans.length === 0
            ? t.deleteConfirm(usage.name)
            : t.deleteConfirmPlans(
                usage.name,
                usage.plans.length,
                usage.plans.join(t.listSeparator),
              );
        if (!(await v.ask(question, t.deleteConfirmButton, t.cancel))) return;
        // The list shown, less this funnel, is what is left; its first (the default funnel, if
        // it is left) is shown next, loaded by the same round trip.
        const rest = v.state.funnels.filter((f) => f.key !== usage.key);
        const next = rest[0];
        const result = next
          ? await server.deleteFunnel(usage.key, next.key)
          : await server.deleteFunnel(usage.key);
        if (!result.ok) {
          v.setStatus(result.message, "error");
          return;
        }
        v.show(result.loaded, rest);
        v.setStatus(t.deleted(usage.name), "ok");
        if (result.loaded || !next) return;
        // The delete is done; the next funnel could not be loaded with it (changed meanwhile, or
        // a table typed by hand): the list as the sheet has it now, and its first funnel.
        try {
          await showAsListed();
        } catch (e) {
          v.setStatus(t.couldNotLoad(messageOf(e)), "error");
        }
      } catch (e) {
        v.setStatus(t.couldNotDelete(messageOf(e)), "error");
      }
    },
  };
}
