/**
 * The preview behaves like a spreadsheet, driven in headless Chromium as a user would: paste a
 * CRM export (Ctrl+V) and read the cohort table; select by drag and Shift-click, clear with
 * Delete, undo and redo; copy a range and paste it elsewhere; import a CSV file; the edited cell
 * shows a pending state; clicks hit the cell under the pointer; frozen columns and many tabs; the
 * page fetches the workbook once while loading; numbers, dates and typing in a Swedish sheet.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { callCounts, resetCallCounts } from "../../fakes/formulaEngine";
import { startPreview, type RunningPreview } from "../../preview/server";
import { toTsv } from "../../preview/delimited";
import { launchChromium } from "../../fakes/chromium";
import { at } from "../harness/at";
import { annualLayout } from "../../src/addon/templates/annualPlan";
import { cohortsLayout } from "../../src/addon/templates/cohorts";
import { escapeRegExp } from "../../src/core/escapeRegExp";

// Where the blocks of a fresh plan are: the layout helper's anchors, never copied row numbers.
const cohorts = cohortsLayout().anchors;
const exportBody = cohorts["export.body"];
const cohortTable = cohorts.cohort;
/** The won stage's needed-per-year cell of the annual plan (Inbound: its fifth stage). */
const wonNeeded = annualLayout().anchors["volume.body"].cell(4, 2);
/** The top stage's needed-per-year cell: REQUIRED_LEADS' own cell. */
const topNeeded = annualLayout().anchors["volume.body"].cell(0, 2);
/** Lead's planned conversion (30 %) in the annual plan. */
const leadRate = annualLayout().anchors["volume.body"].cell(1, 1);
// Cells below the annual plan's blocks, free for the user's own work.
const free = (column: string, row: number) => `${column}${50 + row}`;

jest.setTimeout(90_000);

let browser: Browser;
let context: BrowserContext;
let preview: RunningPreview;
let page: Page;
/** Calls to /api/workbook the page made (each is a redraw). */
let workbookFetches = 0;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  preview = await startPreview({ port: 0 });
  context = await browser.newContext({ viewport: { width: 1680, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: preview.url });
  page = await context.newPage();
  workbookFetches = 0;
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/workbook") workbookFetches++;
  });
  await page.goto(preview.url);
  await page.locator('td[data-a1="A1"]').waitFor();
});
afterEach(async () => {
  await context?.close();
  await preview?.close();
});

const cell = (a1: string) => page.locator(`td[data-a1="${a1}"]`);

async function expectCell(a1: string, text: string): Promise<void> {
  const escaped = escapeRegExp(text);
  await page
    .locator(`td[data-a1="${a1}"]:not(.pending)`, { hasText: new RegExp(`^${escaped}$`) })
    .waitFor();
  expect(await cell(a1).innerText()).toBe(text);
}

async function expectEmpty(a1: string): Promise<void> {
  await page.waitForFunction(
    (a) => document.querySelector(`td[data-a1="${a}"]`)?.textContent === "",
    a1,
  );
}

/** Scrolls the grid down to `row`, as a user would (rows far from the view are not drawn). */
async function scrollToRow(row: number): Promise<void> {
  await page.locator("#grid").evaluate((grid, r) => {
    const tr = grid.querySelector<HTMLElement>("tr[data-row]:not(.frozen)");
    grid.scrollTop = (r - 10) * (tr?.offsetHeight ?? 22);
  }, row);
  await page.locator(`tr[data-row="${row}"]`).waitFor();
}

async function openTemplate(functionName: string, tab: string): Promise<void> {
  await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
  await page.locator(".menu-item.has-submenu", { hasText: "New plan" }).hover();
  await page.locator(`.menu-item[data-function="${functionName}"]`).click();
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: tab }).waitFor();
}

/** Puts text on the system clipboard and pastes it with Ctrl+V, as from another application. */
async function pasteFromOutside(text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
}

const DAY = 86_400_000;
const STAGES = ["Visit", "Lead", "MQL", "SQL", "Customer"];

/**
 * Forty contacts as a HubSpot contacts export gives their lifecycle dates ("Create Date",
 * "Became a Lead Date", … — date and time, "2026-01-15 09:32"), the five date columns copied:
 * intake from 3 January to 22 March 2026, a third never becoming a lead, some lost later on.
 */
