/**
 * The local preview in headless Chromium, as a user drives it: the default plan's numbers, a rate
 * edited in the real sidebar, an input cell edited in the grid, every template from the menu.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { startPreview, type RunningPreview } from "../../preview/server";
import type { MenuItemView, MenuView } from "../../preview/viewTypes";
import { launchChromium } from "../../fakes/chromium";
import { annualLayout } from "../../src/addon/templates/annualPlan";
import { cohortsLayout } from "../../src/addon/templates/cohorts";
import { pvaLayout } from "../../src/addon/templates/planVsActual";

// Where the plans' blocks are (the layouts the templates are built on: layout.ts).
const annual = annualLayout().anchors;
const volume = annual["volume.body"];
const target = annual.inputs.cell(0, 1);
/** A free cell below the annual plan's stage room, for typing in. */
const scratch = (r: number) => `A${volume.lastRow + 3 + r}`;
const pva = pvaLayout().anchors;
const cohorts = cohortsLayout().anchors;

jest.setTimeout(60_000);

let browser: Browser;
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
  page = await browser.newPage({ viewport: { width: 1680, height: 900 } });
  await page.goto(preview.url);
  await page.locator('td[data-a1="A1"]').waitFor();
});
afterEach(async () => {
  await page?.close();
  await preview?.close();
});

/** What the active sheet shows in a cell. */
function cellText(a1: string): Promise<string> {
  return page.locator(`td[data-a1="${a1}"]`).innerText();
}

async function expectCell(a1: string, text: string): Promise<void> {
  await page.locator(`td[data-a1="${a1}"]`, { hasText: new RegExp(`^${text}$`) }).waitFor();
  expect(await cellText(a1)).toBe(text);
}

/** Scrolls the grid so `row` is drawn (the grid draws only the rows near the view). */
async function scrollToRow(row: number): Promise<void> {
  await page.locator("#grid").evaluate((grid, r) => {
    const tr = grid.querySelector<HTMLElement>("tr[data-row]:not(.frozen)");
    grid.scrollTop = Math.max(0, (r - 10) * (tr?.offsetHeight ?? 22));
  }, row);
  await page.locator(`tr[data-row="${row}"]`).waitFor();
}

async function activeTab(): Promise<string> {
  return (await page.locator('[role="tab"][aria-selected="true"]').textContent()) ?? "";
}

async function sidebarFrame(): Promise<Frame> {
  const handle = await page.locator("#sidebar-frame").elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("the sidebar panel has no frame");
  await frame.locator("details.stage").first().waitFor();
  return frame;
}

