import { a1Range } from "../../core/a1";
import { type Formats, type SheetPlan } from "./sheetPlan";

const MONTHS = 12;
const EXAMPLE_DELIVERED = [118, 104, 126, 131, 97, 122, 109, 134, 128, 141, 0, 0];
const EXAMPLE_FOLLOW_UP_HOURS = [20, 26, 18, 22, 31, 19, 17, 24, 21, 16, "", ""];

/**
 * Marketing–sales SLA (SPEC §6.5): MQLs marketing committed vs delivered each month, and sales'
 * follow-up time against its target. Built-in formulas only: no custom-function call is needed.
 */
export function slaTracker(formats: Formats, firstMonth: Date): SheetPlan {
  const first = 10;
  const last = first + MONTHS - 1;
  const rows = Array.from({ length: MONTHS }, (_, i) => first + i);
  const followFirst = last + 5;
  const followRows = Array.from({ length: MONTHS }, (_, i) => followFirst + i);

  return {
    baseName: "SLA tracker",
    frozenRows: 2,
    columnWidths: { 1: 120, 2: 130, 3: 130, 4: 110, 5: 110 },
    blocks: [
      { row: 1, col: 1, cells: [["Marketing–sales SLA"]], style: "title" },
      {
        row: 2,
        col: 1,
        cells: [
          [
            "Marketing commits MQLs each month; sales commits to follow up on each within the agreed time.",
          ],
        ],
        style: "subtitle",
      },
      { row: 4, col: 1, cells: [["Inputs"]], style: "section" },
      {
        row: 5,
        col: 1,
        cells: [["First month"], ["MQLs committed per month"], ["Follow-up target (hours)"]],
        style: "label",
      },
      { row: 5, col: 2, cells: [[firstMonth]], style: "input", format: formats.month },
      { row: 6, col: 2, cells: [[120], [24]], style: "input", format: formats.integer },

      { row: first - 2, col: 1, cells: [["MQL commitment"]], style: "section" },
      {
        row: first - 1,
        col: 1,
        cells: [["Month", "Committed MQLs", "Delivered MQLs", "Delivered", "Gap"]],
        style: "header",
      },
      {
        row: first,
        col: 1,
        cells: rows.map((_, i) => [`=EDATE($B$5, ${i})`]),
        style: "label",
        format: formats.month,
      },
      {
        row: first,
        col: 2,
        cells: rows.map(() => ["=$B$6"]),
        style: "output",
        format: formats.integer,
      },
      {
        row: first,
        col: 3,
        cells: EXAMPLE_DELIVERED.map((v) => [v === 0 ? "" : v]),
        style: "input",
        format: formats.integer,
      },
      {
        row: first,
        col: 4,
        cells: rows.map((r) => [`=IF(OR(C${r}="", B${r}=0), "", C${r}/B${r})`]),
        style: "output",
        format: formats.percent,
      },
      {
        row: first,
        col: 5,
        cells: rows.map((r) => [`=IF(C${r}="", "", C${r}-B${r})`]),
        style: "output",
        format: "+#,##0;-#,##0;0",
      },
      {
        row: last + 1,
        col: 1,
        cells: [
          [
            "Year to date",
            `=SUMIF(C${first}:C${last}, "<>", B${first}:B${last})`,
            `=SUM(C${first}:C${last})`,
            `=IF(B${last + 1}=0, "", C${last + 1}/B${last + 1})`,
            `=C${last + 1}-B${last + 1}`,
          ],
        ],
        style: "total",
        format: formats.integer,
      },

      { row: followFirst - 2, col: 1, cells: [["Follow-up time"]], style: "section" },
      {
        row: followFirst - 1,
        col: 1,
        cells: [["Month", "Target (hours)", "Actual (hours)", "Met?"]],
        style: "header",
      },
      {
        row: followFirst,
        col: 1,
        cells: followRows.map((_, i) => [`=A${first + i}`]),
        style: "label",
        format: formats.month,
      },
      {
        row: followFirst,
        col: 2,
        cells: followRows.map(() => ["=$B$7"]),
        style: "output",
        format: formats.decimal,
      },
      {
        row: followFirst,
        col: 3,
        cells: EXAMPLE_FOLLOW_UP_HOURS.map((v) => [v]),
        style: "input",
        format: formats.decimal,
        note: "Median hours from MQL hand-off to the first sales touch.",
      },
      {
        row: followFirst,
        col: 4,
        cells: followRows.map((r) => [`=IF(C${r}="", "", IF(C${r}<=B${r}, "Yes", "No"))`]),
        style: "output",
      },
    ],
    tables: [
      { title: "Inputs", range: "A5:B7" },
      { title: "MQL commitment", range: a1Range(first - 1, 1, MONTHS + 2, 5) },
      { title: "Follow-up time", range: a1Range(followFirst - 1, 1, MONTHS + 1, 4) },
    ],
    charts: [
      {
        kind: "column",
        title: "Committed vs delivered MQLs",
        ranges: [a1Range(first - 1, 1, MONTHS + 1, 1), a1Range(first - 1, 2, MONTHS + 1, 2)],
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