function hubspotExport(): string[][] {
  const stamp = (t: number) => new Date(t).toISOString().slice(0, 16).replace("T", " ");
  return Array.from({ length: 40 }, (_, i) => {
    let t = Date.UTC(2026, 0, 3, 9 + (i % 8), (i * 7) % 60) + i * 2 * DAY;
    const reached: [boolean, boolean, boolean, ...boolean[]] = [
      true,
      i % 3 !== 2,
      i % 3 !== 2 && i % 4 !== 3,
    ];
    reached.push(reached[2] && i % 2 === 0, reached[2] && i % 2 === 0 && i % 5 === 0);
    return reached.map((yes, s) => {
      if (s > 0) t += (3 + ((i + s) % 9)) * DAY + 3_600_000;
      return yes ? stamp(t) : "";
    });
  });
}

describe("the preview as a spreadsheet", () => {
  it("pastes a 40-row CRM export into Cohorts (one recalculation) and shows its cohort table", async () => {
    await openTemplate("newCohorts", "Cohorts");
    // Select the example records by click and Shift-click, and clear them with Delete.
    // The 72 example records, five stage columns.
    const first = exportBody.cell(0, 0);
    const last = exportBody.cell(71, 4);
    await cell(first).click();
    await scrollToRow(exportBody.row + 71);
    await cell(last).click({ modifiers: ["Shift"] });
    expect(await page.locator("#name-box").textContent()).toBe(`${first}:${last}`);
    await page.keyboard.press("Delete");
    await expectEmpty(last);
    await scrollToRow(exportBody.row);
    await expectEmpty(first);

    const rows = hubspotExport();
    await cell(first).click();
    resetCallCounts();
    await pasteFromOutside(toTsv(rows));
    await page.locator("#name-box", { hasText: `${first}:${exportBody.cell(39, 4)}` }).waitFor();
    // The date-times land in the export's date-formatted cells, which show the day.
    await expectCell(first, at(at(rows, 0), 0).slice(0, 10));
    await expectCell(exportBody.cell(39, 1), at(at(rows, 39), 1).slice(0, 10));

    // The cohort table: one row per intake month, shares counted by hand.
    await scrollToRow(cohortTable.row + 1);
    const months = ["2026-01", "2026-02", "2026-03"];
    for (const [m, month] of months.entries()) {
      const members = rows.filter((r) => at(r, 0).startsWith(month));
      await expectCell(cohortTable.cell(1 + m, 0), month);
      await expectCell(cohortTable.cell(1 + m, 1), String(members.length));
      for (let s = 1; s < STAGES.length; s++) {
        const share = members.filter((r) => r[s] !== "").length / members.length;
        await expectCell(cohortTable.cell(1 + m, s + 1), `${(share * 100).toFixed(1)}%`);
      }
    }
    await expectEmpty(cohortTable.cell(1 + months.length, 0));
    // One recalculation for the whole paste: each custom function of the sheet ran once.
    expect(callCounts.get("COHORT_CONVERSION")).toBe(1);
    expect(callCounts.get("STAGE_DAYS")).toBe(1);
    expect(await page.locator("td.error").count()).toBe(0);
  });

  it("selects by drag, clears with Delete, and undoes and redoes it; a menu command says why it cannot", async () => {
    const from = await cell("B5").boundingBox();
    const to = await cell("B6").boundingBox();
    await page.mouse.move(from!.x + 10, from!.y + 5);
    await page.mouse.down();
    await page.mouse.move(to!.x + 10, to!.y + 5, { steps: 5 });
    await page.mouse.up();
    expect(await page.locator("#name-box").textContent()).toBe("B5:B6");
    await page.keyboard.press("Backspace");
    await expectEmpty("B5");
    await expectEmpty("B6");
    // REQUIRED_LEADS says what is wrong once, in its own cell; the stages below stay empty.
    await expectCell(topNeeded, "#ERROR!");
    await expectEmpty(wonNeeded);

    await page.keyboard.press("Control+Z");
    await expectCell("B5", "€100,000");
    await expectCell("B6", "€10,000");
    await expectCell(wonNeeded, "10");
    expect(await page.locator("#name-box").textContent()).toBe("B5:B6");
    await page.keyboard.press("Control+Y");
    await expectEmpty("B5");
    await page.keyboard.press("Control+Shift+Z");
    await page.locator("#toast", { hasText: "Nothing to redo." }).waitFor();
    await page.locator("#undo").click();
    await expectCell("B5", "€100,000");

    // A menu command changes the workbook through the add-on: undo stops there and says so.
    await openTemplate("newFunnelHealth", "Funnel health");
    await page.locator('[role="tab"]', { hasText: "Annual plan" }).click();
    await cell("B5").click();
    await page.keyboard.press("Control+Z");
    await page
      .locator("#toast", { hasText: "“New plan ▸ Funnel health” changed the workbook" })
      .waitFor();
    await expectCell("B5", "€100,000");
  });

  it("copies a range as tab-separated text and pastes it elsewhere (formulas move, formats come along)", async () => {
    await cell("B5").click();
    await cell("B6").click({ modifiers: ["Shift"] });
    await page.keyboard.press("Control+C");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("€100,000\n€10,000");
    await scrollToRow(50);
    await cell(free("H", 0)).click();
    await page.keyboard.press("Control+V");
    await expectCell(free("H", 0), "€100,000");
    await expectCell(free("H", 1), "€10,000");
    expect(await page.locator("#name-box").textContent()).toBe(`${free("H", 0)}:${free("H", 1)}`);

    // A formula pasted one row down reads one row down, as in Sheets.
    await cell(free("I", 0)).click();
    await page.keyboard.type(`=${free("H", 0)}/1000`);
    await page.keyboard.press("Enter");
    await expectCell(free("I", 0), "100");
    await cell(free("I", 0)).click();
    await page.keyboard.press("Control+C");
    await cell(free("I", 1)).click();
    await page.keyboard.press("Control+V");
    await expectCell(free("I", 1), "10");
    await cell(free("I", 1)).click();
    expect(await page.locator("#formula-input").inputValue()).toBe(`=${free("H", 1)}/1000`);

    // Text from elsewhere is typed input: numbers, percents and dates are read as such.
    await cell(free("J", 0)).click();
    await pasteFromOutside("12%\t2026-03-15\n1,500\tLost");
    await expectCell(free("J", 0), "12%");
    await expectCell(free("K", 0), "2026-03-15");
    await expectCell(free("J", 1), "1500");
    await expectCell(free("K", 1), "Lost");
  });

  it("imports a CSV file at the selected cell (separator detected, quotes honoured)", async () => {
    await scrollToRow(50);
    await cell(free("M", 0)).click();
    await page.locator("#csv-file").setInputFiles({
      name: "deals.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        '\uFEFFDeal name;Amount;Close date\n"Acme; Inc";12 500;2026-02-01\nGlobex;8000;2026-02-14\n',
      ),
    });
    await page
      .locator("#toast", { hasText: `Imported deals.csv into ${free("M", 0)}:${free("O", 2)}.` })
      .waitFor();
    await expectCell(free("M", 1), "Acme; Inc");
    await expectCell(free("O", 2), "2026-02-14");
    await expectCell(free("N", 2), "8000");
  });

  it("shows the edited cell as pending until its value arrives", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/cell", async (route) => {
      await held;
      await route.continue();
    });
    await cell("B5").click();
    await page.keyboard.type("300000");
    await page.keyboard.press("Enter");
    await page.locator('td[data-a1="B5"].pending', { hasText: "300000" }).waitFor();
    expect(await cell(wonNeeded).innerText()).toBe("10");
    release();
    await expectCell("B5", "€300,000");
    await expectCell(wonNeeded, "30");
    expect(await page.locator("td.pending").count()).toBe(0);
  });

  it("clicks the cell under the pointer, even where a neighbour's text runs over it", async () => {
    // A1's title runs over B1 and C1.
    expect(await cell("A1").evaluate((td) => td.classList.contains("overflow"))).toBe(true);
    await cell("B1").click();
    expect(await page.locator("#name-box").textContent()).toBe("B1");
    await cell("C1").dblclick();
    await page.locator('td[data-a1="C1"] .cell-editor').waitFor();
  });

  it("keeps frozen rows and columns in view, and scrolls a tab bar of many sheets", async () => {
    const book = preview.session.book;
    book.getSheetByName("Annual plan")!.setFrozenColumns(1);
    for (let i = 1; i <= 20; i++) book.insertSheet(`Region ${i}`);
    await page.reload();
    await cell("A1").waitFor();
    await page.locator('[role="tab"]', { hasText: "Annual plan" }).click();
    await cell("A5").waitFor();
    const grid = page.locator("#grid");
    const frozenLeft = async () => (await cell("A5").boundingBox())!.x;
    const before = await frozenLeft();
    await grid.evaluate((g) => (g.scrollLeft = 400));
    await grid.evaluate((g) => (g.scrollTop = 300));
    expect(await frozenLeft()).toBe(before);
    // Row 2 is frozen: still under the column letters after scrolling down.
    const header = (await page.locator("th.column-header").first().boundingBox())!;
    const row2 = (await cell("B2").boundingBox())!;
    expect(row2.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(row2.y).toBeLessThan(header.y + header.height + 30);
    expect(await cell("A1").evaluate((td) => td.classList.contains("frozen-column-last"))).toBe(
      true,
    );

    // Twenty-two tabs: the strip scrolls inside the page, with arrows and an "All sheets" list.
    const strip = page.locator(".tab-strip");
    const widths = await strip.evaluate((s) => [s.scrollWidth, s.clientWidth]);
    expect(at(widths, 0)).toBeGreaterThan(at(widths, 1));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1680,
    );
    const right = page.getByRole("button", { name: "Scroll sheet tabs right" });
    await right.waitFor();
    await right.click();
    await page.waitForFunction(() => document.querySelector(".tab-strip")!.scrollLeft > 0);
    await page.getByRole("button", { name: "All sheets" }).click();
    await page.getByRole("menuitem", { name: "Region 20" }).click();
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: "Region 20" }).waitFor();
    const tab = (await page.locator('[role="tab"][aria-selected="true"]').boundingBox())!;
    const box = (await strip.boundingBox())!;
    expect(tab.x + tab.width).toBeLessThanOrEqual(box.x + box.width + 1);
  });

  it("fetches the workbook once while loading, and not again for the sidebar's reads", async () => {
    await page.locator("#sidebar-frame").waitFor();
    const frame = page.frameLocator("#sidebar-frame");
    await frame.locator("details.stage").first().waitFor();
    await page.waitForTimeout(500);
    expect(workbookFetches).toBe(1);
    const version = preview.session.currentVersion();
    expect(preview.session.runServerFunction("getFunnels", [])).toMatchObject({ ok: true });
    expect(preview.session.runServerFunction("loadFunnel", ["Funnel"])).toMatchObject({ ok: true });
    expect(preview.session.currentVersion()).toBe(version);
    // An edit is one new version and one redraw.
    await cell(free("H", 0)).click();
    await page.keyboard.type("5");
    await page.keyboard.press("Enter");
    await expectCell(free("H", 0), "5");
    expect(preview.session.currentVersion()).toBe(version + 1);
    await page.waitForTimeout(300);
    expect(workbookFetches).toBe(2);
  });

  it("shows numbers and dates as a Swedish spreadsheet does, and reads what is typed there", async () => {
    await page.locator("#spreadsheet-locale").selectOption("sv_SE");
    // The plan's money format (€ before the amount) keeps its symbol; the locale draws the rest.
    await expectCell("B5", "€100\u00a0000");
    await expectCell(leadRate, "30,0%");
    await scrollToRow(50);
    await cell(free("H", 0)).click();
    for (const typed of ["24 000 kr", "1,5", "15.03.2026", "maj 2027"]) {
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
    }
    await expectCell(free("H", 0), "24\u00a0000,00 kr");
    await expectCell(free("H", 1), "1,5");
    await expectCell(free("H", 2), "2026-03-15");
    await expectCell(free("H", 3), "maj 2027");
    await cell(free("H", 1)).click();
    expect(await page.locator("#formula-input").inputValue()).toBe("1,5");
  });
});
