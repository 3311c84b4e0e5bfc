/**
 * SPEC §9 through the real sidebar: a save writes back exactly what the user did not change (a
 * measured rate, measured days, a rate formula) and writes what the fields show for what they did
 * change (the free-text owner).
 */
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { attachFormulaEngine } from "../../fakes/workbookEngine";
import { useStageEditor } from "../harness/sidebarPage";

jest.setTimeout(60_000);

const open = useStageEditor();

describe("a sidebar save writes what was read and what is shown", () => {
  it("a save changes no rate or days the user did not edit (a measured 5/13 stays 5/13)", async () => {
    // The table holds a measured rate pasted as a value (5/13 = 38.4615384…%) and measured days
    // (7.552083333…, as Use measured days writes them). The user changes only SQL's days. The
    // fields show six decimals; saving that text back for every stage (Lead's rate 0.38461538,
    // MQL's days 7.552083) would move plans: REQUIRED_LEADS(300000, 1000, {0.5; 1/3; 0.6}) is
    // 3000 leads, with 0.33333333 it is 3002.
    const rate = 5 / 13;
    const days = 7.552083333333333;
    const book = new FakeWorkbook({
      Funnel: [
        [
          "Stage",
          "Owner",
          "Conversion to next",
          "Days in stage",
          "Entry criteria",
          "Exit criteria",
        ],
        ["Lead", "Marketing", rate, 10, "", ""],
        ["MQL", "SDR", 0.3, days, "", ""],
        ["SQL", "Sales", 0.5, 30, "", ""],
        ["Customer", "Sales", "", "", "", ""],
      ],
    });
    const s = await open(book);
    const sql = s.page.locator('details.stage[data-index="2"]');
    await sql.locator("summary").click();
    await sql.getByLabel("Days in stage").fill("31");
    await s.page.locator("#save").click();
    await s.page.locator("#status.ok, #status.error").waitFor();
    const sheet = book.getSheetByName("Funnel")!;
    expect(sheet.getRange("D4").getValue()).toBe(31);
    expect(sheet.getRange("C2").getValue()).toBe(rate);
    expect(sheet.getRange("D3").getValue()).toBe(days);
  });

  it("SPEC §9: a rate formula the user did not touch keeps its formula through a sidebar save", async () => {
    // "A stage cell that holds a formula keeps it unless that very value was changed in the
    // sidebar." MQL's rate is =Actuals!B1/Actuals!B2 (5/13). The user edits only Lead's days
    // and saves: MQL's rate must go back as the exact 5/13 the server read, not as its
    // six-decimal text (0.38461538), which the server would take for a change.
    const book = new FakeWorkbook({
      Funnel: HAND_TYPED_FUNNEL,
      Actuals: [
        ["won", 5],
        ["reached", 13],
      ],
    });
    attachFormulaEngine(book, openAddon(book).functions);
    const mqlRate = book.getSheetByName("Funnel")!.getRange("C3");
    mqlRate.setFormula("=Actuals!B1/Actuals!B2");
    expect(mqlRate.getValue()).toBe(5 / 13);
    const s = await open(book);
    const lead = s.page.locator('details.stage[data-index="0"]');
    await lead.locator("summary").click();
    await lead.getByLabel("Days in stage").fill("12");
    await s.page.locator("#save").click();
    await s.page.locator("#status.ok, #status.error").waitFor();
    expect(book.getSheetByName("Funnel")!.getRange("D2").getValue()).toBe(12);
    expect(mqlRate.getFormula()).toBe("=Actuals!B1/Actuals!B2");
  });

  it("choosing Other… for the owner saves what the free-text field shows", async () => {
    // Lead's owner is Marketing. Choosing "Other…" reveals the free-text owner field; Save
    // writes what that field shows, never an empty owner behind a field that says otherwise
    // (SPEC §5 / §9).
    const s = await open();
    const lead = s.page.locator('details.stage[data-index="0"]');
    await lead.locator("summary").click();
    await lead.getByLabel("Owner", { exact: true }).selectOption("Other…");
    const shown = await lead.getByLabel("Other owner").inputValue();
    await s.page.locator("#save").click();
    await s.page.locator("#status.ok, #status.error").waitFor();
    const saved = s.addon.book.getSheetByName("Funnel")!.getRange("B2").getValue();
    expect(saved).toBe(shown);
    // An owner picked before "Other…" is the one the field offers, and typing replaces it.
    const mql = s.page.locator('details.stage[data-index="1"]');
    await mql.locator("summary").click();
    await mql.getByLabel("Owner", { exact: true }).selectOption("Sales");
    await mql.getByLabel("Owner", { exact: true }).selectOption("Other…");
    expect(await mql.getByLabel("Other owner").inputValue()).toBe("Sales");
    await s.page.keyboard.type("RevOps");
    await s.page.locator("#save").click();
    await s.page.locator("#status.ok:not(:empty)").waitFor();
    await s.page.waitForFunction(() => document.querySelector("#save:not([disabled])"));
    expect(s.addon.book.getSheetByName("Funnel")!.getRange("B3").getValue()).toBe("RevOps");
  });
});
