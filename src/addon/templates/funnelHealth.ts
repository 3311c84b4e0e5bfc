import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import { LayoutBuilder, STAGE_ROOM, type Layout } from "./layout";
import {
  column,
  conversionToWon,
  header,
  highlight,
  input,
  label,
  monthSerial,
  output,
  RATE_PERCENT,
  section,
  spill,
  textLiteral,
  titledFor,
  type Formats,
  type FunnelRef,
  type SheetPlan,
  type StageInputs,
} from "./sheetPlan";
import { removedStagesBlocks, stageRefs } from "./stageBlocks";

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
    const drift = EXAMPLE_DRIFT[(i - 1) % EXAMPLE_DRIFT.length] ?? 1;
    out.push(Math.max(1, Math.round((out[i - 1] ?? 0) * rate * drift)));
  }
  return out;
}

/**
 * Lead velocity and the stickiest stage side by side under the title; the stage tables over the
 * stage room: actual vs planned conversion, then the typed actual volumes (beside them the hidden
 * marker column and the inputs of removed stages); the chart to their right.
 */
export function healthLayout() {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const stickiest = l.add("stickiest", { rows: 2, cols: 2 }, l.below(title, 2));
  const conversion = l.stageTable("conversion", 6, { row: stickiest.lastRow + 4, col: 1 });
  const actual = l.stageTable("actual", 1, l.rightOf(conversion.block, 0), "stageInput");
  l.markerAt(actual.block.lastCol + 1);
  // Lead velocity sits right of the marker column, above the removed stages' table.
  l.add(
    "velocity",
    { rows: 3, cols: RECENT_MONTHS + 1 },
    { row: stickiest.row, col: actual.block.lastCol + 2 },
  );
  const removed = l.stageTable("removed", 2, l.rightOf(actual.block), "removed");
  l.add("chart", { rows: 1, cols: 1 }, l.rightOf(removed.block, RECENT_MONTHS));
  l.freeze(conversion.header.row, 1);
  return l.build() as Layout<
    | "title"
    | "velocity"
    | "stickiest"
    | `${"conversion" | "actual" | "removed"}${"" | ".header" | ".body"}`
    | "chart"
  >;
}

export type HealthLayout = ReturnType<typeof healthLayout>;

/** The typed actual volumes follow their stages; removed stages' volumes are kept beside them. */
export function healthStageInputs(layout: HealthLayout): StageInputs {
  return {
    axis: "rows",
    input: layout.anchors["actual.body"],
    removed: layout.anchors["removed.body"],
  };
}

/**
 * Funnel health (SPEC §6.4): actual volumes per stage → actual conversion (one STAGE_CONVERSION
 * call) against the planned rates, the gap in points and relative to the plan, the won deals each
 * stage's shortfall costs, the stickiest stage (the costliest shortfall) highlighted, and lead
 * velocity over recent months (one LEAD_VELOCITY call). Per-stage columns spill with the stage
 * list over the stage room.
 */
