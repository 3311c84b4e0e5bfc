/**
 * The sidebar never loses unsaved edits silently, renames and deletes funnels (naming the plans
 * that use one), shows what a rate field understood (SPEC §5), opens on the funnel of the sheet in
 * view, and makes one round trip per action (SPEC §8), counted as google.script.run calls.
 */
import { runNewPlan } from "../../fakes/newPlan";
import type { Page } from "playwright-core";
import { presets } from "../../src/i18n/presets";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import {
  openSidebar,
  useBrowser,
  useSidebarSessions,
  type SidebarSession,
} from "../harness/sidebarPage";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { at } from "../harness/at";

jest.setTimeout(30_000);

const browserOf = useBrowser();
const sessions = useSidebarSessions();

/**
 * "Funnel" (hand-typed) and "EMEA" (Lifecycle), with an annual plan built on EMEA; the sheet in
 * view is `active` (the Funnel sheet unless told).
 */
function twoFunnels(active = "Funnel"): FakeWorkbook {
  const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
  const addon = openAddon(book);
  addon.run("createFunnel", { name: "EMEA", stages: at(presets("en"), 1).stages });
  book.getSheetByName("EMEA")!.activate();
  runNewPlan(addon, "newAnnualPlan");
  book.getSheetByName(active)!.activate();
  return book;
}

async function open(book = twoFunnels()): Promise<SidebarSession> {
  const session = await openSidebar(browserOf(), book);
  sessions.push(session);
  await session.page.locator("details.stage").first().waitFor();
  return session;
}

async function editFirstRate(page: Page, text: string) {
  const first = page.locator('details.stage[data-index="0"]');
  await first.locator("summary").click();
  await first.getByLabel("Conversion to next (%)").fill(text);
  return first;
}

const stageNames = (page: Page) => page.locator("details.stage .stage-name").allTextContents();

