/**
 * SPEC §9: a value the sidebar did not change is written back as it was read. The fields show a
 * rate or days rounded to six decimals; a field still showing that text stands for the exact number
 * read from the sheet, and a field the user typed in stands for what it shows.
 */
import type { Stage } from "../../src/core/funnel";
import { formatsFor } from "../../src/i18n/format";
import { uiMessages } from "../../src/i18n/ui";
import { checkDrafts, toDrafts, type StageDraft } from "../../src/sidebar/drafts";
import { stage } from "../harness/stages";

const measuredRate = 5 / 13;
const measuredDays = 7.552083333333333;
const stages: Stage[] = [stage("Lead", measuredRate, measuredDays), stage("Won", null)];

function saved(locale: string, edit: (drafts: StageDraft[]) => StageDraft[] = (d) => d) {
  const formats = formatsFor(locale);
  const drafts = edit(toDrafts({ stages }, formats));
  const { funnel, issues } = checkDrafts(
    { key: "F", name: "F", endNames: "", crmFields: false, drafts },
    formats,
    uiMessages("en").validation,
  );
  expect([...issues.entries()]).toEqual([]);
  return { drafts, first: funnel.stages[0]! };
}

describe("a draft's numbers round-trip exactly (SPEC §9)", () => {
  it.each(["en", "sv_SE", "ru", "de_DE"])(
    "untouched fields give back the exact numbers (%s)",
    (locale) => {
      const { drafts, first } = saved(locale);
      // The fields show six decimals, not the exact numbers…
      expect(drafts[0]!.rate).not.toBe(String(measuredRate * 100));
      // …and still save what the sheet holds.
      expect(first.conversionToNext).toBe(measuredRate);
      expect(first.daysInStage).toBe(measuredDays);
    },
  );

  it("an untouched field keeps its number when the stage is renamed", () => {
    const { first } = saved("en", (d) => [{ ...d[0]!, name: "Inquiry" }, d[1]!]);
    expect(first.name).toBe("Inquiry");
    expect(first.conversionToNext).toBe(measuredRate);
    expect(first.daysInStage).toBe(measuredDays);
  });

  it("a typed value is what the field shows", () => {
    const { first } = saved("sv_SE", (d) => [{ ...d[0]!, rate: "38,5 %", days: "7,5" }, d[1]!]);
    expect(first.conversionToNext).toBe(0.385);
    expect(first.daysInStage).toBe(7.5);
  });

  it("a field typed back to what it showed stands for the number read", () => {
    const formats = formatsFor("en");
    const shown = toDrafts({ stages }, formats)[0]!;
    const back = saved("en", (d) => [{ ...d[0]!, rate: shown.rate, days: shown.days }, d[1]!]);
    expect(back.first.conversionToNext).toBe(measuredRate);
  });
});
