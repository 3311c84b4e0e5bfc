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

/** Example channels: name, paid?, spend, new customers, monthly ARPA. "Yes" feeds paid CAC. */
const CHANNELS: [string, "Yes" | "No", number, number, number][] = [
  ["Paid search", "Yes", 42000, 14, 900],
  ["Paid social", "Yes", 28000, 8, 750],
  ["Events", "Yes", 35000, 7, 1400],
  ["Content & SEO", "No", 18000, 11, 800],
  ["Outbound (SDR)", "No", 45000, 9, 1200],
];
const GROSS_MARGIN = 0.8;
const MONTHLY_CHURN = 0.02;

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
  const perChannel = (cell: (i: number) => string) => column(CHANNELS.map((_, i) => cell(i)));
  // Later tables name their channels from the first, so a renamed channel renames everywhere.
  const channelNames = perChannel((i) => `=A${acq + i}`);
  const paidOnly = (letter: string) => `SUMIF(${col("B", acq)}, "Yes", ${col(letter, acq)})`;

  return {
    baseName: "Channel CAC and LTV",
    frozenRows: 2,
    columnWidths: { 1: 170, 2: 110, 3: 110, 4: 120, 5: 120 },
    blocks: [
      ...titled(
        "Channel CAC and LTV",
        "Spend and customers per channel for one period; ARPA and churn are monthly, payback is in months.",
      ),

      section(acq - 2, "Acquisition cost"),
      header(acq - 1, 1, [["Channel", "Paid?", "Spend", "New customers", "CAC"]]),
      input(
        acq,
        1,
        CHANNELS.map(([name, paid]) => [name, paid]),
      ),
      input(acq, 3, column(CHANNELS.map((c) => c[2])), formats.money),
      input(acq, 4, column(CHANNELS.map((c) => c[3])), formats.integer),
      output(
        acq,
        5,
        spill(`=CAC(${col("C", acq)}, ${col("D", acq)})`, k),
        formats.money,
        "Spend ÷ new customers. A channel with no new customers shows an empty cell.",
      ),

      section(value - 2, "Customer value"),
      header(value - 1, 1, [["Channel", "ARPA (monthly)", "Gross margin", "Monthly churn", "LTV"]]),
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
        "ARPA × gross margin ÷ monthly churn: the gross profit a customer brings over its lifetime.",
      ),

      section(unit - 2, "Unit economics"),
      header(unit - 1, 1, [["Channel", "CAC", "LTV", "LTV:CAC", "Payback (months)"]]),
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
        "3× or more is the usual mark of a healthy channel.",
      ),
      output(
        unit,
        5,
        spill(`=CAC_PAYBACK(${col("E", acq)}, ${col("B", value)}, ${col("C", value)})`, k),
        formats.decimal,
        "CAC ÷ (ARPA × gross margin): months of gross profit to earn back the acquisition cost.",
      ),

      section(blend - 2, "Blended vs paid CAC"),
      header(blend - 1, 1, [["", "Spend", "New customers", "CAC"]]),
      label(blend, 1, column(["Blended (all channels)", 'Paid (channels marked "Yes")'])),
      output(blend, 2, [[`=SUM(${col("C", acq)})`], [`=${paidOnly("C")}`]], formats.money),
      output(blend, 3, [[`=SUM(${col("D", acq)})`], [`=${paidOnly("D")}`]], formats.integer),
      output(
        blend,
        4,
        spill(`=CAC(B${blend}:B${blend + 1}, C${blend}:C${blend + 1})`, 2),
        formats.money,
      ),
    ],
    charts: [],
    highlights: [],
  };
}
