/**
 * Any funnel name in any script, through the preview (SPEC §4, §9): each name is created, gets a
 * plan whose formulas the preview's formula engine evaluates, is renamed into another script and
 * deleted — and the session renders every sheet after each step (a failed command must never cost
 * the preview its workbook). The bundle's own suite (test/bundle/funnelNames.test.ts) checks the
 * named ranges; this one checks what the user sees.
 */
import { PreviewSession } from "../../preview/session";
import type { WorkbookView } from "../../preview/viewTypes";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import type { CreateResult, DeleteResult, RenameResult } from "../../src/wire/stageApi";
import type { NewPlanData } from "../../src/wire/pages";
import { servedPageData } from "../../fakes/pageData";
import { at } from "../harness/at";

const NAMES = [
  ["Воронка", "漏斗"],
  ["漏斗 2027", "Воронка продаж"],
  ["Försäljning", "Lejek łódź"],
  ["Lejek łódź", "Πωλήσεις"],
  ["Embudo año", "Försäljning Ö"],
  ["🚀 Pipeline", "Q1"],
  ["TRUE", "R2C3"],
] as const;

function server<T>(session: PreviewSession, name: string, ...args: unknown[]): T {
  const reply = session.runServerFunction(name, args);
  if (!reply.ok) throw new Error(`${name}: ${reply.message}`);
  return reply.value as T;
}

/** Every cell of the sheet that shows an error, as "A1: message". */
function errorCells(view: WorkbookView): string[] {
  return (view.sheet?.cells ?? [])
    .filter((c) => c.kind === "error")
    .map((c) => `${c.a1}: ${c.error ?? c.text}`);
}

describe.each(NAMES)("a funnel named %s, renamed %s, through the preview", (name, renamed) => {
  const session = new PreviewSession();

  it("is created, planned, renamed and deleted; every sheet renders after each step", () => {
    const created = server<CreateResult>(session, "createFunnel", {
      name,
      stages: inboundPreset("en").stages,
    });
    expect(created).toMatchObject({ ok: true });
    expect(errorCells(session.view(name))).toEqual([]);

    const key = created.ok ? created.loaded.funnel.key : "";
    const sheetsBefore = new Set(session.view().sheets.map((s) => s.name));
    const menu = session.runMenuCommand("newAnnualPlan", name);
    expect(menu).toMatchObject({ ok: true, dialogOpened: true });
    // The New plan dialog asks the figures first; Build sends what it offers (its page data),
    // as the page does through google.script.run.
    const offered = servedPageData<NewPlanData>(session.dialogContent() ?? "");
    const funnel = at(offered.funnels, 0);
    expect(funnel.key).toBe(key);
    server(session, "buildPlan", "newAnnualPlan", funnel.key, funnel.inputs);
    const newSheet = session
      .view()
      .sheets.map((s) => s.name)
      .find((n) => !sheetsBefore.has(n));
    const plan = { newSheet: newSheet ?? "" };
    expect(plan.newSheet).toEqual(expect.any(String));
    expect(plan.newSheet).not.toBe("");
    const planView = session.view(plan.newSheet);
    expect(errorCells(planView)).toEqual([]);
    // The plan computes from the funnel's rates: its volumes are numbers.
    expect(planView.sheet?.cells.filter((c) => c.kind === "number").length).toBeGreaterThan(10);
    expect(planView.sheet?.cells.some((c) => c.input.includes(`${key}_Rates`))).toBe(true);

    const rename = server<RenameResult>(session, "renameFunnel", { key, name: renamed });
    expect(rename).toMatchObject({ ok: true });
    expect(session.view().sheets.map((s) => s.name)).toContain(renamed);
    expect(errorCells(session.view(plan.newSheet))).toEqual([]);

    const deleted = server<DeleteResult>(session, "deleteFunnel", key);
    expect(deleted).toMatchObject({ ok: true });
    const after = session.view();
    expect(after.sheets.map((s) => s.name)).not.toContain(renamed);
    expect(server<unknown[]>(session, "getFunnels").length).toBeGreaterThan(0);
  });
});
