/**
 * The stage-table reader and the sidebar read numbers with the one parser of SPEC §2.3, so a
 * decimal comma means the same in the sheet, the sidebar and the custom functions.
 */
import { CORE_LAYOUT, headerRow, parseTable, tableRows } from "../../src/addon/stageTable";
import type { Funnel } from "../../src/core/funnel";
import { stageTableMessages } from "../../src/i18n/stageTable";
import { formatsFor } from "../../src/i18n/format";
import { resolveLanguage } from "../../src/i18n/languages";
import { uiMessages } from "../../src/i18n/ui";
import { checkDrafts, emptyDraft } from "../../src/sidebar/drafts";
import { at } from "../harness/at";
import { stage } from "../harness/stages";

const funnel: Funnel = { key: "F", name: "F", stages: [stage("Lead", 0.1, 3), stage("Won", null)] };

/** The first stage's rate and days cells typed as text, read back. */
function readCells(rate: string | number, days: string | number) {
  const rows: unknown[][] = tableRows(
    funnel,
    CORE_LAYOUT,
    headerRow(CORE_LAYOUT, stageTableMessages("en")),
  );
  rows[1]![2] = rate;
  rows[1]![3] = days;
  const { funnel: read, problems } = parseTable(
    rows,
    CORE_LAYOUT,
    { key: "F", name: "F" },
    uiMessages("en").validation,
  );
  const first = at(read.stages, 0);
  return { rate: first.conversionToNext, days: first.daysInStage, problems };
}

describe("the stage table reads numbers with the shared parser", () => {
  it.each([
    ["1,5%", 0.015],
    ["12,5 %", 0.125],
    ["\u00a030%", 0.3],
    [0.25, 0.25],
  ])("rate %p is %p", (text, value) => {
    const read = readCells(text, 3);
    expect(read.problems).toEqual([]);
    expect(read.rate).toBe(value);
  });

  it.each([
    ["2,5", 2.5],
    ["1 000", 1000],
    ["14", 14],
  ])("days %p is %p", (text, value) => {
    const read = readCells(0.1, text);
    expect(read.problems).toEqual([]);
    expect(read.days).toBe(value);
  });

  it("reports an ambiguous comma with both readings, and a percent sign in days", () => {
    expect(readCells(0.1, "1,000").problems.map((p) => p.message)).toEqual([
      '"1,000" could be 1000 (comma as thousands separator) or 1.000 (decimal comma) — type 1000 or 1.000.',
    ]);
    expect(readCells(0.1, "14%").problems.map((p) => p.message)).toEqual([
      '"14%" is not a number of days: enter e.g. 14.',
    ]);
    expect(readCells("thirty", 3).problems.map((p) => p.message)).toEqual([
      '"thirty" is not a percentage: enter a conversion such as 30%.',
    ]);
  });
});

describe("the sidebar reads typed numbers with the shared parser, in the user's locale", () => {
  const checked = (rate: string, days: string, locale: string) =>
    checkDrafts(
      {
        key: "F",
        name: "F",
        endNames: "",
        crmFields: false,
        drafts: [
          { ...emptyDraft(), name: "Lead", rate, days },
          { ...emptyDraft(), name: "Won" },
        ],
      },
      formatsFor(locale),
      uiMessages(resolveLanguage(locale)).validation,
    );

  it.each([
    ["12,5", "2,5", 0.125, 2.5],
    ["12,5%", "1 000", 0.125, 1000],
    ["30", "14", 0.3, 14],
    ["0,3", "14", 0.3, 14],
    ["30 %", "", 0.3, null],
  ])("rate %p and days %p are %p and %p", (rate, days, rateValue, daysValue) => {
    for (const locale of ["en", "sv"]) {
      const { funnel: read, issues } = checked(rate, days, locale);
      expect([...issues.entries()]).toEqual([]);
      expect(read.stages[0]?.conversionToNext).toBe(rateValue);
      expect(read.stages[0]?.daysInStage).toBe(daysValue);
    }
  });

  it("reads a comma that could go either way as the user's locale writes numbers", () => {
    expect(checked("30", "1,000", "en_US").funnel.stages[0]?.daysInStage).toBe(1000);
    expect(checked("30", "1,000", "sv").funnel.stages[0]?.daysInStage).toBe(1);
    expect(checked("30", "1,000", "zh_CN").funnel.stages[0]?.daysInStage).toBe(1000);
    expect(checked("30", "1,000", "pl").funnel.stages[0]?.daysInStage).toBe(1);
  });

  it("refuses a percent sign in days, in the user's language", () => {
    expect(checked("30", "14%", "sv").issues.get("stages.0.daysInStage")).toBe(
      "”14%” är inget antal dagar: ange t.ex. 14.",
    );
  });
});
