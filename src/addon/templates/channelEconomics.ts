import type { SheetMessages } from "../../i18n/sheet";
import { Anchor, LayoutBuilder, type Layout } from "./layout";
import {
  column,
  header,
  input,
  label,
  output,
  section,
  spill,
  titled,
  type Formats,
  type SheetPlan,
} from "./sheetPlan";

type ChannelName = keyof SheetMessages["channels"]["examples"];

/** Example channels: name, paid?, spend, new customers, monthly ARPA, leads, opportunities. */
const CHANNELS: [ChannelName, boolean, number, number, number, number, number][] = [
  ["paidSearch", true, 42000, 14, 900, 1400, 70],
  ["paidSocial", true, 28000, 8, 750, 1120, 40],
  ["events", true, 35000, 7, 1400, 350, 35],
  ["contentSeo", false, 18000, 11, 800, 900, 55],
  ["outbound", false, 45000, 9, 1200, 300, 60],
];
const GROSS_MARGIN = 0.8;
const MONTHLY_CHURN = 0.02;

/**
 * Five small tables, one per question, each a header row over the channels: acquisition cost,
 * customer value and unit economics side by side, then blended vs paid CAC and cost per record.
 */
export function channelLayout(channels = CHANNELS.length) {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const table = (
    name: string,
    rows: number,
    cols: number,
    at: { row: number; col: number },
    role: "input" | "output" = "output",
  ) => l.add(name, { rows: rows + 1, cols }, at, role);
  const acquisition = table("acquisition", channels, 5, l.below(title, 2));
  const value = table("value", channels, 5, l.below(acquisition, 2));
  const unit = table("unit", channels, 5, l.below(value, 2));
  const blended = table("blended", 2, 4, l.below(unit, 2));
  table("perRecord", channels, 5, l.below(blended, 2));
  l.freeze(title.lastRow, 0);
  return l.build() as Layout<"title" | "acquisition" | "value" | "unit" | "blended" | "perRecord">;
}

export type ChannelLayout = ReturnType<typeof channelLayout>;

/** A channel table's body (its rows under the header). */
function bodyOf(a: Anchor): Anchor {
  return new Anchor(`${a.name}.body`, a.row + 1, a.col, a.rows - 1, a.cols);
}

/**
 * Channel CAC and LTV (SPEC §6.3). Five tables, one custom-function call each: acquisition cost
 * (CAC), customer value (LTV), unit economics (CAC_PAYBACK), blended vs paid CAC, and cost per
 * lead and per opportunity. "Paid?" is a checkbox: paid CAC sums the ticked channels, the same in
 * every language (SPEC §9: no formula compares against a translated word).
 */
