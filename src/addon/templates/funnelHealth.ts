import { a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import {
  column,
  conversionToWon,
  header,
  highlight,
  input,
  label,
  one,
  output,
  monthFormula,
  section,
  spill,
  STAGE_ROOM,
  textLiteral,
  titledFor,
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
    const drift = EXAMPLE_DRIFT[(i - 1) % EXAMPLE_DRIFT.length]!; // index modulo the length
    out.push(Math.max(1, Math.round(out[i - 1]! * rate * drift))); // out has i entries
  }
  return out;
}

/**
 * Funnel health (SPEC §6.4): actual volumes per stage → actual conversion (one STAGE_CONVERSION
 * call) against the planned rates, the gap, the won deals each stage's shortfall costs, the
 * stickiest stage (the costliest shortfall) highlighted, and lead velocity over recent months
 * (one LEAD_VELOCITY call). Per-stage columns spill with the stage list over STAGE_ROOM rows.
 */
export function funnelHealth(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  lastMonth: Date,
): SheetPlan {
  const t = m.health;
  const c = m.common;
  const { stages, rates } = namedRangeNames(funnel.key);
  const first = 8;
  const room = (col: number, offset = 0) => a1Range(first + offset, col, STAGE_ROOM, 1);
  const [stage, actual, conversion, planned] = [room(1), room(2), room(3), room(4)];
  const nextActual = room(2, 1);
  // A stage converting below plan loses (actual − next actual ÷ planned rate) records' worth of
  // next-stage volume; times the planned conversion from here to won, that is won deals lost.
  const lostDeals = `(${actual}-${nextActual}/${planned})*${conversionToWon(planned)}`;
  const lostAbs = a1Range(first, 6, STAGE_ROOM, 1, true);
  const velocity = first + STAGE_ROOM + 3;
  const months = Array.from({ length: RECENT_MONTHS }, (_, i) =>
    monthFormula(
      new Date(lastMonth.getFullYear(), lastMonth.getMonth() - (RECENT_MONTHS - 1 - i), 1),
    ),
  );

  return {
    baseName: t.sheetName,
    frozenRows: 2,
    columnWidths: { 1: 200, 2: 110, 3: 135, 4: 145, 5: 100, 6: 150, 7: 100 },
    stageInputs: [{ row: first, col: 2 }],
    blocks: [
      ...titledFor(c.funnelLine, t.title, funnel, t.subtitle),
      label(4, 1, one(t.stickiest)),
      highlight(
        4,
        2,
        one(
          `=IFERROR(IF(MAX(${lostAbs})<=0, ${textLiteral(t.noneBelowPlan)}, INDEX(${a1Range(first, 1, STAGE_ROOM, 1, true)}, MATCH(MAX(${lostAbs}), ${lostAbs}, 0))), "")`,
        ),
        undefined,
        t.stickiestNote,
      ),
      section(first - 2, t.actualVsPlanned),
      header(first - 1, 1, [
        [
          c.stage,
          t.actualVolume,
          t.actualConversion,
          t.plannedConversion,
          t.gapPoints,
          t.wonDealsLost,
        ],
      ]),
      label(first, 1, spill(`={${stages}}`, STAGE_ROOM)),
      input(first, 2, column(exampleVolumes(funnel)), formats.integer),
      output(
        first,
        3,
        spill(`=STAGE_CONVERSION(${actual})`, STAGE_ROOM),
        formats.percent,
        t.conversionNote,
      ),
      output(first, 4, spill(`={${rates}}`, STAGE_ROOM), formats.percent),
      output(
        first,
        5,
        spill(
          `=ARRAYFORMULA(IF((${conversion}="")+(${planned}=""), "", ${conversion}-${planned}))`,
          STAGE_ROOM,
        ),
        formats.signedPercent,
      ),
      output(
        first,
        6,
        spill(
          `=ARRAYFORMULA(IF((${planned}="")+(${nextActual}="")+(${stage}=""), "", IF(${lostDeals}<0, 0, ${lostDeals})))`,
          STAGE_ROOM,
        ),
        formats.decimal,
        t.wonDealsLostNote,
      ),
      section(velocity - 1, t.leadVelocity),
      header(velocity, 1, [[c.month, ...months]], formats.month),
      label(velocity + 1, 1, column([t.qualifiedLeads, t.growth])),
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
        title: t.chartTitle,
        ranges: [1, 3, 4].map((c) => a1Range(first - 1, c, STAGE_ROOM + 1, 1)),
        // Below both tables: beside them it would cover the last months of lead velocity.
        row: velocity + 4,
        col: 1,
      },
    ],
    highlights: [
      {
        range: a1Range(first, 1, STAGE_ROOM, 6),
        formula: `=AND($F${first}<>"", $F${first}>0, $F${first}=MAX(${lostAbs}))`,
        background: "#fce8e6",
      },
    ],
  };
}
