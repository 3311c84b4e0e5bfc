import { a1Range } from "../../core/a1";
import { column, type Formats, type SheetPlan } from "./sheetPlan";

/** Example channels; "Paid" channels feed the paid-CAC line. */
const CHANNELS: {
  name: string;
  paid: "Yes" | "No";
  spend: number;
  customers: number;
  arpa: number;
}[] = [
  { name: "Paid search", paid: "Yes", spend: 42000, customers: 14, arpa: 900 },
  { name: "Paid social", paid: "Yes", spend: 28000, customers: 8, arpa: 750 },
  { name: "Events", paid: "Yes", spend: 35000, customers: 7, arpa: 1400 },
  { name: "Content & SEO", paid: "No", spend: 18000, customers: 11, arpa: 800 },
  { name: "Outbound (SDR)", paid: "No", spend: 45000, customers: 9, arpa: 1200 },
];

/**
 * Channel CAC and LTV (SPEC §6.3). Four tables, one custom-function call each: acquisition cost
 * (CAC), customer value (LTV), unit economics (CAC_PAYBACK) and blended vs paid CAC.
 */
export function channelEconomics(formats: Formats): SheetPlan {
  const k = CHANNELS.length;
  const acq = 6; // first channel row of each table
  const value = acq + k + 3;
  const unit = value + k + 3;
  const blend = unit + k + 3;
  const col = (letter: string, start: number) => `${letter}${start}:${letter}${start + k - 1}`;
  // Later tables name their channels from the first, so a renamed channel renames everywhere.
  const channelNames = Array.from({ length: k }, (_, i) => `=A${acq + i}`);

  return {
    baseName: "Channel CAC and LTV",
    frozenRows: 2,
    columnWidths: { 1: 170, 2: 110, 3: 110, 4: 120, 5: 120 },
    blocks: [
      { row: 1, col: 1, cells: [["Channel CAC and LTV"]], style: "title" },
      {
        row: 2,
        col: 1,
        cells: [
          [
            "Spend and customers per channel for one period; ARPA and churn are monthly, payback is in months.",
          ],
        ],
        style: "subtitle",
      },

      { row: acq - 2, col: 1, cells: [["Acquisition cost"]], style: "section" },
      {
        row: acq - 1,
        col: 1,
        cells: [["Channel", "Paid?", "Spend", "New customers", "CAC"]],
        style: "header",
      },
      { row: acq, col: 1, cells: column(CHANNELS.map((c) => c.name)), style: "input" },
      { row: acq, col: 2, cells: column(CHANNELS.map((c) => c.paid)), style: "input" },
      {
        row: acq,
        col: 3,
        cells: column(CHANNELS.map((c) => c.spend)),
        style: "input",
        format: formats.money,
      },
      {
        row: acq,
        col: 4,
        cells: column(CHANNELS.map((c) => c.customers)),
        style: "input",
        format: formats.integer,
      },
      {
        row: acq,
        col: 5,
        cells: [[`=CAC(${col("C", acq)}, ${col("D", acq)})`]],
        style: "output",
        format: formats.money,
        note: "Spend ÷ new customers. A channel with no new customers shows an empty cell.",
      },

      { row: value - 2, col: 1, cells: [["Customer value"]], style: "section" },
      {
        row: value - 1,
        col: 1,
        cells: [["Channel", "ARPA (monthly)", "Gross margin", "Monthly churn", "LTV"]],
        style: "header",
      },
      { row: value, col: 1, cells: column(channelNames), style: "label" },
      {
        row: value,
        col: 2,
        cells: column(CHANNELS.map((c) => c.arpa)),
        style: "input",
        format: formats.money,
      },
      {
        row: value,
        col: 3,
        cells: column(CHANNELS.map(() => 0.8)),
        style: "input",
        format: formats.percent,
      },
      {
        row: value,
        col: 4,
        cells: column(CHANNELS.map(() => 0.02)),
        style: "input",
        format: formats.percent,
      },
      {
        row: value,
        col: 5,
        cells: [[`=LTV(${col("B", value)}, ${col("C", value)}, ${col("D", value)})`]],
        style: "output",
        format: formats.money,
        note: "ARPA × gross margin ÷ monthly churn: the gross profit a customer brings over its lifetime.",
      },

      { row: unit - 2, col: 1, cells: [["Unit economics"]], style: "section" },
      {
        row: unit - 1,
        col: 1,
        cells: [["Channel", "CAC", "LTV", "LTV:CAC", "Payback (months)"]],
        style: "header",
      },
      { row: unit, col: 1, cells: column(channelNames), style: "label" },
      {
        row: unit,
        col: 2,
        cells: column(CHANNELS.map((_, i) => `=E${acq + i}`)),
        style: "output",
        format: formats.money,
      },
      {
        row: unit,
        col: 3,
        cells: column(CHANNELS.map((_, i) => `=E${value + i}`)),
        style: "output",
        format: formats.money,
      },
      {
        row: unit,
        col: 4,
        cells: column(
          CHANNELS.map(
            (_, i) => `=IF(OR(B${unit + i}="", C${unit + i}=""), "", C${unit + i}/B${unit + i})`,
          ),
        ),
        style: "output",
        format: formats.multiple,
        note: "3× or more is the usual mark of a healthy channel.",
      },
      {
        row: unit,
        col: 5,
        cells: [[`=CAC_PAYBACK(${col("E", acq)}, ${col("B", value)}, ${col("C", value)})`]],
        style: "output",
        format: formats.decimal,
        note: "CAC ÷ (ARPA × gross margin): months of gross profit to earn back the acquisition cost.",
      },

      { row: blend - 2, col: 1, cells: [["Blended vs paid CAC"]], style: "section" },
      { row: blend - 1, col: 1, cells: [["", "Spend", "New customers", "CAC"]], style: "header" },
      {
        row: blend,
        col: 1,
        cells: column(["Blended (all channels)", 'Paid (channels marked "Yes")']),
        style: "label",
      },
      {
        row: blend,
        col: 2,
        cells: [[`=SUM(${col("C", acq)})`], [`=SUMIF(${col("B", acq)}, "Yes", ${col("C", acq)})`]],
        style: "output",
        format: formats.money,
      },
      {
        row: blend,
        col: 3,
        cells: [[`=SUM(${col("D", acq)})`], [`=SUMIF(${col("B", acq)}, "Yes", ${col("D", acq)})`]],
        style: "output",
        format: formats.integer,
      },
      {
        row: blend,
        col: 4,
        cells: [[`=CAC(B${blend}:B${blend + 1}, C${blend}:C${blend + 1})`]],
        style: "output",
        format: formats.money,
      },
    ],
    tables: [
      { title: "Acquisition cost", range: a1Range(acq - 1, 1, k + 1, 5) },
      { title: "Customer value", range: a1Range(value - 1, 1, k + 1, 5) },
      { title: "Unit economics", range: a1Range(unit - 1, 1, k + 1, 5) },
      { title: "Blended vs paid CAC", range: a1Range(blend - 1, 1, 3, 4) },
    ],
    charts: [],
    highlights: [],
  };
}
