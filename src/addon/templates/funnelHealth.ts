import { a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import {
  column,
  header,
  highlight,
  input,
  label,
  one,
  output,
  section,
  spill,
  titled,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

/**
 * Example actuals drift from plan by these factors, stage by stage, so the sheet opens showing
 * what it is for: one stage converting clearly below plan.
 */
const EXAMPLE_DRIFT = [1.1, 0.7, 1.05, 0.95, 1.0, 0.9];
const EXAMPLE_TOP_VOLUME = 20000;
const FALLBACK_RATE = 0.3;
const EXAMPLE_LEADS = [410, 436, 452, 501, 498, 547];
const RECENT_MONTHS = EXAMPLE_LEADS.length;

/** Example actual volumes: the top stage's count carried down by the planned rates, drifted. */
function exampleVolumes(funnel: FunnelRef): number[] {
  const out = [EXAMPLE_TOP_VOLUME];
  for (let i = 1; i < funnel.stageCount; i++) {
    const planned = funnel.rates[i - 1];
    const rate = typeof planned === "number" && planned > 0 ? planned : FALLBACK_RATE;
    const drift = EXAMPLE_DRIFT[(i - 1) % EXAMPLE_DRIFT.length];
    out.push(Math.max(1, Math.round(out[i - 1] * rate * drift)));
  }
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
  const gaps = Array.from({ length: n }, (_, i) => {
    const r = first + i;
    return `=IF(OR(C${r}="", D${r}=""), "", C${r}-D${r})`;
  });
  const gapRange = a1Range(first, 5, n - 1, 1, true);
  const velocity = last + 5;
  const year = lastMonth.getUTCFullYear();
  const months = Array.from(
    { length: RECENT_MONTHS },
    (_, i) => new Date(Date.UTC(year, lastMonth.getUTCMonth() - (RECENT_MONTHS - 1 - i), 1)),
  );

  return {
    baseName: "Funnel health",
    frozenRows: 2,
    columnWidths: { 1: 200, 2: 110, 3: 135, 4: 145, 5: 100, 6: 100, 7: 100 },
    blocks: [
      ...titled(
        "Funnel health",
        `Funnel "${funnel.name}" · enter actual volumes for one period and see where records get stuck.`,
      ),
      section(4, "Actual vs planned conversion"),
      header(5, 1, [["Stage", "Actual volume", "Actual conversion", "Planned conversion", "Gap"]]),
      label(first, 1, spill(`={${stages}}`, n)),
      input(first, 2, column(exampleVolumes(funnel)), formats.integer),
      output(
        first,
        3,
        spill(`=STAGE_CONVERSION(${a1Range(first, 2, n, 1)})`, n),
        formats.percent,
        "Share of each stage's records that reached the next stage.",
      ),
      output(first, 4, spill(`={${rates}}`, n), formats.percent),
      output(first, 5, column(gaps), formats.signedPercent),
      label(last + 2, 1, one("Stickiest stage")),
      highlight(
        last + 2,
        2,
        one(
          `=IFERROR(INDEX(${a1Range(first, 1, n - 1, 1, true)}, MATCH(MIN(${gapRange}), ${gapRange}, 0)), "")`,
        ),
        undefined,
        "The stage whose actual conversion falls furthest below plan: fix it first.",
      ),
      section(velocity - 1, "Lead velocity (recent months)"),
      header(velocity, 1, [["Month", ...months]], formats.month),
      label(velocity + 1, 1, column(["Qualified leads", "Growth vs previous month"])),
      input(velocity + 1, 2, [EXAMPLE_LEADS], formats.integer),
      output(
        velocity + 2,
        2,
        spill(`=LEAD_VELOCITY(${a1Range(velocity + 1, 2, 1, RECENT_MONTHS)})`, 1, RECENT_MONTHS),
        formats.signedPercent,
      ),
    ],
    charts: [
      {
        kind: "column",
        title: "Actual vs planned conversion",
        ranges: [a1Range(5, 1, n, 1), a1Range(5, 3, n, 1), a1Range(5, 4, n, 1)],
        // Below both tables: beside them it would cover the last months of lead velocity.
        row: velocity + 4,
        col: 1,
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
