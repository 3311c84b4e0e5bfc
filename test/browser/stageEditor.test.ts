import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { HAND_TYPED_FUNNEL } from "../../fakes/addon";
import { launchChromium, openSidebar, type SidebarSession } from "../harness/sidebarPage";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { attachFormulaEngine } from "../../fakes/workbookEngine";

jest.setTimeout(30_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const sessions: SidebarSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    expect(s.pageErrors).toEqual([]);
    await s.page.close();
  }
});

async function open(
  book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }),
): Promise<SidebarSession> {
  const session = await openSidebar(browser, book);
  sessions.push(session);
  await session.page.locator("details.stage").first().waitFor();
  return session;
}

const card = (page: Page, index: number) => page.locator(`details.stage[data-index="${index}"]`);

async function openCard(page: Page, index: number) {
  const c = card(page, index);
  if (!(await c.evaluate((d) => (d as HTMLDetailsElement).open)))
    await c.locator("summary").click();
  return c;
}

async function stageNames(page: Page): Promise<string[]> {
  return page.locator("details.stage .stage-name").allTextContents();
}

async function saveAndWait(page: Page) {
  await page.locator("#save").click();
  await page.locator("#status.ok, #status.error").waitFor();
  return (await page.locator("#status").textContent()) ?? "";
}

function sheetColumn(s: SidebarSession, a1: string) {
  return s.addon.book.getSheetByName("Funnel")!.getRange(a1).getValues().flat();
}

