/**
 * The funnel model shared by the stage store (server) and the sidebar (client): its types, the
 * stage-table header, and the validation rules of SPEC §5 with messages written for marketers.
 * Schemas are built on first use, not at load: Code.js is evaluated on every custom-function call.
 */
import { en as englishUi, type UiMessages } from "../i18n/ui/en";
import * as z from "zod/mini";

export interface Stage {
  name: string;
  owner: string;
  /** A fraction (0.3 = 30%); null for the last stage. */
  conversionToNext: number | null;
  /** Average days a record spends here before moving on; null when unknown and for the last stage. */
  daysInStage: number | null;
  entryCriteria: string;
  exitCriteria: string;
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
}

/** The won stage's index: the one set, else the last stage. */
export function wonIndex(funnel: Pick<Funnel, "stages" | "wonStageIndex">): number {
  return funnel.wonStageIndex ?? funnel.stages.length - 1;
}

export type StageField = keyof Stage;

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

export const SUGGESTED_OWNERS = ["Marketing", "SDR", "Sales", "Customer success"] as const;

export { DEFAULT_FUNNEL_KEY, deriveKey, uniqueKey } from "./funnelKey";

/** One validation problem, attached to a field: path ["stages", 2, "name"] or ["stages"]. */
export interface FunnelIssue {
  path: (string | number)[];
  message: string;
}

export type Validation = { ok: true; funnel: Funnel } | { ok: false; issues: FunnelIssue[] };

/** The rule messages, in the language of whoever sees them (English unless given). */
export type RuleMessages = UiMessages["validation"];

let ruleMessages: RuleMessages | undefined;

function percent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}

/**
 * The cross-field rules: they need the whole stage list, so they run after the shape check.
 * Paths are relative to the stage list ([2, "name"]); zod prefixes "stages".
 */
function stageRules(
  stages: Stage[],
  won: number,
  report: (path: (string | number)[], message: string) => void,
) {
  const m = ruleMessages ?? englishUi().validation;
  if (stages.length < 2) report([], m.tooFewStages);
  const seen = new Map<string, number>();
  stages.forEach((stage, i) => {
    const at = (field: StageField) => [i, field];
    const name = stage.name.trim();
    // The won stage ends acquisition and the last stage ends the funnel: neither converts onwards.
    const endsChain = i === won || i === stages.length - 1;
    const wonEnds = i === won && i !== stages.length - 1;
    if (name === "") report(at("name"), m.nameRequired);
    else {
      const first = seen.get(name.toLowerCase());
      if (first !== undefined) {
        report(at("name"), m.duplicateName(first + 1, stages[first].name.trim()));
      } else seen.set(name.toLowerCase(), i);
    }
    const rate = stage.conversionToNext;
    if (endsChain && stages.length > 1) {
      if (rate !== null) {
        report(at("conversionToNext"), wonEnds ? m.wonStageNoRate : m.lastStageNoRate);
      }
    } else if (rate === null) {
      report(at("conversionToNext"), m.rateRequired);
    } else if (!(rate > 0 && rate <= 1)) {
      report(at("conversionToNext"), m.rateOutOfRange(percent(rate)));
    }
    const days = stage.daysInStage;
    if (endsChain && stages.length > 1) {
      if (days !== null) report(at("daysInStage"), wonEnds ? m.wonStageNoDays : m.lastStageNoDays);
    } else if (days !== null && !(days >= 0)) {
      report(at("daysInStage"), m.negativeDays);
    }
  });
}

function buildSchemas() {
  const text = (what: string) => z.string({ error: `${what} must be text.` });
  const optionalNumber = (what: string) =>
    z.nullable(z.number({ error: `${what} must be a number or empty.` }));
  const stage = z.object({
    name: text("The stage name"),
    owner: text("The owner"),
    conversionToNext: optionalNumber("Conversion to next"),
    daysInStage: optionalNumber("Days in stage"),
    entryCriteria: text("Entry criteria"),
    exitCriteria: text("Exit criteria"),
  });
  const stages = z.array(stage, { error: "The stages must be a list." });
  const funnel = z
    .object(
      {
        key: z.string({ error: "The funnel key must be text." }),
        name: z.string({ error: "The funnel name must be text." }),
        stages,
        wonStageIndex: z.optional(z.number({ error: "The won stage must be a stage number." })),
      },
      { error: "Expected a funnel with a key, a name and stages." },
    )
    .check(
      z.superRefine((value, ctx) => {
        const report = (path: (string | number)[], message: string) =>
          ctx.issues.push({ code: "custom", message, path, input: value });
        const won = wonIndex(value);
        const n = value.stages.length;
        if (value.wonStageIndex !== undefined && !(Number.isInteger(won) && won >= 1 && won < n)) {
          report(
            ["wonStageIndex"],
            "The won stage must be one of the stages after the first: deals are won after at least one conversion.",
          );
          return;
        }
        stageRules(value.stages, won, (path, message) => report(["stages", ...path], message));
      }),
    );
  return { stage, funnel };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The zod schemas, built once on first use. */
export function funnelSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}

/**
 * Validates a funnel (e.g. from the sidebar, or read back from a hand-edited sheet). The stage
 * rules speak `messages` (the sidebar passes its user's language); the schemas are built once, so
 * the messages are handed to the rules for the length of this synchronous parse.
 */
export function validateFunnel(input: unknown, messages?: RuleMessages): Validation {
  ruleMessages = messages;
  let result;
  try {
    result = funnelSchemas().funnel.safeParse(input);
  } finally {
    ruleMessages = undefined;
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
