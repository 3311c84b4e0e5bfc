/**
 * The stage table reads numbers typed as text with the one shared parser (SPEC §2.3, §4; see
 * docs/SPEC.md): percents, decimal commas, grouped thousands, and a clear error for the ambiguous
 * "1,000".
 */
import type { LoadedFunnel } from "../../src/wire/stageApi";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { at } from "../harness/at";

/** The hand-typed funnel with MQL's rate (C3) and days (D3) replaced by text as typed. */
function loadWith(rate: unknown, days: unknown): LoadedFunnel {
  const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
  // An apostrophe keeps the text as typed: Sheets would otherwise parse it itself.
  at(book.getSheets(), 0)
    .getRange("C3:D3")
    .setValues([[`'${String(rate)}`, `'${String(days)}`]]);
  return openAddon(book).run<LoadedFunnel>("loadFunnel", "Funnel");
}

describe("stage table number parsing", () => {
  test('"1,5%" is not read as 15 %: it is 1.5 % or reported, never silently 15 %', () => {
    const loaded = loadWith("1,5%", 7);
    const rate = at(loaded.funnel.stages, 1).conversionToNext;
    const reported = loaded.problems.some((p) => p.row === 3 && p.field === "conversionToNext");
    expect(rate === 0.015 || (rate === null && reported)).toBe(true);
  });

  test('"2,5" days is not read as 25 days: it is 2.5 or reported, never silently 25', () => {
    const loaded = loadWith("30%", "2,5");
    const days = at(loaded.funnel.stages, 1).daysInStage;
    const reported = loaded.problems.some((p) => p.row === 3 && p.field === "daysInStage");
    expect(days === 2.5 || (days === null && reported)).toBe(true);
  });

  // The old regular expression backtracked super-linearly: 1 000 characters took ~0.2 s, 4 000
  // ~11 s, and 50 000 (Sheets' cell limit) hung the suite. The shared parser reads in one pass.
  // Its speed is a static check (eslint's regexp/no-super-linear-* rules, SPEC §9), not a timer.
  test("long text in a rate and a days cell is reported as a problem of that row", () => {
    const LENGTH = 50_000;
    const long = `${"1".repeat(LENGTH / 2)}${" ".repeat(LENGTH / 2 - 1)}x`;
    const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
    at(book.getSheets(), 0)
      .getRange("C3:D3")
      .setValues([[`'${long}`, `'${long}`]]);
    const addon = openAddon(book);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.problems.length).toBeGreaterThan(0);
    expect(loaded.problems.every((p) => p.row === 3)).toBe(true);
  });
});
