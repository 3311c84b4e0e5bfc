/**
 * Custom-function calls each template sheet makes when evaluated (SPEC §8: at most one per
 * table). Each template is built through the built add-on into an in-memory workbook with the
 * default funnel, then evaluated once by the formula engine; its tables are its section headings.
 */
import { TEMPLATES } from "../src/addon/templates/catalog";
import { formatsFor } from "../src/addon/templates/sheetPlan";
import { openAddon } from "../test/harness/addon";
import { callCounts, resetCallCounts } from "../fakes/formulaEngine";
import { FakeWorkbook } from "../fakes/spreadsheet";
import { attachFormulaEngine } from "../fakes/workbookEngine";

export interface TemplateCalls {
  template: string;
  calls: number;
  tables: number;
}

export function templateCallCounts(): TemplateCalls[] {
  return TEMPLATES.map((template) => {
    const addon = openAddon(new FakeWorkbook({ Sheet1: [] }));
    attachFormulaEngine(addon.book, addon.bundle);
    addon.run(template.command);
    const sheet = addon.book.getActiveSheet();
    const stageCount = addon.book.getRangeByName("Funnel_Stages")?.getNumRows() ?? 0;
    const plan = template.build({
      funnel: { key: "Funnel", name: "Funnel", stageCount, rates: [] },
      formats: formatsFor("€"),
      today: new Date(),
    });
    resetCallCounts();
    sheet.getDataRange().getValues();
    let calls = 0;
    for (const n of callCounts.values()) calls += n;
    const tables = plan.blocks.filter((b) => b.style === "section").length;
    return { template: template.label, calls, tables };
  });
}
