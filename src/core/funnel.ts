/**
 * The funnel model shared by the stage store (server) and the sidebar (client): its types, the
 * stage-table header, and validation. The rules of SPEC §5 are zod schemas in ./funnelSchemas,
 * loaded on the first validation (Code.js is evaluated on every custom-function call).
 */
import type { RuleMessages } from "./funnelSchemas";

export interface Stage {
  /**
   * The stage's stable identity (SPEC §9): it survives renames, reorders and inserts, so what a
   * team typed beside a stage in a plan stays with that stage. The store assigns it when a stage
   * is first saved; absent for a stage not saved yet (a new stage in the sidebar, a preset's).
   */
  id?: string;
  name: string;
  owner: string;
  /** A fraction (0.3 = 30%); null for the last stage. */
  conversionToNext: number | null;
  /** Average days a record spends here before moving on; null when unknown and for the last stage. */
  daysInStage: number | null;
  entryCriteria: string;
  exitCriteria: string;
  /**
   * The names a CRM's data gives this stage ("Appointment scheduled", "Proposal/Price Quote"),
   * matched as stage names are (case and surrounding white space don't count). Absent means none.
   */
  crmNames?: string[];
}

export interface Funnel {
  /** Prefix of the named ranges: `<key>_Stages`, `<key>_Rates`, `<key>_Days`. */
  key: string;
  /** The display name, which is also the name of the funnel's sheet. */
  name: string;
  stages: Stage[];
  /**
   * The stage where a deal is won (SPEC §4); absent means the last stage. Stages after it are
   * post-sale (a bowtie's onboarding, adoption, expansion): acquisition plans stop at the won stage.
   */
  wonStageIndex?: number;
  /**
   * Names in the CRM's data that end a record without reaching a further stage (Closed Lost,
   * Disqualified, Churned): known, but no stage of the funnel. Absent means none.
   */
  endNames?: string[];
}

export { wonIndex } from "./wonStage";

export type StageField = keyof Stage;

/**
 * The most stages a funnel may have: the editor refuses more (SPEC §5), and every plan reserves
 * this many rows for its stage tables to grow into (SPEC §6) — one number, honoured everywhere.
 */
export const MAX_STAGES = 30;

/** The optional 7th column's header: TRUE (a checkbox) on the won stage's row. */
export const WON_HEADER = "Won stage";

/** The stage table's header row at A1 (SPEC §4), in column order. */
export const TABLE_HEADER = [
  "Stage",
  "Owner",
  "Conversion to next",
  "Days in stage",
  "Entry criteria",
  "Exit criteria",
] as const;

export const STAGE_FIELDS: readonly StageField[] = [
  "name",
  "owner",
  "conversionToNext",
  "daysInStage",
  "entryCriteria",
  "exitCriteria",
];

export { DEFAULT_FUNNEL_KEY, deriveKey, uniqueKey } from "./funnelKey";

/** One validation problem, attached to a field: path ["stages", 2, "name"] or ["stages"]. */
export interface FunnelIssue {
  path: (string | number)[];
  message: string;
}

export type Validation = { ok: true; funnel: Funnel } | { ok: false; issues: FunnelIssue[] };

export type { RuleMessages } from "./funnelSchemas";

declare const require: (path: string) => unknown;
let schemasModule: typeof import("./funnelSchemas") | undefined;

/**
 * The zod schemas' module, on the first validation. zod builds its classes when its module runs
 * (about 1.5 ms, half of what loading the rest of the add-on costs: BENCHMARKS.md), and Apps
 * Script evaluates Code.js on every custom-function call, none of which validates a funnel.
 * esbuild runs a module that is `require`d on its first `require`, not at load; everywhere else
 * import from it with `import type` only.
 */
function schemas(): typeof import("./funnelSchemas") {
  schemasModule ??= require("./funnelSchemas") as typeof import("./funnelSchemas");
  return schemasModule;
}

/**
 * Validates a funnel (e.g. from the sidebar, or read back from a hand-edited sheet). The stage
 * rules speak `messages` (the sidebar passes its user's language); the schemas are built once, so
 * the messages are handed to the rules for the length of this synchronous parse.
 */
export function validateFunnel(input: unknown, messages?: RuleMessages): Validation {
  const { funnelSchemas, useRuleMessages } = schemas();
  useRuleMessages(messages);
  let result;
  try {
    result = funnelSchemas().funnel.safeParse(input);
  } finally {
    useRuleMessages(undefined);
  }
  if (result.success) return { ok: true, funnel: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === "number" ? p : String(p))),
      message: issue.message,
    })),
  };
}

/** "stages.2.name" — a stable key for showing an issue next to its field. */
export function issueKey(path: readonly (string | number)[]): string {
  return path.join(".");
}

/** The funnel's named ranges: acquisition up to the won stage, then the post-sale stages. */
export function namedRangeNames(key: string): {
  stages: string;
  rates: string;
  days: string;
  postStages: string;
  postRates: string;
} {
  return {
    stages: `${key}_Stages`,
    rates: `${key}_Rates`,
    days: `${key}_Days`,
    postStages: `${key}_PostStages`,
    postRates: `${key}_PostRates`,
  };
}
