/**
 * *Export funnel as SQL…* through the built bundle over an in-memory workbook: the menu command
 * opens a modal dialog, and the dialog's server functions build the query from the funnel's stage
 * table (through JSON, as google.script.run carries it), reporting problems by field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SqlExportResult } from "../../src/wire/sqlExportApi";
import { DIST } from "../../fakes/bundle";
import { fakeHtmlService } from "../../fakes/html";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { readManifest } from "../harness/manifest";
import { at } from "../harness/at";

function addon() {
  return openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
}

const request = {
  funnelKey: "Funnel",
  layout: "log",
  dialect: "bigquery",
  table: "my-project.crm.stage_log",
  columns: ["stage"],
};

describe("Export funnel as SQL", () => {
  it("the menu command opens the dialog, a self-contained page, as a modal dialog", () => {
    const a = addon();
    a.bundle.call("showSqlExport");
    expect(a.book.ui.dialogs).toHaveLength(1);
    expect(at(a.book.ui.dialogs, 0).title).toBe("Funnel as SQL");
    const html = at(a.book.ui.dialogs, 0).output.getContent();
    // The built page as Google serves it (parsed and re-serialised), its language set.
    expect(html).toBe(fakeHtmlService().createHtmlOutputFromFile("sqlExport").getContent());
    expect(html).toContain(
      readFileSync(join(DIST, "sqlExport.html"), "utf8").match(/<script>[\s\S]*<\/script>/)![0],
    );
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
  });

  it("gives the funnel's stage names from its table", () => {
    expect(addon().run("getFunnelStages", "Funnel")).toEqual(["Lead", "MQL", "SQL", "Customer"]);
  });

  it("builds exactly FUNNEL_SQL's query for the funnel's stages", () => {
    const a = addon();
    const result = a.run<SqlExportResult>("exportFunnelSql", request);
    const direct = a.functions.call(
      "FUNNEL_SQL",
      [["Lead"], ["MQL"], ["SQL"], ["Customer"]],
      request.table,
      "stage",
      "log",
      "bigquery",
    );
    expect(result).toEqual({ ok: true, sql: direct });
  });

  it("follows the table when it is edited in the sheet", () => {
    const a = addon();
    a.book.getSheetByName("Funnel")!.getRange("A3").setValue("Marketing qualified");
    const result = a.run<SqlExportResult>("exportFunnelSql", { ...request, dialect: "duckdb" });
    expect(result.ok && result.sql).toContain("'Marketing qualified'");
  });

  it.each([
    [{ table: "crm.log; DROP TABLE x" }, "table", /holds ";", which a name cannot contain/],
    [{ table: "" }, "table", /^is empty/],
    [{ columns: ["id", "stage"] }, "columns", /needs 1: the column holding each record's stage/],
    [{ layout: "events" }, "columns", /needs 2: the record id and the stage column/],
    [{ layout: "rows" }, "layout", /Choose a layout/],
    [{ dialect: "mysql" }, "dialect", /Choose a SQL dialect/],
    [{ funnelKey: "Nope" }, "funnel", /There is no funnel "Nope"/],
  ])("reports %j on the %s field", (change, field, message) => {
    const result = addon().run<SqlExportResult>("exportFunnelSql", { ...request, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message).toMatch(message);
    }
  });

  it("the add-on asks for no BigQuery scope and calls no BigQuery service: users run the query", () => {
    const manifest = readManifest();
    expect(JSON.stringify(manifest)).not.toMatch(/bigquery|cloud-platform/i);
    expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
    const code = readFileSync(join(DIST, "Code.js"), "utf8");
    // The advanced service's global (BigQuery.Jobs…) and outbound HTTP would need scopes.
    expect(/\bBigQuery\.(Jobs|Datasets|Tables|Projects)\b|UrlFetchApp/.exec(code)).toBeNull();
  });

  it("changes nothing in the spreadsheet", () => {
    const a = addon();
    const before = JSON.stringify(a.book.getSheetByName("Funnel")!.getDataRange().getValues());
    a.run("exportFunnelSql", request);
    a.run("exportFunnelSql", { ...request, table: "bad;" });
    expect(JSON.stringify(a.book.getSheetByName("Funnel")!.getDataRange().getValues())).toBe(
      before,
    );
    expect(a.lock.acquisitions).toBe(0);
  });
});
