/**
 * The preview session keeps working after the sidebar asks for something Sheets refuses: a funnel
 * "funnel" beside "Funnel" used to add a second sheet differing only in case, which the formula
 * engine could not load — every page load answered HTTP 500 until a restart.
 */
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { PreviewSession } from "../../preview/session";
import { anchorsOf } from "../templates/templateHarness";

/** Cells of the annual plan outside its blocks (the plan's rows end well above row 50). */
const FREE = "A50";
const FREE_BLOCK = "A50:B53";

/** The annual plan's needed-per-year cells of the top stage and of the won stage. */
function neededPerYear(session: PreviewSession): { top: string; won: string } {
  const body = anchorsOf(session.book.getSheetByName("Annual plan")!)["volume.body"];
  return { top: body.cell(0, 2), won: body.cell(4, 2) };
}

describe("preview session", () => {
  const session = new PreviewSession();

  it('refuses "funnel" beside "Funnel" in words and still renders every sheet', () => {
    const reply = session.runServerFunction("createFunnel", [
      { name: "funnel", stages: inboundPreset("en").stages },
    ]);
    expect(reply).toEqual({
      ok: true,
      value: { ok: false, message: expect.stringMatching(/already exists/) },
    });
    const view = session.view();
    expect(view.sheets.map((s) => s.name)).toContain("Funnel");
    expect(view.sheets.map((s) => s.name)).not.toContain("funnel");
    expect(session.runServerFunction("getFunnels", [])).toMatchObject({ ok: true });
  });

  it("refuses a Date argument as google.script.run does", () => {
    const reply = session.runServerFunction("loadFunnel", [new Date()]);
    expect(reply).toEqual({ ok: false, message: expect.stringMatching(/Date/) });
  });
});

describe("preview session: grid writes, undo, and when the page is told to redraw", () => {
  const fresh = () => new PreviewSession();

  it("moves the version only when the workbook or what the page shows changed", () => {
    const session = fresh();
    const version = session.currentVersion();
    expect(session.runServerFunction("getFunnels", [])).toMatchObject({ ok: true });
    expect(session.runServerFunction("loadFunnel", ["Funnel"])).toMatchObject({ ok: true });
    session.view("Funnel");
    expect(session.currentVersion()).toBe(version);
    expect(session.editCell("Annual plan", FREE, "5")).toMatchObject({ ok: true });
    expect(session.currentVersion()).toBe(version + 1);
  });

  it("sends only the cells an edit changed when the page holds the sheet's last view", () => {
    const session = fresh();
    const first = session.view("Annual plan");
    const needed = neededPerYear(session);
    session.editCell("Annual plan", "B5", "200000");
    const next = session.view("Annual plan", first.version);
    expect(next.sheet?.delta?.since).toBe(first.version);
    const changed = next.sheet!.cells.map((c) => c.a1);
    expect(changed).toEqual(expect.arrayContaining(["B5", needed.top, needed.won]));
    expect(changed).not.toContain("A1");
    expect(next.sheet!.cells.length).toBeLessThan(first.sheet!.cells.length / 2);
    // A page that holds an older view gets the whole sheet.
    expect(session.view("Annual plan", first.version).sheet?.delta).toBeUndefined();
  });

  it("pastes typed input: a block repeats over a selection of whole multiples, and rows are added past the edge", () => {
    const session = fresh();
    const sheet = session.book.getSheetByName("Annual plan")!;
    expect(
      session.paste("Annual plan", FREE_BLOCK, [
        ["1", "x"],
        ["30%", "2026-03-15"],
      ]),
    ).toEqual(expect.objectContaining({ ok: true, range: FREE_BLOCK }));
    expect(sheet.getRange(FREE_BLOCK).getDisplayValues()).toEqual([
      ["1", "x"],
      ["30%", "2026-03-15"],
      ["1", "x"],
      ["30%", "2026-03-15"],
    ]);
    expect(session.paste("Annual plan", "A999", [["a"], ["b"], ["c"], ["d"]])).toMatchObject({
      ok: true,
      range: "A999:A1002",
    });
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A1002").getValue()).toBe("d");
  });

  it("undoes and redoes edits, pastes and clears, formats included; a menu command ends the history", () => {
    const session = fresh();
    const sheet = session.book.getSheetByName("Annual plan")!;
    const b5 = sheet.getRange("B5");
    session.clear("Annual plan", "B5:B6");
    expect(b5.getValue()).toBe("");
    expect(b5.getNumberFormat()).toBe("[$€]#,##0"); // Delete keeps formats, as in Sheets
    session.editCell("Annual plan", FREE, "12.5%");
    expect(sheet.getRange(FREE).getNumberFormat()).toBe("0.0%");
    expect(session.undo()).toMatchObject({ ok: true, sheet: "Annual plan", range: FREE });
    expect(sheet.getRange(FREE).getValue()).toBe("");
    expect(sheet.getRange(FREE).getNumberFormat()).toBe("General");
    expect(session.undo()).toMatchObject({ ok: true, range: "B5:B6" });
    expect(b5.getValue()).toBe(100000);
    expect(sheet.getRange(neededPerYear(session).won).getValue()).toBe(10);
    expect(session.undo()).toEqual({ ok: false, message: "Nothing to undo." });
    expect(session.redo()).toMatchObject({ ok: true, range: "B5:B6" });
    expect(b5.getValue()).toBe("");
    session.undo();

    // A command that builds at once (Channel economics asks no figures first).
    session.runMenuCommand("newChannelEconomics", "Funnel");
    expect(session.undo()).toEqual({
      ok: false,
      message: expect.stringContaining("“New plan ▸ Channel CAC and LTV” changed"),
    });
    expect(b5.getValue()).toBe(100000);
  });
});
