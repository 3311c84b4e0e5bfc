/**
 * The stage list's edits (src/sidebar/draftList.ts): each stage keeps its own fields, its open card
 * and its won mark through add, delete, move and preset; the focus goes where the user works next.
 */
import {
  addStage,
  deleteStage,
  draftList,
  editStage,
  markWon,
  moveStage,
  openProblems,
  setOpen,
  type DraftList,
} from "../../src/sidebar/draftList";
import { emptyDraft, type StageDraft } from "../../src/sidebar/drafts";

const draft = (name: string, extra: Partial<StageDraft> = {}): StageDraft => ({
  ...emptyDraft(),
  name,
  ...extra,
});
const names = (list: DraftList) => list.drafts.map((d) => d.name);
const open = (list: DraftList) => [...list.open].sort((a, b) => a - b);
const openNames = (list: DraftList) => open(list).map((i) => list.drafts[i]?.name);

function funnel(): DraftList {
  return draftList(
    [draft("Lead", { rate: "10%" }), draft("MQL"), draft("SQL"), draft("Customer")],
    [1, 3],
  );
}

describe("the stage list", () => {
  it("adds a stage above the last one, opened and focused; open cards stay with their stages", () => {
    const { list, focus } = addStage(funnel());
    expect(names(list)).toEqual(["Lead", "MQL", "SQL", "", "Customer"]);
    expect(focus).toBe(3);
    expect(openNames(list)).toEqual(["MQL", "", "Customer"]);
  });

  it("adds at the end while there are fewer than two stages", () => {
    expect(names(addStage(draftList([])).list)).toEqual([""]);
    expect(names(addStage(draftList([draft("Lead")])).list)).toEqual(["Lead", ""]);
  });

  it("deletes a stage; later open cards move up with their stages; focus on the next card", () => {
    const { list, focus } = deleteStage(funnel(), 1);
    expect(names(list)).toEqual(["Lead", "SQL", "Customer"]);
    expect(openNames(list)).toEqual(["Customer"]);
    expect(focus).toBe(1);
    const last = deleteStage(funnel(), 3);
    expect(last.focus).toBe(2);
    expect(open(last.list)).toEqual([1]);
  });

  it("moves a stage with its fields, its open card and its won mark", () => {
    const start = markWon(funnel(), 1, true).list;
    const { list, focus } = moveStage(start, 1, 1);
    expect(names(list)).toEqual(["Lead", "SQL", "MQL", "Customer"]);
    expect(focus).toBe(2);
    expect(openNames(list)).toEqual(["MQL", "Customer"]);
    expect(list.drafts.map((d) => d.won)).toEqual([false, false, true, false]);
    const up = moveStage(list, 2, -1).list;
    expect(names(up)).toEqual(names(start));
    expect(openNames(up)).toEqual(["MQL", "Customer"]);
  });

  it("does not move past either end", () => {
    const list = funnel();
    expect(moveStage(list, 0, -1).list).toBe(list);
    expect(moveStage(list, 3, 1).list).toBe(list);
  });

  it("keeps one won stage at most; unmarking leaves none (the last is won by default)", () => {
    const once = markWon(funnel(), 1, true).list;
    const twice = markWon(once, 2, true).list;
    expect(twice.drafts.map((d) => d.won)).toEqual([false, false, true, false]);
    expect(markWon(twice, 2, false).list.drafts.every((d) => !d.won)).toBe(true);
  });

  it("edits one stage's fields and no other", () => {
    const list = editStage(funnel(), 0, { rate: "20", days: "3" });
    expect(list.drafts[0]).toMatchObject({ name: "Lead", rate: "20", days: "3" });
    expect(list.drafts.slice(1)).toEqual(funnel().drafts.slice(1));
    expect(editStage(list, 9, { name: "x" })).toBe(list);
  });

  it("opens the cards of stages with problems, ignoring funnel-wide ones", () => {
    const list = openProblems(funnel(), ["stages.0.conversionToNext", "stages", "endNames"]);
    expect(open(list)).toEqual([0, 1, 3]);
    expect(open(setOpen(list, 1, false))).toEqual([0, 3]);
  });

  it("never changes the list it was given", () => {
    const list = funnel();
    const copy = JSON.stringify({ drafts: list.drafts, open: open(list) });
    addStage(list);
    deleteStage(list, 0);
    moveStage(list, 0, 1);
    markWon(list, 2, true);
    editStage(list, 0, { name: "x" });
    openProblems(list, ["stages.2.name"]);
    expect(JSON.stringify({ drafts: list.drafts, open: open(list) })).toBe(copy);
  });
});
