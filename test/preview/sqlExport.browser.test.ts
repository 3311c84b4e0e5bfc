/**
 * *Export funnel as SQL…* in the local preview, in headless Chromium, as a user drives it: open it
 * from the Funnel Math menu, pick DuckDB and the table, copy the query, then run the copied query
 * on DuckDB over the records the sheet holds and compare with the sheet's own STAGE_CONVERSION.
 */
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { startPreview, type RunningPreview } from "../../preview/server";
import { launchChromium } from "../../fakes/chromium";
import { funnelRows, openDuckDb } from "../sql/engines";

jest.setTimeout(60_000);

/** A CRM export of each record's furthest stage, spelled the way exports spell them. */
const RECORDS = [
  "Visit",
  "visit",
  "VISIT",
  "Visit",
  "Lead",
  "lead",
  "Lead",
  "MQL",
  "mql",
  "Mql",
  "SQL",
  "sql",
  "Customer",
  "Visit",
  "Lead",
  "MQL",
  "visit",
  "Visit",
  "customer",
  "Lead",
];

let browser: Browser;
let context: BrowserContext;
let preview: RunningPreview;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  preview = await startPreview({ port: 0 });
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: preview.url });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
  await preview?.close();
});

/** The records and a STAGE_CONVERSION over them, typed into a new sheet of the preview. */
function typeRecordsIntoSheet(): void {
  const session = preview.session;
  session.book.insertSheet("CRM export");
  RECORDS.forEach((r, i) => {
    const reply = session.editCell("CRM export", `A${i + 1}`, r);
    if (!reply.ok) throw new Error(reply.message);
  });
  const reply = session.editCell(
    "CRM export",
    "C1",
    `=STAGE_CONVERSION(A1:A${RECORDS.length}, Funnel_Stages)`,
  );
  if (!reply.ok) throw new Error(reply.message);
}

/** Polls `read` until `ok` holds (the dialog regenerates its query after a short pause). */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value: ${String(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openDialog(): Promise<FrameLocator> {
  await page.goto(preview.url);
  await page.locator('td[data-a1="A1"]').waitFor();
  await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
  await page.locator('.menu-item[data-function="showSqlExport"]').click();
  await page.locator(".dialog", { hasText: "Funnel as SQL" }).waitFor();
  const dialog = page.frameLocator(".dialog-frame");
  await dialog.locator("#sql").waitFor();
  return dialog;
}

describe("Export funnel as SQL in the preview", () => {
  it("copies a query that gives the sheet's STAGE_CONVERSION numbers on DuckDB", async () => {
    typeRecordsIntoSheet();
    const sheet = preview.session.book.getSheetByName("CRM export")!;
    const stages = preview.session.book.getSheetByName("Funnel")!.getRange("A2:A6").getValues();
    const expected = sheet
      .getRange("C1:C5")
      .getValues()
      .map((r) => r[0]);
    expect(expected.some((v) => typeof v === "number")).toBe(true);

    const dialog = await openDialog();
    await expect(dialog.locator("#funnel").inputValue()).resolves.toBe("Funnel");
    await dialog.locator("#dialect").selectOption("duckdb");
    await dialog.locator("#table").fill("crm_export");
    await dialog.locator("#column-0").fill("stage");
    const shown = await until(
      () => dialog.locator("#sql").inputValue(),
      (sql) => sql.includes('FROM "crm_export"'),
    );
    expect(shown).toContain("Dialect: DuckDB");

    await dialog.locator("#copy").click();
    await dialog.locator("#status", { hasText: "Copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);

    const duck = await openDuckDb();
    try {
      await duck.load(
        "crm_export",
        [{ name: "stage", type: "text" }],
        RECORDS.map((r) => [r]),
      );
      const rows = funnelRows(await duck.query(copied));
      expect(rows.map((r) => r.stage)).toEqual(stages.map((s) => String(s[0])));
      rows.forEach((row, i) => {
        const want = expected[i];
        if (want === "") expect(row.conversion_to_next).toBeNull();
        else expect(Object.is(row.conversion_to_next, want)).toBe(true);
      });
    } finally {
      await duck.close();
    }
  });

  it("shows a bad table name next to its field, offers one column per stage for dates, and closes", async () => {
    const dialog = await openDialog();
    await dialog.locator("#table").fill("crm.log; DROP TABLE x");
    await dialog
      .locator(".field.has-error", { hasText: 'holds ";", which a name cannot contain' })
      .waitFor();
    await expect(dialog.locator("#copy").isDisabled()).resolves.toBe(true);
    expect(await dialog.locator("#sql").inputValue()).toBe("");

    await dialog.locator("#table").fill("crm.stage_dates");
    await dialog.locator("#layout").selectOption("matrix");
    await until(
      () => dialog.locator("#columns input").count(),
      (n) => n === 5,
    );
    expect(await dialog.locator("#column-0").inputValue()).toBe("visit_date");
    await until(
      () => dialog.locator("#sql").inputValue(),
      (sql) => sql.includes("`customer_date`"),
    );

    await dialog.locator("#close").click();
    await page.locator(".dialog").waitFor({ state: "detached" });
  });
});