describe("the stage editor sidebar", () => {
  it("opens from the menu on the default funnel, with rates as percents", async () => {
    const s = await open();
    expect(s.addon.book.ui.sidebars[0].getTitle()).toBe("Funnel stages");
    expect(await s.page.locator("#funnel-picker").inputValue()).toBe("Funnel");
    expect(await stageNames(s.page)).toEqual(["Lead", "MQL", "SQL", "Customer"]);
    const first = await openCard(s.page, 0);
    expect(await first.getByLabel("Conversion to next (%)").inputValue()).toBe("10%");
    expect(await first.getByLabel("Owner", { exact: true }).inputValue()).toBe("Marketing");
    // The funnel list and the funnel came with the page: no call from the page to open it.
    expect(s.calls).toEqual([]);
  });

  it("edits, adds, reorders and deletes stages, saves, and the sheet and a formula follow", async () => {
    const s = await open();
    attachFormulaEngine(s.addon.book, s.addon.functions);
    const { page } = s;
    // Edit a rate (20 is 20 %, by the one rate convention).
    const lead = await openCard(page, 0);
    await lead.getByLabel("Conversion to next (%)").fill("20");
    // Add a stage (goes above the last one), name it and give it a rate.
    await page.locator("#add-stage").click();
    const added = card(page, 3);
    await added.getByLabel("Stage name").fill("Opportunity");
    await added.getByLabel("Conversion to next (%)").fill("40");
    await added.getByLabel("Owner", { exact: true }).selectOption("Other…");
    await added.getByLabel("Other owner").fill("Account executives");
    // Move it up above SQL, then delete MQL.
    await added.getByRole("button", { name: "Move Opportunity up" }).click();
    expect(await stageNames(page)).toEqual(["Lead", "MQL", "Opportunity", "SQL", "Customer"]);
    await (await openCard(page, 1)).getByRole("button", { name: "Delete MQL" }).click();
    expect(await stageNames(page)).toEqual(["Lead", "Opportunity", "SQL", "Customer"]);

    expect(await saveAndWait(page)).toMatch(/^Saved to the "Funnel" sheet/);
    expect(sheetColumn(s, "A2:A6")).toEqual(["Lead", "Opportunity", "SQL", "Customer", ""]);
    expect(sheetColumn(s, "B3:C3")).toEqual(["Account executives", 0.4]);
    expect(sheetColumn(s, "C2:C5")).toEqual([0.2, 0.4, 0.5, ""]);
    expect(s.addon.book.getRangeByName("Funnel_Rates")!.getA1Notation()).toBe("C2:C5");

    const plan = s.addon.book.insertSheet("Plan");
    plan.getRange("A1:A2").setValues([[100000], [10000]]);
    plan.getRange("B1").setFormula("=REQUIRED_LEADS(A1, A2, Funnel_Rates)");
    expect(plan.getRange("B1:B4").getValues().flat()).toEqual([250, 50, 20, 10]);
  });

  it("applies a preset to the editor; the sheet changes only on save", async () => {
    const s = await open();
    await s.page.locator("#preset-picker").selectOption("lifecycle");
    await s.page.locator("#apply-preset").click();
    expect(await stageNames(s.page)).toEqual([
      "Prospect",
      "Subscriber",
      "Lead",
      "MQL",
      "SQL",
      "Opportunity",
      "Customer",
    ]);
    expect(await s.page.locator("#status").textContent()).toContain("examples");
    expect(sheetColumn(s, "A2:A2")).toEqual(["Lead"]);
    expect(await saveAndWait(s.page)).toMatch(/^Saved/);
    expect(sheetColumn(s, "A2:A8")).toEqual([
      "Prospect",
      "Subscriber",
      "Lead",
      "MQL",
      "SQL",
      "Opportunity",
      "Customer",
    ]);
    expect(sheetColumn(s, "E5:E5")[0]).toMatch(/asked for a conversation/);
  });

  it("shows validation errors next to their fields and refuses to save", async () => {
    const s = await open();
    const { page } = s;
    const mql = await openCard(page, 1);
    await mql.getByLabel("Stage name").fill("lead");
    await mql.getByLabel("Conversion to next (%)").fill("150");
    await expect(mql.locator('[data-issue="stages.1.name"]').textContent()).resolves.toContain(
      "already called",
    );
    await expect(
      mql.locator('[data-issue="stages.1.conversionToNext"]').textContent(),
    ).resolves.toContain("at most 100%");
    expect(await mql.getByLabel("Stage name").getAttribute("aria-invalid")).toBe("true");
    const before = s.addon.book.snapshot();
    expect(await saveAndWait(page)).toMatch(/^Not saved: fix the 2 highlighted fields/);
    expect(s.calls).not.toContain("saveFunnel");
    expect(s.addon.book.snapshot()).toEqual(before);
    // The first invalid field has focus; fixing both lets the save through.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe(
      "true",
    );
    await mql.getByLabel("Stage name").fill("MQL");
    await mql.getByLabel("Conversion to next (%)").fill("35");
    expect(await mql.locator(".field-error:not(:empty)").count()).toBe(0);
    expect(await saveAndWait(page)).toMatch(/^Saved/);
    expect(sheetColumn(s, "C3:C3")).toEqual([0.35]);
  });

  it("refuses to overwrite a table edited behind its back, and Reload shows the new version", async () => {
    const s = await open();
    const { page } = s;
    await (await openCard(page, 0)).getByLabel("Stage name").fill("Leads");
    s.addon.book.getSheetByName("Funnel")!.getRange("A3").setValue("Marketing qualified lead");
    expect(await saveAndWait(page)).toBe("Not saved.");
    const conflict = page.getByRole("alert").filter({ hasText: "changed in the sheet" });
    await conflict.waitFor();
    expect(sheetColumn(s, "A2:A3")).toEqual(["Lead", "Marketing qualified lead"]);
    await page.getByRole("button", { name: "Reload" }).click();
    await page.locator("#status.ok").waitFor();
    expect(await stageNames(page)).toEqual(["Lead", "Marketing qualified lead", "SQL", "Customer"]);
    expect(await conflict.isVisible()).toBe(false);
  });

  it("shows a hostile stage name as text and runs no script", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const rows = HAND_TYPED_FUNNEL.map((r) => [...r]);
    rows[2][0] = hostile;
    const s = await open(new FakeWorkbook({ Funnel: rows }));
    const { page } = s;
    expect(await stageNames(page)).toContain(hostile);
    const mql = await openCard(page, 1);
    expect(await mql.getByLabel("Stage name").inputValue()).toBe(hostile);
    await mql.getByLabel("Stage name").fill(`${hostile}!`);
    expect(await saveAndWait(page)).toMatch(/^Saved/);
    expect(sheetColumn(s, "A3:A3")).toEqual([`${hostile}!`]);
    expect(await page.locator("img").count()).toBe(0);
    expect(s.dialogs).toEqual([]);
  });

  it("reports hand-edited problems row by row", async () => {
    const rows = HAND_TYPED_FUNNEL.map((r) => [...r]);
    rows[3][2] = "high";
    const s = await open(new FakeWorkbook({ Funnel: rows }));
    const notice = s.page.locator(".notice.warn");
    expect(await notice.textContent()).toContain('Row 4: "high" is not a percentage');
    expect(await card(s.page, 2).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it("starts empty, creates the default funnel, then a second one", async () => {
    const s = await openSidebar(browser, new FakeWorkbook());
    sessions.push(s);
    const { page } = s;
    await page.getByText("No funnel yet").waitFor();
    expect(await page.getByLabel("Funnel name").inputValue()).toBe("Funnel");
    await page.locator("#create-funnel").click();
    await page.locator("details.stage").first().waitFor();
    expect(await stageNames(page)).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    expect(s.addon.book.getRangeByName("Funnel_Stages")!.getA1Notation()).toBe("A2:A6");

    await page.locator("#new-funnel").click();
    await page.getByLabel("Funnel name").fill("EMEA");
    await page.getByLabel("Start from").selectOption("bowtie");
    await page.getByLabel("Funnel name").press("Enter");
    await page.locator("#status.ok").waitFor();
    expect(await page.locator("#funnel-picker option").allTextContents()).toEqual([
      "Funnel",
      "EMEA",
    ]);
    expect(await page.locator("#funnel-picker").inputValue()).toBe("EMEA");
    // Bowtie's won stage is Commit (row 5): acquisition ranges stop there, post-sale follows.
    expect(s.addon.book.getRangeByName("EMEA_Stages")!.getA1Notation()).toBe("A2:A5");
    expect(s.addon.book.getRangeByName("EMEA_PostStages")!.getA1Notation()).toBe("A6:A8");
    expect(await page.getByLabel("Won stage", { exact: true }).nth(3).isChecked()).toBe(true);
    await page.locator("#funnel-picker").selectOption("Funnel");
    await page.waitForFunction(
      () => document.querySelector(".stage-name")?.textContent === "Visit",
    );
  });

  it("is usable from the keyboard", async () => {
    const s = await open();
    const { page } = s;
    await page.locator("#funnel-picker").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("new-funnel");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("create-name");
    await page.locator("#cancel-create").focus();
    await page.keyboard.press("Space");
    expect(await page.locator("section.create").isVisible()).toBe(false);
    // Open the first stage with Enter on its summary, Tab into its name field and edit it.
    await card(page, 0).locator("summary").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("placeholder"))).toBe(
      "e.g. MQL",
    );
    await page.keyboard.press("End");
    await page.keyboard.type(" source");
    await page.locator("#save").focus();
    await page.keyboard.press("Enter");
    await page.locator("#status.ok").waitFor();
    expect(sheetColumn(s, "A2:A2")).toEqual(["Lead source"]);
    // Every field has a label.
    const unlabelled = await page.evaluate(
      () =>
        [...document.querySelectorAll("input, select, textarea")].filter(
          (f) => !(f as HTMLInputElement).labels?.length && !f.getAttribute("aria-label"),
        ).length,
    );
    expect(unlabelled).toBe(0);
  });

  it("fits 300 px and saves a screenshot", async () => {
    const s = await open();
    await openCard(s.page, 0);
    await openCard(s.page, 1);
    await (await openCard(s.page, 1)).getByLabel("Conversion to next (%)").fill("130");
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(300);
    await s.page.evaluate(() => window.scrollTo(0, 0));
    const dir = join(__dirname, "..", "..", "test-artifacts");
    mkdirSync(dir, { recursive: true });
    await s.page.screenshot({ path: join(dir, "sidebar.png"), fullPage: true });
  });
});
