import { a1Range } from "../../core/a1";
import type { SheetMessages } from "../../i18n/sheet";
import { exampleMonthlyPlan } from "./examplePlan";
import {
  column,
  header,
  input,
  label,
  monthFormula,
  one,
  output,
  section,
  textLiteral,
  titledFor,
  total,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

const MONTHS = 12;
/** Months with example actuals: the plan starts this many months before the current one. */
export const SLA_REPORTED_MONTHS = 10;
/** Example deliveries as a share of each month's commitment: ten months reported so far. */
const EXAMPLE_DELIVERY = [0.98, 0.87, 1.05, 1.09, 0.81, 1.02, 0.91, 1.12, 1.07, 1.18];
const EXAMPLE_FOLLOW_UP_HOURS = [20, 26, 18, 22, 31, 19, 17, 24, 21, 16, "", ""];

/** The stage marketing commits to: the funnel's MQL stage, else its second stage. */
function committedStage(funnel: FunnelRef): number {
  const mql = funnel.stages.findIndex((s) => s.trim().toLowerCase() === "mql");
  return mql >= 0 ? mql : Math.min(1, funnel.stages.length - 1);
}

/** The monthly plan's need at that stage, month by month (the same figures Monthly targets shows). */
export function monthlyNeed(funnel: FunnelRef, stage: number): number[] {
  return exampleMonthlyPlan(funnel)[stage] ?? [];
}

/**
 * Marketing–sales SLA (SPEC §6.5): MQLs marketing committed (by default the monthly plan's MQL
 * need) vs delivered each month, and sales' follow-up time against its target. Built-in formulas
 * only: no custom-function call is needed.
 */
export function slaTracker(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  firstMonth: Date,
): SheetPlan {
  const t = m.sla;
  const c = m.common;
  // Written by one formula and matched by the highlight rule: the same literal in both.
  const yes = textLiteral(c.yes);
  const no = textLiteral(c.no);
  const stage = committedStage(funnel);
  const stageName = funnel.stages[stage] ?? "MQL";
  const committed = monthlyNeed(funnel, stage);
  const delivered = committed.map((c, i) =>
    i < EXAMPLE_DELIVERY.length ? Math.round(c * EXAMPLE_DELIVERY[i]!) : "",
  );
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
    baseName: t.sheetName,
    frozenRows: 2,
    // Column A fits its longest label ("MQLs committed per month") without clipping.
    columnWidths: { 1: 220, 2: 130, 3: 130, 4: 110, 5: 110 },
    blocks: [
      ...titledFor(c.funnelLine, t.title, funnel, t.subtitleFor(stageName)),
      section(4, c.inputs),
      label(5, 1, column([c.firstMonth, t.followUpTarget])),
      input(5, 2, column([monthFormula(firstMonth)]), formats.month),
      input(6, 2, one(24), formats.integer),

      section(first - 2, t.commitment),
      header(first - 1, 1, [
        [c.month, t.committedOf(stageName), t.deliveredOf(stageName), t.deliveredShare, t.gap],
      ]),
      label(
        first,
        1,
        perMonth((_, i) => `=EDATE($B$5, ${i})`),
        formats.month,
      ),
      input(first, 2, column(committed), formats.integer, t.committedNote(stageName)),
      input(first, 3, column(delivered), formats.integer),
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
            t.yearToDate,
            `=SUMIF(C${first}:C${last}, "<>", B${first}:B${last})`,
            `=SUM(C${first}:C${last})`,
          ],
        ],
        formats.integer,
      ),
      // Delivered as a share of committed: a percent (100.8 %), not a rounded count.
      total(ytd, 4, one(`=IF(B${ytd}=0, "", C${ytd}/B${ytd})`), formats.percent),
      total(ytd, 5, one(`=C${ytd}-B${ytd}`), "+#,##0;-#,##0;0"),

      section(followFirst - 2, t.followUpTime),
      header(followFirst - 1, 1, [[c.month, t.targetHours, t.actualHours, t.met]]),
      label(
        followFirst,
        1,
        perFollowUp((_, i) => `=A${first + i}`),
        formats.month,
      ),
      output(
        followFirst,
        2,
        perFollowUp(() => "=$B$6"),
        formats.decimal,
      ),
      input(followFirst, 3, column(EXAMPLE_FOLLOW_UP_HOURS), formats.decimal, t.followUpNote),
      output(
        followFirst,
        4,
        perFollowUp((r) => `=IF(C${r}="", "", IF(C${r}<=B${r}, ${yes}, ${no}))`),
      ),
    ],
    charts: [
      {
        kind: "column",
        title: t.chartTitle,
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
        formula: `=$D${followFirst}=${no}`,
        background: "#fce8e6",
      },
    ],
  };
}
