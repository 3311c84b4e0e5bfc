import { a1Range } from "../../core/a1";
import {
  column,
  header,
  input,
  label,
  monthFormula,
  one,
  output,
  section,
  titled,
  total,
  type Formats,
  type SheetPlan,
} from "./sheetPlan";

const MONTHS = 12;
/** Months with example actuals: the plan starts this many months before the current one. */
export const SLA_REPORTED_MONTHS = 10;
/** Ten months reported so far; the last two are still to come. */
const EXAMPLE_DELIVERED = [118, 104, 126, 131, 97, 122, 109, 134, 128, 141, "", ""];
const EXAMPLE_FOLLOW_UP_HOURS = [20, 26, 18, 22, 31, 19, 17, 24, 21, 16, "", ""];

/**
 * Marketing–sales SLA (SPEC §6.5): MQLs marketing committed vs delivered each month, and sales'
 * follow-up time against its target. Built-in formulas only: no custom-function call is needed.
 */
export function slaTracker(formats: Formats, firstMonth: Date): SheetPlan {
  const first = 10;
  const last = first + MONTHS - 1;
  const ytd = last + 1;
  const rows = Array.from({ length: MONTHS }, (_, i) => first + i);
  const followFirst = last + 5;
  const followRows = rows.map((r) => r - first + followFirst);
  const perMonth = (cell: (row: number, i: number) => string) =>
    column(rows.map((r, i) => cell(r, i)));
  const perFollowUp = (cell: (row: number, i: number) => string) =>
    column(followRows.map((r, i) => cell(r, i)));

  return {
    baseName: "SLA tracker",
    frozenRows: 2,
    // Column A fits its longest label ("MQLs committed per month") without clipping.
    columnWidths: { 1: 220, 2: 130, 3: 130, 4: 110, 5: 110 },
    blocks: [
      ...titled(
        "Marketing–sales SLA",
        "Marketing commits MQLs each month; sales commits to follow up on each within the agreed time.",
      ),
      section(4, "Inputs"),
      label(5, 1, column(["First month", "MQLs committed per month", "Follow-up target (hours)"])),
      input(5, 2, column([monthFormula(firstMonth)]), formats.month),
      input(6, 2, column([120, 24]), formats.integer),

      section(first - 2, "MQL commitment"),
      header(first - 1, 1, [["Month", "Committed MQLs", "Delivered MQLs", "Delivered", "Gap"]]),
      label(
        first,
        1,
        perMonth((_, i) => `=EDATE($B$5, ${i})`),
        formats.month,
      ),
      output(
        first,
        2,
        perMonth(() => "=$B$6"),
        formats.integer,
      ),
      input(first, 3, column(EXAMPLE_DELIVERED), formats.integer),
      output(
        first,
        4,
        perMonth((r) => `=IF(OR(C${r}="", B${r}=0), "", C${r}/B${r})`),
        formats.percent,
      ),
      output(
        first,
        5,
        perMonth((r) => `=IF(C${r}="", "", C${r}-B${r})`),
        "+#,##0;-#,##0;0",
      ),
      total(
        ytd,
        1,
        [
          [
            "Year to date",
            `=SUMIF(C${first}:C${last}, "<>", B${first}:B${last})`,
            `=SUM(C${first}:C${last})`,
          ],
        ],
        formats.integer,
      ),
      // Delivered as a share of committed: a percent (100.8 %), not a rounded count.
      total(ytd, 4, one(`=IF(B${ytd}=0, "", C${ytd}/B${ytd})`), formats.percent),
      total(ytd, 5, one(`=C${ytd}-B${ytd}`), "+#,##0;-#,##0;0"),

      section(followFirst - 2, "Follow-up time"),
      header(followFirst - 1, 1, [["Month", "Target (hours)", "Actual (hours)", "Met?"]]),
      label(
        followFirst,
        1,
        perFollowUp((_, i) => `=A${first + i}`),
        formats.month,
      ),
      output(
        followFirst,
        2,
        perFollowUp(() => "=$B$7"),
        formats.decimal,
      ),
      input(
        followFirst,
        3,
        column(EXAMPLE_FOLLOW_UP_HOURS),
        formats.decimal,
        "Median hours from MQL hand-off to the first sales touch.",
      ),
      output(
        followFirst,
        4,
        perFollowUp((r) => `=IF(C${r}="", "", IF(C${r}<=B${r}, "Yes", "No"))`),
      ),
    ],
    charts: [
      {
        kind: "column",
        title: "Committed vs delivered MQLs",
        // One range per series: committed and delivered both plotted against the month labels.
        ranges: [1, 2, 3].map((c) => a1Range(first - 1, c, MONTHS + 1, 1)),
        row: 4,
        col: 7,
      },
    ],
    highlights: [
      {
        range: a1Range(first, 1, MONTHS, 5),
        formula: `=AND($C${first}<>"", $C${first}<$B${first})`,
        background: "#fce8e6",
      },
      {
        range: a1Range(followFirst, 1, MONTHS, 4),
        formula: `=$D${followFirst}="No"`,
        background: "#fce8e6",
      },
    ],
  };
}
