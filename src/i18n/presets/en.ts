/**
 * English text of the presets (SPEC §4): preset names and descriptions, stage names, owners and
 * the Lifecycle preset's entry/exit criteria, by the keys of src/core/presets.ts (which holds only
 * keys, rates and days). `inbound` is separate because the server needs only the default funnel;
 * the sidebar ships every preset.
 */
import type {
  BowtieStageKey,
  InboundStageKey,
  LifecycleStageKey,
  OwnerKey,
  WaterfallStageKey,
} from "../../core/presets";

/** A stage with entry and exit criteria (the Lifecycle preset's). */
export interface StageWithCriteria {
  name: string;
  entry: string;
  exit: string;
}

/** One preset's words: its name, description, and each stage's name (or name and criteria). */
export interface PresetText<Key extends string, StageText = string> {
  name: string;
  description: string;
  stages: Record<Key, StageText>;
}

export interface InboundPresetMessages {
  owners: Record<OwnerKey, string>;
  inbound: PresetText<InboundStageKey>;
}

export interface PresetMessages extends InboundPresetMessages {
  lifecycle: PresetText<LifecycleStageKey, StageWithCriteria>;
  waterfall: PresetText<WaterfallStageKey>;
  bowtie: PresetText<BowtieStageKey>;
}

export function inbound(): InboundPresetMessages {
  return {
    owners: {
      marketing: "Marketing",
      sdr: "SDR",
      sales: "Sales",
      customerSuccess: "Customer success",
    },
    inbound: {
      name: "Inbound (five stages)",
      description: "Visit → Lead → MQL → SQL → Customer. Example rates.",
      stages: {
        visit: "Visit",
        lead: "Lead",
        mql: "MQL",
        sql: "SQL",
        customer: "Customer",
      },
    },
  };
}

export function en(): PresetMessages {
  return {
    ...inbound(),
    lifecycle: {
      name: "Lifecycle",
      description: "Prospect to customer, with owners and entry/exit criteria. Example rates.",
      stages: {
        prospect: {
          name: "Prospect",
          entry: "Known contact at a target account",
          exit: "Gave consent to hear from us",
        },
        subscriber: {
          name: "Subscriber",
          entry: "Gave consent to hear from us",
          exit: "Fits the ideal customer profile and has a persona",
        },
        lead: {
          name: "Lead",
          entry: "Fits the ideal customer profile and has a persona",
          exit: "Lead score above the threshold and asked for a conversation",
        },
        mql: {
          name: "MQL",
          entry: "Lead score above the threshold and asked for a conversation",
          exit: "SDR confirmed interest and booked a meeting with an account executive",
        },
        sql: {
          name: "SQL",
          entry: "Meeting with an account executive booked",
          exit: "AE qualified it, with an amount and a close date",
        },
        opportunity: {
          name: "Opportunity",
          entry: "Qualified by the AE, with an amount and a close date",
          exit: "Signed order",
        },
        customer: { name: "Customer", entry: "Signed order", exit: "" },
      },
    },
    waterfall: {
      name: "Demand waterfall",
      description: "Inquiry → MQL → SAL → SQL → Won. Example rates.",
      stages: { inquiry: "Inquiry", mql: "MQL", sal: "SAL", sql: "SQL", won: "Won" },
    },
    bowtie: {
      name: "Bowtie",
      description: "Acquisition plus retention: Awareness to Expansion. Example rates.",
      stages: {
        awareness: "Awareness",
        education: "Education",
        selection: "Selection",
        commit: "Commit",
        onboard: "Onboard",
        impact: "Impact",
        expansion: "Expansion",
      },
    },
  };
}
