/**
 * Funnel presets shipped with the product (SPEC §4) as keys and numbers: each stage's key, its
 * owner's key, an example rate and days in stage. Every word of them — preset names, stage names,
 * owners, criteria, English included — is in the preset catalogue (src/i18n/presets), looked up by
 * these keys. Rates and days are example values, labelled as such in the sidebar.
 */

/** The usual owners of a stage, by catalogue key. */
export type OwnerKey = "marketing" | "sdr" | "sales" | "customerSuccess";

export type InboundStageKey = "visit" | "lead" | "mql" | "sql" | "customer";
export type LifecycleStageKey =
  "prospect" | "subscriber" | "lead" | "mql" | "sql" | "opportunity" | "customer";
export type WaterfallStageKey = "inquiry" | "mql" | "sal" | "sql" | "won";
export type BowtieStageKey =
  "awareness" | "education" | "selection" | "commit" | "onboard" | "impact" | "expansion";

/** Each preset's stage keys, by preset id. */
export interface PresetStageKeys {
  inbound: InboundStageKey;
  lifecycle: LifecycleStageKey;
  waterfall: WaterfallStageKey;
  bowtie: BowtieStageKey;
}

export type PresetId = keyof PresetStageKeys;

export interface PresetStage<Key extends string = string> {
  key: Key;
  owner: OwnerKey;
  /** Example conversion to the next stage, a fraction; null where the chain ends. */
  rate: number | null;
  /** Example days in stage; null where the chain ends. */
  days: number | null;
}

export interface PresetShape<Id extends PresetId = PresetId> {
  id: Id;
  stages: PresetStage<PresetStageKeys[Id]>[];
  /** The won stage when it is not the last (a bowtie continues after the sale). */
  wonStageIndex?: number;
}

function stage<Key extends string>(
  key: Key,
  owner: OwnerKey,
  rate: number | null = null,
  days: number | null = null,
): PresetStage<Key> {
  return { key, owner, rate, days };
}

/**
 * The default funnel (SPEC §7). The server needs only this one: a plan created in a spreadsheet
 * without a funnel starts from it. The sidebar ships every preset and sends the chosen stages.
 */
export function inboundShape(): PresetShape<"inbound"> {
  return {
    id: "inbound",
    stages: [
      stage("visit", "marketing", 0.02, 7),
      stage("lead", "marketing", 0.3, 14),
      stage("mql", "sdr", 0.4, 14),
      stage("sql", "sales", 0.25, 45),
      stage("customer", "sales"),
    ],
  };
}

export function lifecycleShape(): PresetShape<"lifecycle"> {
  return {
    id: "lifecycle",
    stages: [
      stage("prospect", "marketing", 0.2, 14),
      stage("subscriber", "marketing", 0.25, 30),
      stage("lead", "marketing", 0.35, 21),
      stage("mql", "sdr", 0.5, 7),
      stage("sql", "sales", 0.6, 14),
      stage("opportunity", "sales", 0.3, 45),
      stage("customer", "sales"),
    ],
  };
}

export function waterfallShape(): PresetShape<"waterfall"> {
  return {
    id: "waterfall",
    stages: [
      stage("inquiry", "marketing", 0.25, 7),
      stage("mql", "marketing", 0.6, 3),
      stage("sal", "sdr", 0.5, 14),
      stage("sql", "sales", 0.3, 60),
      stage("won", "sales"),
    ],
  };
}

export function bowtieShape(): PresetShape<"bowtie"> {
  return {
    id: "bowtie",
    stages: [
      stage("awareness", "marketing", 0.1, 30),
      stage("education", "marketing", 0.3, 30),
      stage("selection", "sales", 0.25, 45),
      stage("commit", "sales"),
      stage("onboard", "customerSuccess", 0.8, 60),
      stage("impact", "customerSuccess", 0.3, 180),
      stage("expansion", "customerSuccess"),
    ],
    // Acquisition ends at the signed commitment; the right half of the bow is post-sale.
    wonStageIndex: 3,
  };
}
