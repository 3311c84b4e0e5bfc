import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import { MONTHS } from "./examplePlan";
import { LayoutBuilder, type Anchor, type Layout, type Rect } from "./layout";
import { monthlyInputBlocks, onceIfError } from "./monthlyTargets";
import {
  column,
  header,
  input,
  label,
  output,
  remark,
  section,
  spill,
  textLiteral,
  titledFor,
  total,
  type Block,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

/**
 * Example team (labelled as such in the sheet): a rep ramped in four months books 80 % of a
 * 4 000 monthly quota, 1 % of the team leaves each month, two reps today, an SDR sources 15
 * opportunities a month. Sized for the example plan (100 000 a year), so the plan hires.
 */
const EXAMPLE_QUOTA = 4000;
const EXAMPLE_ATTAINMENT = 0.8;
const EXAMPLE_ATTRITION = 0.01;
const EXAMPLE_REPS = 2;
const EXAMPLE_OPPORTUNITIES_PER_SDR = 15;
const EXAMPLE_RAMP = [0, 0.25, 0.5, 0.75];
/** Your plan's example: one hire in the third month, later than the target needs (0-based). */
const EXAMPLE_HIRE_MONTH = 2;
/** Months of tenure the ramp row has room for; 100 % after the last one filled in. */
export const RAMP_MONTHS = 6;
/** HIRING_PLAN's rows: reps needed, hires, headcount, ramped reps, bookings capacity. */
const PLAN_ROWS = 5;
/** SALES_CAPACITY's rows: headcount, ramped reps, bookings capacity. */
const CAPACITY_ROWS = 3;

/**
 * Plan, team and results inputs side by side under the title, the ramp under them, then one
 * table per question, each a row of months: revenue target per month, the hiring plan the
 * target needs (HIRING_PLAN), the team your hires give (SALES_CAPACITY), SDRs (the monthly
 * plan's opportunities, SDRS_NEEDED). No per-stage table: every block fits the first 40 rows.
 */
export function capacityLayout() {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const inputs = l.add("inputs", { rows: 4, cols: 2 }, l.below(title, 2), "input");
  const team = l.add("team", { rows: 6, cols: 2 }, l.rightOf(inputs), "input");
  l.add("results", { rows: 5, cols: 2 }, l.rightOf(team));
  const rampLabels = l.add("rampLabels", { rows: 2, cols: 1 }, l.below(inputs, 2));
  l.add("rampHeader", { rows: 1, cols: RAMP_MONTHS }, l.rightOf(rampLabels, 0));
  l.add(
    "ramp",
    { rows: 1, cols: RAMP_MONTHS },
    { row: rampLabels.row + 1, col: rampLabels.col + 1 },
    "input",
  );
  const months = l.add(
    "months",
    { rows: 3, cols: MONTHS + 1 },
    { row: rampLabels.lastRow + 3, col: 1 },
  );
  const plan = l.add("plan", { rows: PLAN_ROWS + 2, cols: MONTHS + 1 }, l.below(months, 2));
  const yours = l.add("yours", { rows: 1, cols: MONTHS + 1 }, l.below(plan, 2));
  const yourHires = l.add(
    "yourHires",
    { rows: 1, cols: MONTHS },
    { row: yours.lastRow + 1, col: yours.col + 1 },
    "input",
  );
  const capacity = l.add(
    "capacity",
    { rows: CAPACITY_ROWS + 1, cols: MONTHS + 1 },
    { row: yourHires.lastRow + 1, col: yours.col },
  );
  l.add("yourLabel", { rows: 1, cols: 1 }, { row: yourHires.row, col: yours.col });
  const sdrs = l.add("sdrs", { rows: 3, cols: MONTHS + 1 }, l.below(capacity, 2));
  // Beside the SDR table's heading: says so when the stage typed is not in the funnel.
  l.add("sdrWarning", { rows: 1, cols: 1 }, { row: sdrs.row - 1, col: sdrs.col + 2 });
  l.freeze(title.lastRow, 0);
  return l.build() as Layout<
    | "title"
    | "inputs"
    | "team"
    | "results"
    | "rampLabels"
    | "rampHeader"
    | "ramp"
    | "months"
    | "plan"
    | "yours"
    | "yourHires"
    | "yourLabel"
    | "capacity"
    | "sdrs"
    | "sdrWarning"
  >;
}

export type CapacityLayout = ReturnType<typeof capacityLayout>;

/** The stage SDRs hand over, once the team types its name (a rename rewrites it: planSync.ts). */
export function capacityStageNames(layout: CapacityLayout): Rect[] {
  const team = layout.anchors.team;
  return [{ row: team.rowAt(5), col: team.col + 1, rows: 1, cols: 1 }];
}

/** Row formats of a spill of counts whose last row is bookings (money). */
function lastRowMoney(rows: number, formats: Formats): string[] {
  return Array.from({ length: rows }, (_, r) => (r === rows - 1 ? formats.money : formats.decimal));
}

/** `={B5:M5}`: a row of month headers repeated from the plan's own, in one formula. */
function monthHeaders(months: Anchor): string {
  return `={${months.range(0, 1, 1, MONTHS)}}`;
}

/**
 * Capacity plan: from the monthly plan (the annual target ÷ 12 per month, the same inputs as
 * Monthly targets) and the team's quota, ramp, attainment and attrition — the ramped reps each
 * month needs and when to hire them (one HIRING_PLAN call), the bookings the hires you plan can
 * deliver (one SALES_CAPACITY call), and the SDRs the plan's opportunities need (one
 * FUNNEL_TARGETS call for the opportunities, one SDRS_NEEDED call). The funnel is read through
 * its named ranges and the stage SDRs hand over is matched by name, so the sheet follows the
 * stage table as it is edited.
 */
export function capacityPlan(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  firstMonth: Date,
  layout: CapacityLayout = capacityLayout(),
): SheetPlan {
  const t = m.capacity;
  const a = layout.anchors;
  const { stages, rates, days } = namedRangeNames(funnel.key);
  const team = a.team;
  const quota = team.cell(0, 1, true);
  const attainment = team.cell(1, 1, true);
  const attrition = team.cell(2, 1, true);
  const reps = team.cell(3, 1, true);
  const perSdr = team.cell(4, 1, true);
  const sdrStage = team.cell(5, 1, true);
  const ramp = a.ramp.a1(true);
  const targets = a.months.range(1, 1, 1, MONTHS, true);
  const planRow = (r: number) => a.plan.range(r, 1, 1, MONTHS);
  const capacityRow = (r: number) => a.capacity.range(r, 1, 1, MONTHS);
  const teamArgs = `${quota}, ${ramp}, ${attainment}, ${attrition}, ${reps}`;
  const opportunities = a.sdrs.range(1, 1, 1, MONTHS);
  const sdrs = a.sdrs.range(2, 1, 1, MONTHS);
  const stageAt = `MATCH(${sdrStage}, ${stages}, 0)`;
  // The monthly plan's row for that stage: FUNNEL_TARGETS on the rates and days from the stage
  // down gives the same lagged, rounded row first (each row depends only on the stages below).
  const fromStage = (range: string) => `FILTER(${range}, SEQUENCE(ROWS(${range}))>=${stageAt})`;
  const plannedOpportunities = `ARRAY_CONSTRAIN(FUNNEL_TARGETS(${targets}, ${a.inputs.cell(1, 1, true)}, ${fromStage(rates)}, ${fromStage(days)}, ${a.inputs.cell(2, 1, true)}, "cumulative"), 1, ${MONTHS})`;
  // Empty while the capacity or a target is an error: its message shows once, where it starts.
  const gap = (capacity: string, first: string) =>
    onceIfError(`${first}+SUM(${targets})`, `ARRAYFORMULA(${capacity}-${targets})`);
  const monthRow = (at: Anchor) =>
    header(at.row, at.col + 1, spill(monthHeaders(a.months), 1, MONTHS), formats.month);

  const blocks: Block[] = [
    ...titledFor(a.title, m.common.funnelLine, t.title, funnel, t.subtitle),
    ...monthlyInputBlocks(a.inputs, a.months, formats, m, firstMonth),

    section({ row: team.row - 1, col: team.col }, t.team),
    label(
      team.row,
      team.col,
      column([
        t.quotaPerRep,
        t.attainment,
        t.attrition,
        t.currentReps,
        t.opportunitiesPerSdr,
        t.sdrStage,
      ]),
    ),
    input(team.row, team.col + 1, column([EXAMPLE_QUOTA]), formats.money, t.exampleNote),
    input(
      team.rowAt(1),
      team.col + 1,
      column([EXAMPLE_ATTAINMENT, EXAMPLE_ATTRITION]),
      formats.percent,
    ),
    input(
      team.rowAt(3),
      team.col + 1,
      column([EXAMPLE_REPS, EXAMPLE_OPPORTUNITIES_PER_SDR]),
      formats.decimal,
    ),
    // The stage before the won stage, by formula: it follows the table until a name is typed.
    input(
      team.rowAt(5),
      team.col + 1,
      column([`=INDEX(${stages}, ROWS(${stages})-1)`]),
      undefined,
      t.sdrStageNote,
    ),

    section({ row: a.results.row - 1, col: a.results.col }, m.plans.results),
    label(
      a.results.row,
      a.results.col,
      column([t.hiresInYear, t.headcountAtEnd, t.capacityYear, t.capacityShare, t.peakSdrs]),
    ),
    total(
      a.results.row,
      a.results.col + 1,
      column([
        `=IFERROR(SUM(${planRow(2)}), "")`,
        `=IFERROR(INDEX(${planRow(3)}, 1, ${MONTHS}), "")`,
      ]),
      formats.decimal,
    ),
    total(
      a.results.rowAt(2),
      a.results.col + 1,
      column([`=IFERROR(SUM(${planRow(5)}), "")`]),
      formats.money,
    ),
    total(
      a.results.rowAt(3),
      a.results.col + 1,
      column([`=IFERROR(SUM(${planRow(5)})/SUM(${targets}), "")`]),
      formats.percent,
    ),
    total(
      a.results.rowAt(4),
      a.results.col + 1,
      column([`=IFERROR(MAX(${sdrs}), "")`]),
      formats.integer,
    ),

    section({ row: a.rampLabels.row - 1, col: a.rampLabels.col }, t.ramp),
    label(a.rampLabels.row, a.rampLabels.col, column([t.monthOfTenure, t.shareOfQuota])),
    header(a.rampHeader.row, a.rampHeader.col, [
      Array.from({ length: RAMP_MONTHS }, (_, i) => t.month(i + 1)),
    ]),
    input(
      a.ramp.row,
      a.ramp.col,
      [Array.from({ length: RAMP_MONTHS }, (_, i) => EXAMPLE_RAMP[i] ?? "")],
      formats.percent,
      t.rampNote,
    ),

    section({ row: a.plan.row - 1, col: a.plan.col }, t.recommended),
    label(
      a.plan.row,
      a.plan.col,
      column([
        m.common.month,
        t.repsNeeded,
        t.hires,
        t.headcount,
        t.rampedReps,
        t.bookingsCapacity,
        t.gapToTarget,
      ]),
    ),
    monthRow(a.plan),
    // One block per spill, so Refresh knows its room (SPEC §6): the last row is money.
    {
      ...output(
        a.plan.rowAt(1),
        a.plan.col + 1,
        spill(`=HIRING_PLAN(${targets}, ${teamArgs})`, PLAN_ROWS, MONTHS),
        formats.decimal,
        t.hiresNote,
      ),
      rowFormats: lastRowMoney(PLAN_ROWS, formats),
    },
    total(
      a.plan.rowAt(PLAN_ROWS + 1),
      a.plan.col + 1,
      spill(gap(planRow(5), a.plan.cell(1, 1)), 1, MONTHS),
      formats.money,
    ),

    section({ row: a.yours.row - 1, col: a.yours.col }, t.yourPlan),
    label(a.yours.row, a.yours.col, column([m.common.month])),
    monthRow(a.yours),
    label(a.yourLabel.row, a.yourLabel.col, column([t.hires])),
    input(
      a.yourHires.row,
      a.yourHires.col,
      [Array.from({ length: MONTHS }, (_, i) => (i === EXAMPLE_HIRE_MONTH ? 1 : 0))],
      formats.decimal,
      t.yourHiresNote,
    ),
    label(
      a.capacity.row,
      a.capacity.col,
      column([t.headcount, t.rampedReps, t.bookingsCapacity, t.gapToTarget]),
    ),
    {
      ...output(
        a.capacity.row,
        a.capacity.col + 1,
        spill(`=SALES_CAPACITY(${a.yourHires.a1(true)}, ${teamArgs})`, CAPACITY_ROWS, MONTHS),
        formats.decimal,
      ),
      rowFormats: lastRowMoney(CAPACITY_ROWS, formats),
    },
    total(
      a.capacity.rowAt(CAPACITY_ROWS),
      a.capacity.col + 1,
      spill(gap(capacityRow(2), a.capacity.cell(0, 1)), 1, MONTHS),
      formats.money,
    ),

    section({ row: a.sdrs.row - 1, col: a.sdrs.col }, t.sdrs),
    remark(
      { row: a.sdrWarning.row, col: a.sdrWarning.col },
      `=IF(ISNA(${stageAt}), ${textLiteral(t.unknownStage)}, "")`,
    ),
    label(
      a.sdrs.row,
      a.sdrs.col,
      column([
        m.common.month,
        t.opportunitiesNeeded(`IFERROR(INDEX(${stages}, ${stageAt}), ${sdrStage})`),
        t.sdrsNeeded,
      ]),
    ),
    monthRow(a.sdrs),
    output(
      a.sdrs.rowAt(1),
      a.sdrs.col + 1,
      spill(`=${plannedOpportunities}`, 1, MONTHS),
      formats.integer,
      t.sdrNote,
    ),
    output(
      a.sdrs.rowAt(2),
      a.sdrs.col + 1,
      spill(onceIfError(a.sdrs.cell(1, 1), `SDRS_NEEDED(${opportunities}, ${perSdr})`), 1, MONTHS),
      formats.integer,
    ),
  ];
  return { baseName: t.sheetName, layout, blocks, charts: [], highlights: [] };
}
