import { namedRangeNames } from "../../core/funnel";
import { a1, a1Range } from "../../core/a1";
import { column, type Formats, type FunnelRef, type SheetPlan } from "./sheetPlan";

/** Example stage-to-stage conversions for the default actual volumes (one stage is deliberately sticky). */
const EXAMPLE_CONVERSIONS = [0.3, 0.22, 0.45, 0.3, 0.5, 0.35];
const EXAMPLE_LEADS = [410, 436, 452, 501, 498, 547];
const RECENT_MONTHS = EXAMPLE_LEADS.length;

/** Example actual volumes: a top-of-funnel count carried down by EXAMPLE_CONVERSIONS. */
function exampleVolumes(stageCount: number): number[] {
  const out = [2000];
  for (let i = 1; i < stageCount; i++)
    out.push(
      Math.max(
        1,
        Math.round(out[i - 1] * EXAMPLE_CONVERSIONS[(i - 1) % EXAMPLE_CONVERSIONS.length]),
      ),
    );
  return out;
}

/**
 * Funnel health (SPEC §6.4): actual volumes per stage → actual conversion (one STAGE_CONVERSION
 * call) against the planned rates, the gap, the stickiest stage highlighted, and lead velocity over
 * recent months (one LEAD_VELOCITY call).
 */
export function funnelHealth(funnel: FunnelRef, formats: Formats, lastMonth: Date): SheetPlan {
  const n = funnel.stageCount;
  const { stages, rates } = namedRangeNames(funnel.key);
  const first = 6;
  const last = first + n - 1;
  const gaps = Array.from(
    { length: n },
    (_, i) =>
      `=IF(OR(${a1(first + i, 3)}="", ${a1(first + i, 4)}=""), "", ${a1(first + i, 3)}-${a1(first + i, 4)})`,
  );
  const gapRange = a1Range(first, 5, n - 1, 1, true);
  const velocity = last + 5;
  const months = Array.from(
    { length: RECENT_MONTHS },
    (_, i) =>
      new Date(
        Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() - (RECENT_MONTHS - 1 - i), 1),
      ),
  );

  return {
    baseName: "Funnel health",
    frozenRows: 2,
    columnWidths: { 1: 200, 2: 110, 3: 120, 4: 120, 5: 100, 6: 90, 7: 90 },
    blocks: [
      { row: 1, col: 1, cells: [["Funnel health"]], style: "title" },
      {
        row: 2,
        col: 1,
        cells: [
          [
            `Funnel "${funnel.name}" · enter actual volumes for one period and see where records get stuck.`,
          ],
        ],
        style: "subtitle",
      },
      { row: 4, col: 1, cells: [["Actual vs planned conversion"]], style: "section" },
      {
        row: 5,
        col: 1,
        cells: [["Stage", "Actual volume", "Actual conversion", "Planned conversion", "Gap"]],
        style: "header",
      },
      { row: first, col: 1, cells: [[`={${stages}}`]], style: "label" },
      {
        row: first,
        col: 2,
        cells: column(exampleVolumes(n)),
        style: "input",
        format: formats.integer,
      },
      {
        row: first,
        col: 3,
        cells: [[`=STAGE_CONVERSION(${a1Range(first, 2, n, 1)})`]],
        style: "output",
        format: formats.percent,
        note: "Share of each stage's records that reached the next stage.",
      },
      {
        row: first,
        col: 4,
        cells: [[`={${rates}}`]],
        style: "output",
        format: formats.percent,
      },
      { row: first, col: 5, cells: column(gaps), style: "output", format: formats.signedPercent },
      { row: last + 2, col: 1, cells: [["Stickiest stage"]], style: "label" },
      {
        row: last + 2,
        col: 2,
        cells: [
          [
            `=IFERROR(INDEX(${a1Range(first, 1, n - 1, 1, true)}, MATCH(MIN(${gapRange}), ${gapRange}, 0)), "")`,
          ],
        ],
        style: "highlight",
        note: "The stage whose actual conversion falls furthest below plan: fix it first.",
      },
      { row: velocity - 1, col: 1, cells: [["Lead velocity (recent months)"]], style: "section" },
      {
        row: velocity,
        col: 1,
        cells: [["Month", ...months]],
        style: "header",
        format: formats.month,
      },
      { row: velocity + 1, col: 1, cells: [["Qualified leads"]], style: "label" },
      {
        row: velocity + 1,
        col: 2,
        cells: [EXAMPLE_LEADS],
        style: "input",
        format: formats.integer,
      },
      { row: velocity + 2, col: 1, cells: [["Growth vs previous month"]], style: "label" },
      {
        row: velocity + 2,
        col: 2,
        cells: [[`=LEAD_VELOCITY(${a1Range(velocity + 1, 2, 1, RECENT_MONTHS)})`]],
        style: "output",
        format: formats.signedPercent,
      },
    ],
    tables: [
      { title: "Actual vs planned conversion", range: a1Range(5, 1, n + 1, 5) },
      { title: "Lead velocity", range: a1Range(velocity, 1, 3, RECENT_MONTHS + 1) },
    ],
    charts: [
      {
        kind: "column",
        title: "Actual vs planned conversion",
        ranges: [a1Range(5, 1, n, 1), a1Range(5, 3, n, 1), a1Range(5, 4, n, 1)],
        row: 4,
        col: 7,
      },
    ],
    highlights: [
      {
        range: a1Range(first, 1, n - 1, 5),
        formula: `=AND($E${first}<>"", $E${first}=MIN(${gapRange}))`,
        background: "#fce8e6",
      },
    ],
  };
}
