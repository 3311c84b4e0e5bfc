/**
 * The funnel model shared by the stage store (server) and the sidebar (client): its types, the
 * stage-table header, and the validation rules of SPEC §5 with messages written for marketers.
 * Schemas are built on first use, not at load: Code.js is evaluated on every custom-function call.
 */
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
}

export type StageField = keyof Stage;

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

function percent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}

/**
 * The cross-field rules: they need the whole stage list, so they run after the shape check.
 * Paths are relative to the stage list ([2, "name"]); zod prefixes "stages".
 */
function stageRules(stages: Stage[], report: (path: (string | number)[], message: string) => void) {
  if (stages.length < 2) {
    report([], "A funnel needs at least two stages: where records enter and where they end up.");
  }
  const seen = new Map<string, number>();
  stages.forEach((stage, i) => {
    const at = (field: StageField) => [i, field];
    const name = stage.name.trim();
    const isLast = i === stages.length - 1;
    if (name === "") report(at("name"), "Give this stage a name.");
    else {
      const first = seen.get(name.toLowerCase());
      if (first !== undefined) {
        report(
          at("name"),
          `Stage ${first + 1} is already called "${stages[first].name.trim()}" — each stage needs its own name.`,
        );
      } else seen.set(name.toLowerCase(), i);
    }
    const rate = stage.conversionToNext;
    if (isLast && stages.length > 1) {
      if (rate !== null) {
        report(
          at("conversionToNext"),
          "The last stage is where the funnel ends: leave its conversion empty.",
        );
      }
    } else if (rate === null) {
      report(at("conversionToNext"), "Enter the share that moves on to the next stage, e.g. 30%.");
    } else if (!(rate > 0 && rate <= 1)) {
      report(
        at("conversionToNext"),
        `${percent(rate)} is not possible: enter a conversion above 0% and at most 100%.`,
      );
    }
    const days = stage.daysInStage;
    if (isLast && stages.length > 1) {
      if (days !== null)
        report(at("daysInStage"), "The last stage has no days in stage: leave it empty.");
    } else if (days !== null && !(days >= 0)) {
      report(at("daysInStage"), "Days in stage can't be negative.");
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
  const stages = z
    .array(stage, { error: "The stages must be a list." })
    .check(
      z.superRefine((value, ctx) =>
        stageRules(value, (path, message) =>
          ctx.issues.push({ code: "custom", message, path, input: value }),
        ),
      ),
    );
  const funnel = z.object(
    {
      key: z.string({ error: "The funnel key must be text." }),
      name: z.string({ error: "The funnel name must be text." }),
      stages,
    },
    { error: "Expected a funnel with a key, a name and stages." },
  );
  return { stage, funnel };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The zod schemas, built once on first use. */
export function funnelSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}

/** Validates a funnel (e.g. from the sidebar, or read back from a hand-edited sheet). */
export function validateFunnel(input: unknown): Validation {
  const result = funnelSchemas().funnel.safeParse(input);
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

export function namedRangeNames(key: string): { stages: string; rates: string; days: string } {
  return { stages: `${key}_Stages`, rates: `${key}_Rates`, days: `${key}_Days` };
}
