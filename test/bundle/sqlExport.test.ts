/**
 * *Export funnel as SQL…* through the built bundle over an in-memory workbook: the menu command
 * opens a modal dialog that carries the funnel list and the stage names of the funnel in view (the
 * page builds every query itself: test/browser/sqlExport.test.ts), and the one server function it
 * calls gives another funnel's stages (through JSON, as google.script.run carries it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../../fakes/bundle";
import { fakeHtmlService } from "../../fakes/html";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { readManifest } from "../harness/manifest";
import { at } from "../harness/at";
import { presets } from "../../src/i18n/presets";
import type { SqlExportData } from "../../src/wire/pages";
import { servedPageData } from "../../fakes/pageData";

function addon() {
  return openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
}

function openDialog(a: ReturnType<typeof addon>) {
  a.bundle.call("showSqlExport");
  const dialog = at(a.book.ui.dialogs, a.book.ui.dialogs.length - 1);
  return { dialog, data: servedPageData<SqlExportData>(dialog.output.getContent()) };
}

describe("Export funnel as SQL", () => {
  it("the menu command opens the dialog, a self-contained page with its data, as a modal dialog", () => {
    const a = addon();
    const { dialog, data } = openDialog(a);
    expect(a.book.ui.dialogs).toHaveLength(1);
    expect(dialog.title).toBe("Funnel as SQL");
    const html = dialog.output.getContent();
    // The built page as Google serves it (parsed and re-serialised), with its data appended.
    const page = fakeHtmlService().createHtmlOutputFromFile("sqlExport").getContent();
    expect(html.startsWith(page.slice(0, page.indexOf("</body>")))).toBe(true);
    expect(html).toContain(
      readFileSync(join(DIST, "sqlExport.html"), "utf8").match(/<script>[\s\S]*<\/script>/)![0],
    );
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    expect(data).toEqual({
      language: "en",
      locale: "en",
      funnels: [{ key: "Funnel", name: "Funnel" }],
      funnelKey: "Funnel",
      stages: ["Lead", "MQL", "SQL", "Customer"],
    });
  });

  it("opens on the funnel of the sheet in view, and gives another funnel's stages on request", () => {
    const a = addon();
    a.run("createFunnel", { name: "EMEA", stages: at(presets("en"), 2).stages });
    a.book.getSheetByName("EMEA")!.activate();
    const { data } = openDialog(a);
    expect(data.funnelKey).toBe("EMEA");
    expect(data.stages).toEqual(["Inquiry", "MQL", "SAL", "SQL", "Won"]);
    expect(a.run("getFunnelStages", "Funnel")).toEqual(["Lead", "MQL", "SQL", "Customer"]);
    expect(() => a.run("getFunnelStages", "Nope")).toThrow(/There is no funnel "Nope"/);
  });

  it("follows the table when it is edited in the sheet", () => {
    const a = addon();
    a.book.getSheetByName("Funnel")!.getRange("A3").setValue("Marketing qualified");
    expect(openDialog(a).data.stages[1]).toBe("Marketing qualified");
  });

  it("says when there is no funnel yet: the page data has an empty list", () => {
    const a = openAddon(new FakeWorkbook());
    expect(openDialog(a).data).toMatchObject({ funnels: [], funnelKey: null, stages: [] });
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
    openDialog(a);
    a.run("getFunnelStages", "Funnel");
    expect(JSON.stringify(a.book.getSheetByName("Funnel")!.getDataRange().getValues())).toBe(
      before,
    );
    expect(a.lock.acquisitions).toBe(0);
  });
});
