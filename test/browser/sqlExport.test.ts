/**
 * The *Export funnel as SQL…* dialog as the add-on serves it, in headless Chromium: it opens on the
 * funnel in view with no call of its own, builds every query in the page (0 round trips per edit,
 * SPEC §8) — the very query FUNNEL_SQL gives in a cell — fetches another funnel's stages once, and
 * words a bad name in the user's language next to its field.
 */
import { HAND_TYPED_FUNNEL } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { presets } from "../../src/i18n/presets";
import { sqlExportMessages } from "../../src/i18n/sqlExport";
import { addonFor, useBrowser, openDialog, type PageSession } from "../harness/sidebarPage";

jest.setTimeout(30_000);

const browser = useBrowser();

const sessions: PageSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    expect(s.pageErrors).toEqual([]);
    await s.page.close();
  }
});

/** "Funnel" (hand-typed) and "EMEA" (Demand waterfall); `active` is the sheet in view. */
async function open(active = "Funnel", locale = "en") {
  const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
  const addon = addonFor(book, locale);
  addon.run("createFunnel", { name: "EMEA", stages: presets("en")[2]!.stages });
  book.getSheetByName(active)!.activate();
  const session = await openDialog(browser(), addon, "showSqlExport");
  sessions.push(session);
  await session.page.locator("#sql").waitFor();
  return session;
}

const sqlOf = (s: PageSession) => s.page.locator("#sql").inputValue();

describe("the Export-as-SQL dialog", () => {
  it("builds FUNNEL_SQL's query in the page, with no round trip per edit", async () => {
    const s = await open();
    const { page } = s;
    expect(await page.locator("#funnel").inputValue()).toBe("Funnel");
    const stages = [["Lead"], ["MQL"], ["SQL"], ["Customer"]];
    const cell = (table: string, columns: unknown, layout: string, dialect: string) =>
      s.addon.functions.call("FUNNEL_SQL", stages, table, columns, layout, dialect);
    expect(await sqlOf(s)).toBe(cell("my-project.crm.stage_log", "stage", "log", "bigquery"));

    await page.locator("#dialect").selectOption("duckdb");
    await page.locator("#table").fill("crm_export");
    await page.locator("#column-0").fill("furthest_stage");
    expect(await sqlOf(s)).toBe(cell("crm_export", "furthest_stage", "log", "duckdb"));

    await page.locator("#layout").selectOption("history");
    await page.locator("#column-0").fill("deal_id");
    expect(await sqlOf(s)).toBe(cell("crm_export", [["deal_id", "stage"]], "history", "duckdb"));

    await page.locator("#layout").selectOption("matrix");
    await page.locator("#dialect").selectOption("postgres");
    const dates = [["lead_date", "mql_date", "sql_date", "customer_date"]];
    expect(await sqlOf(s)).toBe(cell("crm_export", dates, "matrix", "postgres"));

    // Every edit above was answered in the page: the dialog called the server not once.
    expect(s.calls).toEqual([]);
  });

  it.each([
    ["en", "en"],
    ["ru", "ru"],
  ] as const)(
    "in %s takes a record log's status column and leaves open records out on request",
    async (language, locale) => {
      const t = sqlExportMessages(language);
      const s = await open("Funnel", locale);
      const { page } = s;
      const stages = [["Lead"], ["MQL"], ["SQL"], ["Customer"]];
      const cell = (columns: unknown, layout: string, openRecords?: string) =>
        s.addon.functions.call(
          "FUNNEL_SQL",
          stages,
          "my-project.crm.stage_log",
          columns,
          layout,
          "bigquery",
          ...(openRecords === undefined ? [] : [openRecords]),
        );
      expect(await page.locator('label[for="column-1"]').textContent()).toBe(t.statusColumn);
      expect(await page.locator('label[for="open-records"]').textContent()).toBe(t.openRecords);
      // No status column typed: the log as before.
      expect(await sqlOf(s)).toBe(cell("stage", "log"));

      await page.locator("#column-1").fill("status");
      expect(await sqlOf(s)).toBe(cell([["stage", "status"]], "log"));
      await page.locator("#open-records").selectOption("exclude");
      expect(await sqlOf(s)).toBe(cell([["stage", "status"]], "log", "exclude"));
      expect(await sqlOf(s)).toContain("records_reached - open_records");

      // Without the status column nothing shows which records are open: said next to the choice.
      await page.locator("#column-1").fill("");
      expect(await page.locator('[data-issue="open_records"]').textContent()).toBe(
        t.openNeedsStatus,
      );
      expect(await page.locator("#status").textContent()).toBe(t.checkField);
      expect(await page.locator("#copy").isDisabled()).toBe(true);

      // The other layouts have no status column: the choice is not offered there.
      await page.locator("#layout").selectOption("history");
      expect(await page.locator("#open-records").isVisible()).toBe(false);
      expect(await sqlOf(s)).toBe(cell([["record_id", "stage"]], "history"));
      await page.locator("#layout").selectOption("log");
      expect(await page.locator("#open-records").isVisible()).toBe(true);
      await page.locator("#column-1").fill("status");
      expect(await sqlOf(s)).toBe(cell([["stage", "status"]], "log", "exclude"));
      expect(s.calls).toEqual([]);
    },
  );

  it("opens on the funnel in view; another funnel's stages are fetched once", async () => {
    const s = await open("EMEA");
    const { page } = s;
    expect(await page.locator("#funnel").inputValue()).toBe("EMEA");
    expect(await sqlOf(s)).toContain("'Inquiry'");
    await page.locator("#funnel").selectOption("Funnel");
    await page.waitForFunction(() =>
      (document.querySelector("#sql") as HTMLTextAreaElement).value.includes("'Lead'"),
    );
    expect(s.calls).toEqual(["getFunnelStages"]);
    await page.locator("#funnel").selectOption("EMEA");
    await page.locator("#funnel").selectOption("Funnel");
    expect(await sqlOf(s)).toContain("'Customer'");
    expect(s.calls).toEqual(["getFunnelStages"]);
  });

  it.each([
    ["en", "en"],
    ["sv", "sv"],
    ["ru", "ru"],
    ["pl", "pl_PL"],
    ["zh-CN", "zh_CN"],
  ] as const)("in %s says what is wrong with a table name next to it", async (language, locale) => {
    const t = sqlExportMessages(language);
    const s = await open("Funnel", locale);
    const { page } = s;
    await page.locator("#table").fill("crm.log; DROP TABLE x");
    const error = page.locator('[data-issue="table"]');
    expect(await error.textContent()).toBe(
      `${t.nameCharacter("crm.log; DROP TABLE x", ";")} ${t.tableHelp}`,
    );
    expect(await page.locator("#status").textContent()).toBe(t.checkField);
    expect(await page.locator("#copy").isDisabled()).toBe(true);
    expect(await sqlOf(s)).toBe("");
    await page.locator("#table").fill("crm..log");
    expect(await error.textContent()).toBe(`${t.nameEmptyPart("crm..log")} ${t.tableHelp}`);
    await page.locator("#table").fill("crm.log");
    expect(await error.textContent()).toBe("");
    expect(await page.locator("#copy").isDisabled()).toBe(false);
    expect(await page.locator('label[for="table"]').textContent()).toBe(t.table);
  });
});