export function channelEconomics(
  formats: Formats,
  m: SheetMessages,
  layout: ChannelLayout = channelLayout(),
): SheetPlan {
  const t = m.channels;
  const a = layout.anchors;
  const k = CHANNELS.length;
  const col = (table: Anchor, c: number) => table.range(1, c, k, 1);
  const acq = a.acquisition;
  const value = a.value;
  const unit = a.unit;
  const blend = a.blended;
  const perRecord = a.perRecord;
  const perChannel = (cell: (i: number) => string) => column(CHANNELS.map((_, i) => cell(i)));
  // Later tables name their channels from the first, so a renamed channel renames everywhere.
  const channelNames = perChannel((i) => `=${acq.cell(1 + i, 0)}`);
  const paid = col(acq, 1);
  const paidOnly = (c: number) => `SUMIF(${paid}, TRUE(), ${col(acq, c)})`;
  const spend = col(acq, 2);
  const counts = perRecord.range(1, 1, k, 2);
  const body = (table: Anchor) => bodyOf(table);

  return {
    baseName: t.sheetName,
    layout,
    checkboxes: [paid],
    blocks: [
      ...titled(a.title, t.title, t.subtitle),

      section({ row: acq.row - 1, col: acq.col }, t.acquisitionCost),
      header(acq.row, acq.col, [[m.common.channel, t.paid, t.spend, t.newCustomers, t.cac]]),
      input(
        body(acq).row,
        acq.col,
        CHANNELS.map(([name, isPaid]) => [t.examples[name], isPaid]),
      ),
      input(body(acq).row, acq.col + 2, column(CHANNELS.map((c) => c[2])), formats.money),
      input(body(acq).row, acq.col + 3, column(CHANNELS.map((c) => c[3])), formats.integer),
      output(
        body(acq).row,
        acq.col + 4,
        spill(`=CAC(${col(acq, 2)}, ${col(acq, 3)})`, k),
        formats.money,
        t.cacNote,
      ),

      section({ row: value.row - 1, col: value.col }, t.customerValue),
      header(value.row, value.col, [
        [m.common.channel, t.arpaMonthly, t.grossMargin, t.monthlyChurn, t.ltv],
      ]),
      label(body(value).row, value.col, channelNames),
      input(body(value).row, value.col + 1, column(CHANNELS.map((c) => c[4])), formats.money),
      input(
        body(value).row,
        value.col + 2,
        CHANNELS.map(() => [GROSS_MARGIN, MONTHLY_CHURN]),
        formats.percent,
      ),
      output(
        body(value).row,
        value.col + 4,
        spill(`=LTV(${col(value, 1)}, ${col(value, 2)}, ${col(value, 3)})`, k),
        formats.money,
        t.ltvNote,
      ),

      section({ row: unit.row - 1, col: unit.col }, t.unitEconomics),
      header(unit.row, unit.col, [[m.common.channel, t.cac, t.ltv, t.ltvToCac, t.paybackMonths]]),
      label(body(unit).row, unit.col, channelNames),
      output(
        body(unit).row,
        unit.col + 1,
        CHANNELS.map((_, i) => [`=${acq.cell(1 + i, 4)}`, `=${value.cell(1 + i, 4)}`]),
        formats.money,
      ),
      output(
        body(unit).row,
        unit.col + 3,
        perChannel((i) => {
          const cac = unit.cell(1 + i, 1);
          const ltv = unit.cell(1 + i, 2);
          return `=IF(OR(${cac}="", ${ltv}=""), "", ${ltv}/${cac})`;
        }),
        formats.multiple,
        t.ratioNote,
      ),
      output(
        body(unit).row,
        unit.col + 4,
        spill(`=CAC_PAYBACK(${col(acq, 4)}, ${col(value, 1)}, ${col(value, 2)})`, k),
        formats.decimal,
        t.paybackNote,
      ),

      section({ row: blend.row - 1, col: blend.col }, t.blendedVsPaid),
      header(blend.row, blend.col, [["", t.spend, t.newCustomers, t.cac]]),
      label(body(blend).row, blend.col, column([t.blended, t.paidOnly])),
      output(
        body(blend).row,
        blend.col + 1,
        [[`=SUM(${col(acq, 2)})`], [`=${paidOnly(2)}`]],
        formats.money,
      ),
      output(
        body(blend).row,
        blend.col + 2,
        [[`=SUM(${col(acq, 3)})`], [`=${paidOnly(3)}`]],
        formats.integer,
      ),
      output(
        body(blend).row,
        blend.col + 3,
        spill(`=CAC(${blend.range(1, 1, 2, 1)}, ${blend.range(1, 2, 2, 1)})`, 2),
        formats.money,
      ),

      section({ row: perRecord.row - 1, col: perRecord.col }, t.costPerRecordTable),
      header(perRecord.row, perRecord.col, [
        [m.common.channel, t.leads, t.opportunities, t.costPerLead, t.costPerOpportunity],
      ]),
      label(body(perRecord).row, perRecord.col, channelNames),
      input(
        body(perRecord).row,
        perRecord.col + 1,
        CHANNELS.map((c) => [c[5], c[6]]),
        formats.integer,
      ),
      // Spend ÷ leads and spend ÷ opportunities with built-ins (no call: the sheet's CAC,
      // LTV, payback and blended calls already take the four calls its tables allow); the spend
      // column made two columns wide by MMULT with {1, 1}; a channel with none shows "".
      output(
        body(perRecord).row,
        perRecord.col + 3,
        spill(`=ARRAYFORMULA(IF(${counts}>0, MMULT(${spend}, {1, 1})/${counts}, ""))`, k, 2),
        formats.money,
        t.costPerLeadNote,
      ),
    ],
    charts: [],
    highlights: [],
  };
}
