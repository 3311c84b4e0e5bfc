/**
 * Every server entry checks its arguments before it touches the workbook (SPEC §9): whatever a
 * page sends through google.script.run — an object for a name, null for a column, nothing at all —
 * is refused with a message naming the argument, never turned into "[object Object]" or "null".
 * Also: the stage editor's server functions are declared once (src/addon/stageServer.ts) and each
 * is a global of Code.js, where google.script.run finds it.
 */
import { HAND_TYPED_FUNNEL, openAddon, type Addon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { stageServer } from "../../src/addon/stageServer";
import { uiMessages } from "../../src/i18n/ui";
import type { DeleteResult, RenameResult, SaveResult } from "../../src/wire/stageApi";

const t = uiMessages("en").store;

function withFunnel(): Addon {
  return openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL, Notes: [["keep me"]] }));
}

function unchanged(addon: Addon, act: () => void): void {
  const before = addon.book.snapshot();
  const sheets = addon.book.getSheets().map((s) => s.getName());
  act();
  expect(addon.book.snapshot()).toEqual(before);
  expect(addon.book.getSheets().map((s) => s.getName())).toEqual(sheets);
}

describe("the stage editor's entries", () => {
  it("rename refuses a name that is not text, and names nothing [object Object]", () => {
    const addon = withFunnel();
    unchanged(addon, () => {
      for (const name of [{ a: 1 }, null, 42, ["EMEA"]]) {
        expect(addon.run<RenameResult>("renameFunnel", { key: "Funnel", name })).toEqual({
          ok: false,
          message: t.nameNotText,
        });
      }
      for (const request of [null, "Funnel", { key: 5, name: "EMEA" }, { name: "EMEA" }]) {
        const reply = addon.run<RenameResult>("renameFunnel", request);
        expect(reply.ok).toBe(false);
        expect(reply.ok ? "" : reply.message).toMatch(/cannot read \((request|key): /);
      }
    });
  });

  it("save refuses a fingerprint that is not text and a funnel that is not one", () => {
    const addon = withFunnel();
    unchanged(addon, () => {
      const bad: unknown[] = [
        { funnel: { key: "Funnel", name: "Funnel", stages: "x" }, fingerprint: "f" },
        { funnel: null, fingerprint: "f" },
        { funnel: {}, fingerprint: 5 },
      ];
      for (const request of bad) {
        const reply = addon.run<SaveResult>("saveFunnel", request);
        expect(reply.ok).toBe(false);
        expect(reply.ok ? "" : reply.message).not.toMatch(/\[object|undefined|null/);
      }
    });
  });

  it("keys that are not text are refused by every entry that takes one", () => {
    const addon = withFunnel();
    unchanged(addon, () => {
      for (const key of [null, 7, { key: "Funnel" }, ""]) {
        expect(() => addon.run("loadFunnel", key)).toThrow(/cannot read \(key: /);
        expect(() => addon.run("funnelUsage", key)).toThrow(/cannot read \(key: /);
        expect(() => addon.run("getFunnelStages", key)).toThrow(/cannot read \(key: /);
        const reply = addon.run<DeleteResult>("deleteFunnel", key);
        expect(reply).toEqual({ ok: false, message: expect.stringMatching(/cannot read \(key: /) });
      }
    });
  });

  it("each server function is declared once and is a global of Code.js", () => {
    const addon = withFunnel();
    const names = Object.keys(stageServer);
    expect(names).toEqual(
      expect.arrayContaining(["loadFunnel", "saveFunnel", "renameFunnel", "deleteFunnel"]),
    );
    for (const name of names) {
      expect({ name, global: typeof addon.bundle.context[name] }).toEqual({
        name,
        global: "function",
      });
    }
  });
});

describe("the choose-funnel dialog's entry", () => {
  it("newPlanForFunnel refuses arguments that are not text, with a message, no sheet made", () => {
    const addon = withFunnel();
    unchanged(addon, () => {
      for (const args of [
        [{}, "Funnel"],
        ["newAnnualPlan", null],
        ["newAnnualPlan"],
        ["noSuchTemplate", "Funnel"],
      ]) {
        const alerts = addon.book.ui.alerts.length;
        expect(() => addon.run("newPlanForFunnel", ...args)).not.toThrow();
        expect(addon.book.ui.alerts.length).toBe(alerts + 1);
        expect(addon.book.ui.alerts.at(-1)?.prompt).toMatch(/cannot read \((template|funnel): /);
      }
    });
  });
});
