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
  // SPEC §2.3: a comma is a decimal comma unless exactly three digits follow it, so these read
  // as 1.5 % and 2.5 days — never silently as 15 % and 25 days, and with nothing to report.
  test('"1,5%" is 1.5 %, not 15 %', () => {
    const loaded = loadWith("1,5%", 7);
    expect(at(loaded.funnel.stages, 1).conversionToNext).toBe(0.015);
    expect(loaded.problems).toEqual([]);
  });

  test('"2,5" days is 2.5 days, not 25', () => {
    const loaded = loadWith("30%", "2,5");
    expect(at(loaded.funnel.stages, 1).daysInStage).toBe(2.5);
    expect(loaded.problems).toEqual([]);
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
    const mql = at(loaded.funnel.stages, 1);
    expect([mql.conversionToNext, mql.daysInStage]).toEqual([null, null]);
    expect(loaded.problems.map((p) => [p.row, p.field])).toEqual([
      [3, "conversionToNext"],
      [3, "daysInStage"],
    ]);
  });
});
