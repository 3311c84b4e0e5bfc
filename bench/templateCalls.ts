/**
 * Custom-function calls each template sheet makes when evaluated (SPEC §8: at most one per table
 * SPEC §6 names; the budgets are in spec/templateTables.ts). Each template is built through
 * the built add-on into an in-memory workbook with the default funnel, then evaluated once by the
 * formula engine.
 */
import { TEMPLATES } from "../src/addon/templates/catalog";
import { menuMessages } from "../src/i18n/menu";

/** A template's English menu label (the catalogue is the one place labels are written). */
function templateLabel(command: keyof ReturnType<typeof menuMessages>["items"]): string {
  return menuMessages("en").items[command];
}
import { openAddon } from "../fakes/addon";
import { callCounts, resetCallCounts } from "../fakes/formulaEngine";
import { FakeWorkbook } from "../fakes/spreadsheet";
import { attachFormulaEngine, recalculateEverything } from "../fakes/workbookEngine";
import { runNewPlan } from "../fakes/newPlan";

export interface TemplateCalls {
  template: string;
  calls: number;
}

export function templateCallCounts(): TemplateCalls[] {
  return TEMPLATES.map((template) => {
    const addon = openAddon(new FakeWorkbook({ Sheet1: [] }));
    attachFormulaEngine(addon.book, addon.functions);
    runNewPlan(addon, template.command);
    const sheet = addon.book.getActiveSheet();
    // Every formula once, as when the file is opened (the engine otherwise recalculates only
    // what changed since its last read).
    recalculateEverything(addon.book);
    resetCallCounts();
    sheet.getDataRange().getValues();
    let calls = 0;
    for (const n of callCounts.values()) calls += n;
    return { template: templateLabel(template.command), calls };
  });
}