describe("the local preview (npm start)", () => {
  it("opens on the Inbound funnel and the annual plan for 100 000 at 10 000 (and saves a screenshot)", async () => {
    expect(await activeTab()).toBe("Annual plan");
    expect(await page.locator('[role="tab"]').allTextContents()).toEqual(["Funnel", "Annual plan"]);
    await expectCell(target, "€100,000");
    await expectCell(annual.inputs.cell(1, 1), "€10,000");
    // Inbound: Visit 2% → Lead 30% → MQL 40% → SQL 25% → Customer.
    expect(await cellText(volume.cell(4, 0))).toBe("Customer");
    await expectCell(volume.cell(4, 2), "10");
    await expectCell(volume.cell(3, 2), "40");
    await expectCell(volume.cell(2, 2), "100");
    await expectCell(volume.cell(1, 2), "334");
    // The annual plan rounds as REQUIRED_LEADS does by default ("stage"): 10 deals, 40 SQLs,
    // 100 MQLs, 333.3 → 334 leads, then 334 ÷ 2 % = 16,700 visits.
    await expectCell(volume.cell(0, 2), "16,700");
    expect(await cellText(volume.cell(1, 1))).toBe("30.0%");
    expect(await page.locator("td.error").count()).toBe(0);

    // The formula bar shows the selected cell's address and formula.
    await page.locator(`td[data-a1="${volume.cell(0, 2)}"]`).click();
    expect(await page.locator("#name-box").textContent()).toBe(volume.cell(0, 2));
    expect(await page.locator("#formula-input").inputValue()).toMatch(/^=REQUIRED_LEADS\(B5, ?B6/);

    // The real sidebar sits beside the grid with the funnel's stages; the plan's chart is drawn.
    const frame = await sidebarFrame();
    expect(await frame.locator("details.stage .stage-name").allTextContents()).toEqual([
      "Visit",
      "Lead",
      "MQL",
      "SQL",
      "Customer",
    ]);
    await page.locator(".chart svg rect").first().waitFor();
    await page.locator(`td[data-a1="${target}"]`).click();
    // Every run leaves a screenshot in test-artifacts/; `npm run screenshot` refreshes the one the
    // README shows, so ordinary test runs do not rewrite a committed image.
    const folder = process.env.UPDATE_SCREENSHOTS ? "docs" : "test-artifacts";
    mkdirSync(join(__dirname, "..", "..", folder), { recursive: true });
    await page.screenshot({ path: join(__dirname, "..", "..", folder, "preview.png") });
  });

  it("recalculates the plan when a rate is saved in the sidebar", async () => {
    const frame = await sidebarFrame();
    const sql = frame.locator('details.stage[data-index="3"]');
    await sql.locator("summary").click();
    await sql.getByLabel("Conversion to next (%)").fill("50");
    await frame.locator("#save").click();
    await frame.locator("#status.ok").waitFor();
    // 10 deals at 50% SQL → Customer: 20 SQLs, then 50 MQLs, 166.7 → 167 leads.
    await expectCell(volume.cell(3, 2), "20");
    await expectCell(volume.cell(2, 2), "50");
    await expectCell(volume.cell(1, 2), "167");
    // "stage" rounding: 167 leads ÷ 2 % = 8,350 visits.
    await expectCell(volume.cell(0, 2), "8,350");
    await expectCell(volume.cell(3, 1), "50.0%");
    await page.locator('[role="tab"]', { hasText: "Funnel" }).click();
    await expectCell("C5", "50.0%");
  });

  it("follows the Lifecycle preset saved in the sidebar: 7 stages, no #SPILL! (and saves a screenshot)", async () => {
    const frame = await sidebarFrame();
    await frame.locator("#preset-picker").selectOption("lifecycle");
    await frame.locator("#apply-preset").click();
    await frame.locator("#save").click();
    await frame.locator("#status.ok").waitFor();
    await expectCell(volume.cell(6, 0), "Customer");
    const stages = [];
    for (let r = 0; r <= 7; r++) stages.push(await cellText(volume.cell(r, 0)));
    expect(stages).toEqual([
      "Prospect",
      "Subscriber",
      "Lead",
      "MQL",
      "SQL",
      "Opportunity",
      "Customer",
      "",
    ]);
    await expectCell(volume.cell(6, 2), "10");
    // Opportunity 30 % → Customer: 33.3 → 34 opportunities.
    await expectCell(volume.cell(5, 2), "34");
    // 20 % × 25 % × 35 % × 50 % × 60 % × 30 %: a Prospect becomes a customer 0.1575 % of the
    // time, shown with enough digits not to read 0.2 %.
    await page.locator(`td[data-a1="${volume.cell(0, 6)}"]`, { hasText: /^0\.15[78]%$/ }).waitFor();
    // "stage" rounding up the chain: 34, 57, 114, 326, 1 304, then 1 304 ÷ 20 % = 6,520 prospects.
    await expectCell(volume.cell(0, 2), "6,520");
    const shown = await page.locator("table.grid tbody").innerText();
    expect(shown).not.toMatch(/#(VALUE|ERROR|REF|NAME|N\/A|NUM|DIV\/0|SPILL|CYCLE)/);
    expect(await page.locator("td.error").count()).toBe(0);
    await page.locator(".chart svg rect").nth(6).waitFor();
    const folder = process.env.UPDATE_SCREENSHOTS ? "docs" : "test-artifacts";
    mkdirSync(join(__dirname, "..", "..", folder), { recursive: true });
    await page.screenshot({ path: join(__dirname, "..", "..", folder, "preview-lifecycle.png") });
  });

  it("shows a function's own error as #ERROR! with its words, in the tooltip and the formula bar", async () => {
    await page.locator(`td[data-a1="${scratch(0)}"]`).click();
    await page.keyboard.type("=REQUIRED_LEADS(B5, B6, 30)");
    await page.keyboard.press("Enter");
    await expectCell(scratch(0), "#ERROR!");
    const message =
      "REQUIRED_LEADS: conversion_rates: is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%";
    expect(await page.locator(`td[data-a1="${scratch(0)}"]`).getAttribute("title")).toBe(message);
    await page.locator(`td[data-a1="${scratch(0)}"]`).click();
    expect(await page.locator("#cell-error").textContent()).toBe(`#ERROR! ${message}`);
    // A spill blocked by a value is #REF!, as in Sheets.
    await page.locator(`td[data-a1="${scratch(2)}"]`).click();
    await page.keyboard.type("x");
    await page.keyboard.press("Enter");
    await page.locator(`td[data-a1="${scratch(0)}"]`).click();
    await page.locator("#formula-input").fill("=REQUIRED_LEADS(B5, B6, {0.5; 0.5})");
    await page.locator("#formula-input").press("Enter");
    await expectCell(scratch(0), "#REF!");
  });

  it("reads typed ISO and month-name dates as dates", async () => {
    await page.locator(`td[data-a1="${scratch(0)}"]`).click();
    await page.keyboard.type("2027-01-01");
    await page.keyboard.press("Enter");
    await expectCell(scratch(0), "2027-01-01");
    await page.keyboard.type("Mar 2027");
    await page.keyboard.press("Enter");
    await expectCell(scratch(1), "Mar 2027");
    await page.keyboard.type(`=${scratch(1)}-${scratch(0)}`);
    await page.keyboard.press("Enter");
    await expectCell(scratch(2), "59");
  });

  it("recalculates when an input cell is edited: twice the target, twice the volumes", async () => {
    await page.locator(`td[data-a1="${target}"]`).click();
    await page.keyboard.type("200000");
    await page.keyboard.press("Enter");
    await expectCell(target, "€200,000");
    await expectCell(volume.cell(4, 2), "20");
    await expectCell(volume.cell(3, 2), "80");
    await expectCell(volume.cell(2, 2), "200");
    // The formula bar edits too; a percent typed as 50% is the fraction 0.5.
    await page.locator(`td[data-a1="${scratch(0)}"]`).click();
    await page.locator("#formula-input").fill("50%");
    await page.locator("#formula-input").press("Enter");
    await expectCell(scratch(0), "50%");
    await page.locator(`td[data-a1="${scratch(1)}"]`).click();
    await page.keyboard.type(`=${scratch(0)}*${volume.cell(4, 2)}`);
    await page.keyboard.press("Enter");
    await expectCell(scratch(1), "10");
  });

  /** Plans of a revenue target ask their figures in New plan's dialog first: Build takes them. */
  async function buildIfAsked(functionName: string, firstMonth?: string): Promise<void> {
    const asks = ["newAnnualPlan", "newMonthlyTargets", "newSlaTracker", "newPlanVsActual"];
    if (!asks.includes(functionName)) return;
    await page.locator(".dialog").waitFor({ state: "visible" });
    const dialog = page.frameLocator(".dialog-frame");
    if (firstMonth) await dialog.locator("#firstMonth").fill(firstMonth);
    await dialog.locator("#build").click();
    await page.locator(".dialog").waitFor({ state: "detached" });
  }

  it("creates every template from the Funnel Math ▸ New plan menu", async () => {
    const menu = preview.session.view().menu;
    const newPlan = menu.items.find((i): i is MenuView => "items" in i && i.label === "New plan");
    expect(newPlan?.items.length).toBe(9);
    const templates = (newPlan?.items ?? []) as MenuItemView[];
    let tabs = await page.locator('[role="tab"]').count();
    for (const template of templates) {
      await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
      await page.locator(".menu-item.has-submenu", { hasText: "New plan" }).hover();
      await page.locator(`.menu-item[data-function="${template.functionName}"]`).click();
      await buildIfAsked(template.functionName);
      await page.locator('[role="tab"]').nth(tabs).waitFor();
      tabs++;
      expect(await activeTab()).toBe(
        await page
          .locator('[role="tab"]')
          .nth(tabs - 1)
          .textContent(),
      );
      const shown = await page.locator("table.grid tbody").innerText();
      expect(shown).not.toMatch(/#(VALUE|ERROR|REF|NAME|N\/A|NUM|DIV\/0|SPILL|CYCLE)/);
      expect(await page.locator("td.error").count()).toBe(0);
      // Computed numbers, not just labels: the row headers' digits do not count.
      const cellTexts = await page.locator("table.grid tbody td .cell-text").allInnerTexts();
      expect(cellTexts.filter((t) => /\d/.test(t)).length).toBeGreaterThan(0);
    }
    expect(await page.locator(".modal").count()).toBe(0);
    // The Cohorts sheet is the widest (a 30-stage export and cohort table): the preview draws it slowly.
  }, 240_000);

  /** Funnel Math ▸ New plan ▸ <template>, then waits for its tab. */
  async function openTemplate(functionName: string, tab: string, firstMonth?: string) {
    await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
    await page.locator(".menu-item.has-submenu", { hasText: "New plan" }).hover();
    await page.locator(`.menu-item[data-function="${functionName}"]`).click();
    await buildIfAsked(functionName, firstMonth);
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: tab }).waitFor();
  }

  it("Plan vs actual from the menu: the monthly plan beside actuals, attainment, forecast (and a screenshot)", async () => {
    // A plan year that started nine months ago: its past months carry example actuals.
    const start = new Date();
    start.setDate(1);
    start.setMonth(start.getMonth() - 9);
    const month = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, "0")}`;
    await openTemplate("newPlanVsActual", "Plan vs actual", month);
    const plan = pva["plan.body"];
    const ytd = pva["ytd.body"];
    const attainment = pva["attainment.body"];
    await expectCell("A1", "Plan vs actual");
    await expectCell(pva.inputs.cell(0, 1), "€100,000");
    // The monthly plan: Inbound's won deals add up to 10 over the year.
    await expectCell(plan.cell(4, 0), "Customer");
    await expectCell(ytd.cell(4, 4), "10");
    await expectCell(ytd.cell(0, 4), "16,667");
    // Actuals in the nine past months, none in the last three; attainment as percents.
    expect(await cellText(pva["actual.body"].cell(0, 8))).toMatch(/^\d[\d,]*$/);
    expect(await cellText(pva["actual.body"].cell(0, 9))).toBe("");
    expect(await cellText(attainment.cell(0, 0))).toMatch(/^\d+\.\d%$/);
    // The forecast: actual to date + the rest of the plan at the pace kept so far.
    expect(await cellText(ytd.cell(0, 3))).toMatch(/^\d[\d,]*$/);
    expect(await page.locator("td.error").count()).toBe(0);
    const shown = await page.locator("table.grid tbody").innerText();
    expect(shown).not.toMatch(/#(VALUE|ERROR|REF|NAME|N\/A|NUM|DIV\/0|SPILL|CYCLE)/);
    // Behind-plan cells are shaded: at least one attainment cell below 100 % carries the tint.
    const firstRows = Array.from({ length: 4 * 12 }, (_, i) =>
      attainment.cell(Math.floor(i / 12), i % 12),
    );
    const behind = await page
      .locator(firstRows.map((a1) => `td[data-a1="${a1}"]`).join(", "))
      .evaluateAll(
        (cells) =>
          cells.filter((c) => getComputedStyle(c).backgroundColor === "rgb(252, 232, 230)").length,
      );
    expect(behind).toBeGreaterThan(0);
    // The won-deals chart is drawn.
    await page.locator(".chart svg rect").first().waitFor({ state: "attached" });
    await page.locator("#sidebar-close").click();
    await page.locator("#toast").evaluate((toast) => ((toast as HTMLElement).hidden = true));
    await scrollToRow(plan.row + 10);
    const folder = process.env.UPDATE_SCREENSHOTS ? "docs" : "test-artifacts";
    mkdirSync(join(__dirname, "..", "..", folder), { recursive: true });
    await page.screenshot({ path: join(__dirname, "..", "..", folder, "plan-vs-actual.png") });
  });

  it("Cohorts from the menu: measured days beside the table's, and Use measured days saves them", async () => {
    await openTemplate("newCohorts", "Cohorts");
    const days = cohorts["days.body"];
    await expectCell(days.cell(0, 0), "Visit");
    await expectCell(cohorts["export.header"].cell(0, 0), "Visit");
    await expectCell(cohorts["export.header"].cell(0, 4), "Customer");
    const measured = await cellText(days.cell(0, 1));
    expect(measured).toMatch(/^\d+(\.\d)?$/);
    await expectCell(days.cell(0, 2), "7.0");
    expect(await cellText(days.cell(4, 1))).toBe("");
    expect(await page.locator("td.error").count()).toBe(0);
    await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
    await page.locator('.menu-item[data-function="useMeasuredDays"]').click();
    const modal = page.locator(".modal");
    await modal.waitFor();
    // It asks first, showing before → after. The preview's modal only closes (it cannot answer a
    // question the script waits on), and closing it is no: the table keeps its days.
    expect(await modal.locator(".modal-prompt").textContent()).toContain(
      'Use the measured days in stage in the "Funnel" funnel? Before → after:',
    );
    await modal.getByRole("button", { name: "OK" }).click();
    await expectCell(days.cell(0, 2), "7.0");
    await page.locator('[role="tab"]', { hasText: "Funnel" }).first().click();
    expect(Number(await cellText("D2"))).toBe(7);
    // The Cohorts sheet is the widest (a 30-stage export and cohort table): the preview draws it slowly.
  }, 240_000);

  it("New plan follows the funnel in view, and asks in a dialog when none is", async () => {
    const frame = await sidebarFrame();
    await frame.locator("#new-funnel").click();
    await frame.getByLabel("Funnel name").fill("EMEA");
    await frame.getByLabel("Start from").selectOption("lifecycle");
    await frame.locator("#create-funnel").click();
    await frame.locator("#status.ok").waitFor();
    const runNewPlan = async (functionName: string) => {
      await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
      await page.locator(".menu-item.has-submenu", { hasText: "New plan" }).hover();
      await page.locator(`.menu-item[data-function="${functionName}"]`).click();
    };
    // New plan asks the plan's figures in its dialog; Build takes them.
    const build = async () => {
      await page.locator(".dialog").waitFor({ state: "visible" });
      await page.frameLocator(".dialog-frame").locator("#build").click();
      await page.locator(".dialog").waitFor({ state: "detached" });
    };
    // The EMEA tab in view: the monthly plan follows EMEA, no funnel asked.
    await page.locator('[role="tab"]', { hasText: "EMEA" }).click();
    await runNewPlan("newMonthlyTargets");
    expect(await page.frameLocator(".dialog-frame").locator("#funnel").count()).toBe(0);
    await build();
    await page
      .locator('[role="tab"][aria-selected="true"]', { hasText: "Monthly targets" })
      .waitFor();
    // The tab is selected as the sheet arrives; its cells are drawn just after.
    await page.locator('td[data-a1="A2"]', { hasText: /^Funnel: EMEA · / }).waitFor();
    expect(await page.locator(".dialog").count()).toBe(0);
    // A sheet that is neither a funnel nor a funnel's plan: the dialog asks which funnel.
    await runNewPlan("newChannelEconomics");
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: "Channel CAC" }).waitFor();
    await runNewPlan("newAnnualPlan");
    await page.locator(".dialog").waitFor({ state: "visible" });
    expect(await page.locator(".dialog .dialog-title").textContent()).toBe(
      "New plan: Annual reverse funnel",
    );
    await page.frameLocator(".dialog-frame").locator("#funnel").selectOption("EMEA");
    await build();
    await page
      .locator('[role="tab"][aria-selected="true"]', { hasText: "Annual plan 2" })
      .waitFor();
    // The tab is selected as the sheet arrives; its cells are drawn just after.
    await page.locator('td[data-a1="A2"]', { hasText: /^Funnel: EMEA · / }).waitFor();
    await expectCell(volume.cell(6, 0), "Customer");
    expect(await page.locator("td.error").count()).toBe(0);
  });

  it("opens the stage editor from the menu and shows ui.alert messages in a modal", async () => {
    await page.locator("#sidebar-close").click();
    expect(await page.locator("#sidebar").isHidden()).toBe(true);
    await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
    await page.locator('.menu-item[data-function="showStageEditor"]').click();
    await page.locator("#sidebar").waitFor({ state: "visible" });
    await sidebarFrame();

    await page.locator(".menu-button", { hasText: "Funnel Math" }).click();
    await page.locator('.menu-item[data-function="showFunctionReference"]').click();
    const modal = page.locator(".modal");
    await modal.waitFor();
    expect(await modal.locator(".modal-prompt").textContent()).toContain("REQUIRED_LEADS");
    await modal.getByRole("button", { name: "OK" }).click();
    expect(await page.locator(".modal").count()).toBe(0);
  });
});
