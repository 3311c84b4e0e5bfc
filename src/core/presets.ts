/**
 * Funnel presets shipped with the product (SPEC §4). Rates and days are example values, labelled
 * as such in the sidebar: every team replaces them with its own numbers.
 */
import type { Stage } from "./funnel";

export interface Preset {
  id: string;
  name: string;
  description: string;
  stages: Stage[];
  /** The won stage when it is not the last (a bowtie continues after the sale). */
  wonStageIndex?: number;
}

type Row = [
  name: string,
  owner: string,
  rate: number | null,
  days: number | null,
  entry?: string,
  exit?: string,
];

function stages(rows: Row[]): Stage[] {
  return rows.map(([name, owner, rate, days, entry = "", exit = ""]) => ({
    name,
    owner,
    conversionToNext: rate,
    daysInStage: days,
    entryCriteria: entry,
    exitCriteria: exit,
  }));
}

/**
 * The default funnel (SPEC §7). The server needs only this one: a plan created in a spreadsheet
 * without a funnel starts from it. The sidebar ships all presets and sends the chosen stages.
 */
export function inboundPreset(): Preset {
  return {
    id: "inbound",
    name: "Inbound (five stages)",
    description: "Visit → Lead → MQL → SQL → Customer. Example rates.",
    stages: stages([
      ["Visit", "Marketing", 0.02, 7],
      ["Lead", "Marketing", 0.3, 14],
      ["MQL", "SDR", 0.4, 14],
      ["SQL", "Sales", 0.25, 45],
      ["Customer", "Sales", null, null],
    ]),
  };
}

/** A fresh copy each call, so an editor can change its stages freely. */
export function presets(): Preset[] {
  return [
    inboundPreset(),
    {
      id: "lifecycle",
      name: "Lifecycle",
      description: "Prospect to customer, with owners and entry/exit criteria. Example rates.",
      stages: stages([
        [
          "Prospect",
          "Marketing",
          0.2,
          14,
          "Known contact at a target account",
          "Gave consent to hear from us",
        ],
        [
          "Subscriber",
          "Marketing",
          0.25,
          30,
          "Gave consent to hear from us",
          "Fits the ideal customer profile and has a persona",
        ],
        [
          "Lead",
          "Marketing",
          0.35,
          21,
          "Fits the ideal customer profile and has a persona",
          "Lead score above the threshold and asked for a conversation",
        ],
        [
          "MQL",
          "SDR",
          0.5,
          7,
          "Lead score above the threshold and asked for a conversation",
          "SDR confirmed interest and booked a meeting with an account executive",
        ],
        [
          "SQL",
          "Sales",
          0.6,
          14,
          "Meeting with an account executive booked",
          "AE qualified it, with an amount and a close date",
        ],
        [
          "Opportunity",
          "Sales",
          0.3,
          45,
          "Qualified by the AE, with an amount and a close date",
          "Signed order",
        ],
        ["Customer", "Sales", null, null, "Signed order", ""],
      ]),
    },
    {
      id: "waterfall",
      name: "Demand waterfall",
      description: "Inquiry → MQL → SAL → SQL → Won. Example rates.",
      stages: stages([
        ["Inquiry", "Marketing", 0.25, 7],
        ["MQL", "Marketing", 0.6, 3],
        ["SAL", "SDR", 0.5, 14],
        ["SQL", "Sales", 0.3, 60],
        ["Won", "Sales", null, null],
      ]),
    },
    {
      id: "bowtie",
      name: "Bowtie",
      description: "Acquisition plus retention: Awareness to Expansion. Example rates.",
      stages: stages([
        ["Awareness", "Marketing", 0.1, 30],
        ["Education", "Marketing", 0.3, 30],
        ["Selection", "Sales", 0.25, 45],
        ["Commit", "Sales", null, null],
        ["Onboard", "Customer success", 0.8, 60],
        ["Impact", "Customer success", 0.3, 180],
        ["Expansion", "Customer success", null, null],
      ]),
      // Acquisition ends at the signed commitment; the right half of the bow is post-sale.
      wonStageIndex: 3,
    },
  ];
}