export function funnelHealth(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  lastMonth: Date,
  layout: HealthLayout = healthLayout(),
): SheetPlan {
  const t = m.health;
  const c = m.common;
  const a = layout.anchors;
  const { stages, rates } = namedRangeNames(funnel.key);
  const conv = a["conversion.body"];
  const stage = conv.column(0);
  const conversion = conv.column(1);
  const planned = conv.column(2);
  const actual = a["actual.body"].column(0);
  const nextActual = a["actual.body"].range(1, 0, STAGE_ROOM, 1);
  // A stage converting below plan loses (actual − next actual ÷ planned rate) records' worth of
  // next-stage volume; times the planned conversion from here to won, that is won deals lost.
  const lostDeals = `(${actual}-${nextActual}/${planned})*${conversionToWon(planned)}`;
  const lostAbs = conv.column(5, 0, true);
  const months = Array.from({ length: RECENT_MONTHS }, (_, i) =>
    monthSerial(
      new Date(lastMonth.getFullYear(), lastMonth.getMonth() - (RECENT_MONTHS - 1 - i), 1),
    ),
  );
  const v = a.velocity;
  const lost = conv.cell(0, 5, "column");

  return {
    baseName: t.sheetName,
    layout,
    stages: stageRefs(funnel),
    stageInputs: healthStageInputs(layout),
    blocks: [
      ...titledFor(a.title, c.funnelLine, t.title, funnel, t.subtitle),
      section({ row: v.row - 1, col: v.col }, t.leadVelocity),
      label(v.row, v.col, [[c.month]]),
      // The months are typed labels (kept by Refresh): the example's, until the team types its own.
      input(v.row, v.col + 1, [months], formats.month),
      label(v.rowAt(1), v.col, column([t.qualifiedLeads, t.growth])),
      input(v.rowAt(1), v.col + 1, [EXAMPLE_LEADS], formats.integer),
      output(
        v.rowAt(2),
        v.col + 1,
        spill(`=LEAD_VELOCITY(${v.range(1, 1, 1, RECENT_MONTHS)})`, 1, RECENT_MONTHS),
        formats.signedPercent,
      ),
      label(a.stickiest.row, a.stickiest.col, [[t.stickiest]]),
      highlight(
        a.stickiest.row,
        a.stickiest.col + 1,
        [
          [
            `=IFERROR(IF(MAX(${lostAbs})<=0, ${textLiteral(t.noneBelowPlan)}, INDEX(${conv.column(0, 0, true)}, MATCH(MAX(${lostAbs}), ${lostAbs}, 0))), "")`,
          ],
        ],
        undefined,
        t.stickiestNote,
      ),
      section({ row: a.conversion.row - 1, col: a.conversion.col }, t.actualVsPlanned),
      header(a["conversion.header"].row, a["conversion.header"].col, [
        [
          c.stage,
          t.actualConversion,
          t.plannedConversion,
          t.gapPoints,
          t.relativeGap,
          t.wonDealsLost,
        ],
      ]),
      label(conv.row, conv.col, spill(`={${stages}}`, STAGE_ROOM)),
      // One STAGE_CONVERSION call over the typed volumes; a stage not typed yet (a new one) and
      // the stage above it show no rate rather than an error in the whole column.
      output(
        conv.row,
        conv.col + 1,
        spill(
          `=ARRAYFORMULA(IF((${actual}="")+(${nextActual}=""), "", STAGE_CONVERSION(IF(${actual}="", 0, ${actual}))))`,
          STAGE_ROOM,
        ),
        formats.percent,
        t.conversionNote,
      ),
      output(conv.row, conv.col + 2, spill(`={${rates}}`, STAGE_ROOM), RATE_PERCENT),
      output(
        conv.row,
        conv.col + 3,
        spill(
          `=ARRAYFORMULA(IF((${conversion}="")+(${planned}=""), "", ${conversion}-${planned}))`,
          STAGE_ROOM,
        ),
        formats.signedPercent,
      ),
      // The gap as a share of the plan: −5 points on a 10 % rate is −50 %, on a 50 % rate −10 %.
      output(
        conv.row,
        conv.col + 4,
        spill(
          `=ARRAYFORMULA(IF((${conversion}="")+(${planned}=""), "", ${conversion}/${planned}-1))`,
          STAGE_ROOM,
        ),
        formats.signedPercent,
      ),
      output(
        conv.row,
        conv.col + 5,
        spill(
          `=ARRAYFORMULA(IF((${planned}="")+(${nextActual}="")+(${stage}=""), "", IF(${lostDeals}<0, 0, ${lostDeals})))`,
          STAGE_ROOM,
        ),
        formats.decimal,
        t.wonDealsLostNote,
      ),
      header(a["actual.header"].row, a["actual.header"].col, [[t.actualVolume]]),
      input(
        a["actual.body"].row,
        a["actual.body"].col,
        column(Array.from({ length: STAGE_ROOM }, (_, i) => exampleVolumes(funnel)[i] ?? "")),
        formats.integer,
      ),
      ...removedStagesBlocks(
        a["removed.header"],
        a["removed.body"],
        [t.actualVolume],
        m,
        formats.integer,
      ),
    ],
    charts: [
      {
        kind: "column",
        title: t.chartTitle,
        ranges: [0, 1, 2].map((col) => a.conversion.column(col)),
        row: a.chart.row,
        col: a.chart.col,
      },
    ],
    highlights: [
      {
        ranges: [conv.a1()],
        formula: `=AND(${lost}<>"", ${lost}>0, ${lost}=MAX(${lostAbs}))`,
        background: "#fce8e6",
      },
    ],
  };
}
