import { a1Range } from "../../core/a1";
import type { SheetMessages } from "../../i18n/sheet";
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

/**
 * Example channels: name, paid?, spend, new customers, monthly ARPA, leads, opportunities. A paid
 * channel is marked with the language's "yes", which paid CAC matches.
 */
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
 * Channel CAC and LTV (SPEC §6.3). Five tables, one custom-function call each: acquisition cost
 * (CAC), customer value (LTV), unit economics (CAC_PAYBACK), blended vs paid CAC, and cost per
 * lead and per opportunity (one CAC call over both columns).
 */
export function channelEconomics(formats: Formats, m: SheetMessages): SheetPlan {
  const t = m.channels;
  const { yes, no } = m.common;
  const k = CHANNELS.length;
  const acq = 6; // first channel row of each table
  const value = acq + k + 3;
  const unit = value + k + 3;
  const blend = unit + k + 3;
  const perRecord = blend + 2 + 4;
  const col = (letter: string, start: number) => `${letter}${start}:${letter}${start + k - 1}`;
  const perChannel = (cell: (i: number) => string) => column(CHANNELS.map((_, i) => cell(i)));
  // Later tables name their channels from the first, so a renamed channel renames everywhere.
  const channelNames = perChannel((i) => `=A${acq + i}`);
  const paidOnly = (letter: string) => `SUMIF(${col("B", acq)}, "${yes}", ${col(letter, acq)})`;
  const spend = col("C", acq);
  const counts = a1Range(perRecord, 2, k, 2);

  return {
    baseName: t.sheetName,
    frozenRows: 2,
    columnWidths: { 1: 170, 2: 110, 3: 110, 4: 120, 5: 120 },
    blocks: [
      ...titled(t.title, t.subtitle),

      section(acq - 2, t.acquisitionCost),
      header(acq - 1, 1, [[m.common.channel, t.paid, t.spend, t.newCustomers, t.cac]]),
      input(
        acq,
        1,
        CHANNELS.map(([name, paid]) => [t.examples[name], paid ? yes : no]),
      ),
      input(acq, 3, column(CHANNELS.map((c) => c[2])), formats.money),
      input(acq, 4, column(CHANNELS.map((c) => c[3])), formats.integer),
      output(
        acq,
        5,
        spill(`=CAC(${col("C", acq)}, ${col("D", acq)})`, k),
        formats.money,
        t.cacNote,
      ),

      section(value - 2, t.customerValue),
      header(value - 1, 1, [
        [m.common.channel, t.arpaMonthly, t.grossMargin, t.monthlyChurn, t.ltv],
      ]),
      label(value, 1, channelNames),
      input(value, 2, column(CHANNELS.map((c) => c[4])), formats.money),
      input(
        value,
        3,
        CHANNELS.map(() => [GROSS_MARGIN, MONTHLY_CHURN]),
        formats.percent,
      ),
      output(
        value,
        5,
        spill(`=LTV(${col("B", value)}, ${col("C", value)}, ${col("D", value)})`, k),
        formats.money,
        t.ltvNote,
      ),

      section(unit - 2, t.unitEconomics),
      header(unit - 1, 1, [[m.common.channel, t.cac, t.ltv, t.ltvToCac, t.paybackMonths]]),
      label(unit, 1, channelNames),
      output(
        unit,
        2,
        CHANNELS.map((_, i) => [`=E${acq + i}`, `=E${value + i}`]),
        formats.money,
      ),
      output(
        unit,
        4,
        perChannel((i) => {
          const r = unit + i;
          return `=IF(OR(B${r}="", C${r}=""), "", C${r}/B${r})`;
        }),
        formats.multiple,
        t.ratioNote,
      ),
      output(
        unit,
        5,
        spill(`=CAC_PAYBACK(${col("E", acq)}, ${col("B", value)}, ${col("C", value)})`, k),
        formats.decimal,
        t.paybackNote,
      ),

      section(blend - 2, t.blendedVsPaid),
      header(blend - 1, 1, [["", t.spend, t.newCustomers, t.cac]]),
      label(blend, 1, column([t.blended, t.paidOnly(yes)])),
      output(blend, 2, [[`=SUM(${col("C", acq)})`], [`=${paidOnly("C")}`]], formats.money),
      output(blend, 3, [[`=SUM(${col("D", acq)})`], [`=${paidOnly("D")}`]], formats.integer),
      output(
        blend,
        4,
        spill(`=CAC(B${blend}:B${blend + 1}, C${blend}:C${blend + 1})`, 2),
        formats.money,
      ),

      section(perRecord - 2, t.costPerRecordTable),
      header(perRecord - 1, 1, [
        [m.common.channel, t.leads, t.opportunities, t.costPerLead, t.costPerOpportunity],
      ]),
      label(perRecord, 1, channelNames),
      input(
        perRecord,
        2,
        CHANNELS.map((c) => [c[5], c[6]]),
        formats.integer,
      ),
      // Spend ÷ leads and spend ÷ opportunities with built-ins (no call: the sheet's CAC,
      // LTV, payback and blended calls already take the four calls its tables allow); the spend
      // column made two columns wide by MMULT with {1, 1}; a channel with none shows "".
      output(
        perRecord,
        4,
        spill(`=ARRAYFORMULA(IF(${counts}>0, MMULT(${spend}, {1, 1})/${counts}, ""))`, k, 2),
        formats.money,
        t.costPerLeadNote,
      ),
    ],
    charts: [],
    highlights: [],
  };
}