describe("the sidebar keeps unsaved edits unless told otherwise", () => {
  it("asks before switching funnel; Cancel keeps the edits, Discard opens the other", async () => {
    const { page } = await open();
    await editFirstRate(page, "15");
    await page.locator("#funnel-picker").selectOption("EMEA");
    const question = page.locator('[role="alertdialog"]');
    await question.waitFor();
    expect(await question.locator("#confirm-text").textContent()).toBe(
      "You have unsaved changes to this funnel. Discard them?",
    );
    await page.locator("#confirm-no").click();
    expect(await question.isHidden()).toBe(true);
    expect(await page.locator("#funnel-picker").inputValue()).toBe("Funnel");
    // Kept as typed, and shown as understood once the field was left.
    expect(await page.getByLabel("Conversion to next (%)").first().inputValue()).toBe("15%");

    await page.locator("#funnel-picker").selectOption("EMEA");
    await page.locator("#confirm-yes").click();
    await page.locator("details.stage .stage-name", { hasText: "Prospect" }).waitFor();
    expect((await stageNames(page))[0]).toBe("Prospect");
  });

  it("asks before a preset replaces unsaved edits", async () => {
    const { page } = await open();
    await editFirstRate(page, "15");
    await page.locator("#preset-picker").selectOption("waterfall");
    await page.locator("#apply-preset").click();
    await page.locator('[role="alertdialog"]').waitFor();
    await page.locator("#confirm-no").click();
    expect(await stageNames(page)).toEqual(["Lead", "MQL", "SQL", "Customer"]);
    // Escape answers "no" too, from the keyboard.
    await page.locator("#apply-preset").click();
    await page.locator("#confirm-no").waitFor();
    await page.keyboard.press("Escape");
    expect(await page.locator('[role="alertdialog"]').isHidden()).toBe(true);
    expect(await stageNames(page)).toEqual(["Lead", "MQL", "SQL", "Customer"]);
    await page.locator("#apply-preset").click();
    await page.locator("#confirm-yes").click();
    expect(await stageNames(page)).toEqual(["Inquiry", "MQL", "SAL", "SQL", "Won"]);
  });

  it("switches without asking when nothing is unsaved", async () => {
    const { page } = await open();
    await page.locator("#funnel-picker").selectOption("EMEA");
    await page.locator("details.stage .stage-name", { hasText: "Prospect" }).waitFor();
    expect(await page.locator('[role="alertdialog"]').isHidden()).toBe(true);
  });

  it("closing or reloading with unsaved edits asks (beforeunload), not when all is saved", async () => {
    const { page } = await open();
    const unloadAsks = () =>
      page.evaluate(() => {
        const event = new Event("beforeunload", { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await unloadAsks()).toBe(false);
    await editFirstRate(page, "15");
    expect(await unloadAsks()).toBe(true);
    await page.locator("#save").click();
    await page.locator("#status.ok").waitFor();
    expect(await unloadAsks()).toBe(false);
  });
});

describe("a table changed behind the sidebar's back", () => {
  it("refuses the save, and Reload shows the sheet's table as it now is", async () => {
    const s = await open();
    // Someone edits the first rate in the sheet itself (the Funnel table is typed by hand: C2).
    s.addon.book.getSheetByName("Funnel")!.getRange("C2").setValue(0.12);
    await editFirstRate(s.page, "15");
    await s.page.locator("#save").click();
    await s.page.locator("#reload").waitFor();
    await s.page.locator("#reload").click();
    await s.page.locator("#status.ok", { hasText: "Reloaded from the sheet." }).waitFor();
    expect(s.calls.slice(-2)).toEqual(["getFunnels", "loadFunnel"]);
    expect(await s.page.locator("#funnel-picker").inputValue()).toBe("Funnel");
    const first = s.page.locator('details.stage[data-index="0"]');
    await first.locator("summary").click();
    expect(await first.getByLabel("Conversion to next (%)").inputValue()).toMatch(/^12(\.0+)?/);
    expect(s.addon.book.getSheetByName("Funnel")!.getRange("C2").getValue()).toBe(0.12);
  });
});

describe("rename and delete", () => {
  it("renames the funnel's sheet", async () => {
    const s = await open();
    await s.page.locator("#rename-funnel").click();
    await s.page.getByLabel("New name").fill("Inbound");
    await s.page.locator("#rename-save").click();
    await s.page.locator("#status.ok").waitFor();
    expect(await s.page.locator("#funnel-picker option").allTextContents()).toEqual([
      "Inbound",
      "EMEA",
    ]);
    expect(s.addon.book.getSheetByName("Inbound")).not.toBeNull();
    // A hand-typed table gets its named ranges first, so its key (and formulas) survive the rename.
    expect(s.addon.book.getRangeByName("Funnel_Stages")?.getA1Notation()).toBe("A2:A5");
    expect(await s.page.locator("#funnel-picker").inputValue()).toBe("Funnel");
    await s.page.getByLabel("Conversion to next (%)").first().waitFor({ state: "attached" });
    await s.page.locator("details.stage").first().locator("summary").click();
    await s.page.getByLabel("Conversion to next (%)").first().fill("20");
    await s.page.locator("#save").click();
    await s.page.locator("#status.ok", { hasText: "Saved" }).waitFor();
    expect(s.addon.book.getSheetByName("Inbound")!.getRange("C2").getValue()).toBe(0.2);
  });

  it("delete names the plan sheets that use the funnel, asks, then removes sheet and ranges", async () => {
    const s = await open();
    await s.page.locator("#funnel-picker").selectOption("EMEA");
    await s.page.locator("details.stage .stage-name", { hasText: "Prospect" }).waitFor();
    await s.page.locator("#delete-funnel").click();
    const question = s.page.locator('[role="alertdialog"]');
    await question.waitFor();
    expect(await question.locator("#confirm-text").textContent()).toMatch(
      /^Delete the "EMEA" funnel\? .*the plan sheet Annual plan will show errors\.$/,
    );
    await s.page.locator("#confirm-yes").click();
    await s.page.locator("#status.ok", { hasText: 'Deleted the "EMEA" funnel.' }).waitFor();
    expect(s.addon.book.getSheetByName("EMEA")).toBeNull();
    expect(s.addon.book.getNamedRanges().map((n) => n.getName())).not.toContain("EMEA_Stages");
    expect(await s.page.locator("#funnel-picker option").allTextContents()).toEqual(["Funnel"]);
  });
});

describe("rate fields read one convention and say what they understood", () => {
  it.each([
    ["0.3", "30%", 0.3],
    ["30", "30%", 0.3],
    ["0.3%", "0.3%", 0.003],
    ["12,5 %", "12.5%", 0.125],
    ["1", "1%", 0.01],
    ["0.25 %", "0.25%", 0.0025],
  ])('"%s" is understood as %s and saved as %d', async (typed, understood, saved) => {
    const s = await open();
    const first = await editFirstRate(s.page, typed);
    expect(await first.locator('[data-understood="rate"]').textContent()).toBe(
      `understood as ${understood}`,
    );
    // Leaving the field shows what it understood, as a percent-formatted cell does.
    await first.getByLabel("Conversion to next (%)").press("Tab");
    expect(await first.getByLabel("Conversion to next (%)").inputValue()).toBe(understood);
    expect(await first.locator(".stage-rate").textContent()).toBe(`${understood} to next`);
    await s.page.locator("#save").click();
    await s.page.locator("#status.ok").waitFor();
    expect(s.addon.book.getSheetByName("Funnel")!.getRange("C2").getValue()).toBe(saved);
  });
});

describe("the funnel in view", () => {
  it("opens on the funnel whose sheet is in view", async () => {
    const { page } = await open(twoFunnels("EMEA"));
    expect(await page.locator("#funnel-picker").inputValue()).toBe("EMEA");
    expect((await stageNames(page))[0]).toBe("Prospect");
  });

  it("opens on the funnel a plan sheet in view was built on", async () => {
    const { page } = await open(twoFunnels("Annual plan"));
    expect(await page.locator("#funnel-picker").inputValue()).toBe("EMEA");
  });

  it("opens on the default funnel when the sheet in view is neither", async () => {
    const book = twoFunnels();
    book.insertSheet("Notes").activate();
    const { page } = await open(book);
    expect(await page.locator("#funnel-picker").inputValue()).toBe("Funnel");
  });
});

describe("one round trip per action (SPEC §8)", () => {
  it("opens with no call, then save, create, rename and switch make one each", async () => {
    const s = await open();
    const { page } = s;
    // The page arrived with the funnel list and the funnel: the menu click was the round trip.
    expect(s.calls).toEqual([]);

    await editFirstRate(page, "15");
    await page.locator("#save").click();
    await page.locator("#status.ok").waitFor();
    expect(s.calls).toEqual(["saveFunnel"]);

    await page.locator("#new-funnel").click();
    await page.getByLabel("Funnel name").fill("APAC");
    await page.locator("#create-funnel").click();
    await page.locator("#status.ok", { hasText: "APAC" }).waitFor();
    // The default funnel first, the others by name (as every list of funnels is ordered).
    expect(await page.locator("#funnel-picker option").allTextContents()).toEqual([
      "Funnel",
      "APAC",
      "EMEA",
    ]);
    expect(s.calls).toEqual(["saveFunnel", "createFunnel"]);

    await page.locator("#rename-funnel").click();
    await page.getByLabel("New name").fill("Asia-Pacific");
    await page.locator("#rename-save").click();
    await page.locator("#status.ok", { hasText: "Asia-Pacific" }).waitFor();
    expect(s.calls).toEqual(["saveFunnel", "createFunnel", "renameFunnel"]);

    await page.locator("#funnel-picker").selectOption("EMEA");
    await page.locator("details.stage .stage-name", { hasText: "Prospect" }).waitFor();
    expect(s.calls.at(-1)).toBe("loadFunnel");
    expect(s.calls).toHaveLength(4);
  });

  it("delete asks (one call for the plans that use it) and shows the next funnel from its reply", async () => {
    const s = await open();
    await s.page.locator("#delete-funnel").click();
    await s.page.locator("#confirm-yes").click();
    await s.page.locator("#status.ok").waitFor();
    expect(s.calls).toEqual(["funnelUsage", "deleteFunnel"]);
    expect(await s.page.locator("#funnel-picker").inputValue()).toBe("EMEA");
    expect((await stageNames(s.page))[0]).toBe("Prospect");
  });

  it("a next funnel gone since the list was shown: the delete is done, the list read again", async () => {
    const book = twoFunnels();
    const s = await open(book);
    // Behind the sidebar's back, another user deletes EMEA, the funnel its list shows next.
    s.addon.run("deleteFunnel", "EMEA");
    s.calls.length = 0;
    await s.page.locator("#delete-funnel").click();
    await s.page.locator("#confirm-yes").click();
    await s.page.locator("#status.ok", { hasText: 'Deleted the "Funnel" funnel.' }).waitFor();
    expect(s.calls).toEqual(["funnelUsage", "deleteFunnel", "getFunnels"]);
    expect(await s.page.locator("#funnel-picker option").allTextContents()).toEqual([]);
    expect(await s.page.locator("section.empty").isVisible()).toBe(true);
  });
});

describe("the won stage", () => {
  it("is ticked on a stage card; saving writes the sheet's marker and splits the named ranges", async () => {
    const s = await open();
    const sql = s.page.locator('details.stage[data-index="2"]');
    await sql.locator("summary").click();
    await sql.getByLabel("Won stage", { exact: true }).check();
    await s.page.locator("#save").click();
    await s.page.locator("#status.error").waitFor();
    expect(await sql.locator(".field-error").allTextContents()).toContain(
      "The won stage is where acquisition ends: leave its conversion empty.",
    );
    await sql.getByLabel("Conversion to next (%)").fill("");
    await sql.getByLabel("Days in stage").fill("");
    await s.page.locator("#save").click();
    await s.page.locator("#status.ok").waitFor();
    const sheet = s.addon.book.getSheetByName("Funnel")!;
    expect(sheet.getRange("G1:G5").getValues().flat()).toEqual(["Won stage", "", "", true, ""]);
    expect(s.addon.book.getRangeByName("Funnel_Stages")!.getA1Notation()).toBe("A2:A4");
    expect(s.addon.book.getRangeByName("Funnel_PostStages")!.getA1Notation()).toBe("A5");
    expect(
      await s.page
        .locator('details.stage[data-index="2"]')
        .getByLabel(/^Won stage/)
        .isChecked(),
    ).toBe(true);
  });
});
