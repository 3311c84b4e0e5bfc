/**
 * The funnel model shared by the stage store (server) and the sidebar (client): its types and
 * validation. The rules of SPEC §5 are zod schemas in ./funnelSchemas,
 * loaded on the first validation (Code.js is evaluated on every custom-function call).
 */
import type { RuleMessages } from "./funnelSchemas";
import type { RequestCheck, RequestKind, RequestOf } from "./requestSchemas";

export interface Stage {
  /**
   * The stage's stable identity (SPEC §9): it survives renames, reorders and inserts, so what a
   * team typed beside a stage in a plan stays with that stage. Every loaded stage has one (a row
   * typed by hand a provisional one, kept by its next save); send it back unchanged. A stage sent
   * without one (new in the sidebar, a preset's) keeps the ID of the table's stage of its name, or
   * gets a new one.
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
   * The names a CRM export uses for this stage besides its own ("Appointment scheduled" for SQL):
   * the stage table's optional "CRM names" column, and rows of `<key>_Map` (SPEC §4). A save that
   * leaves it out keeps the table's; an empty list clears them.
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
   * CRM names that end a record without reaching a further stage (Closed lost, Disqualified):
   * `<key>_Map` rows with no funnel stage (SPEC §4). A save that leaves it out keeps the table's.
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

export { DEFAULT_FUNNEL_KEY, deriveKey, uniqueKey } from "./funnelKey";
export { namedRangeNames } from "./funnelRanges";

/** One validation problem, attached to a field: path ["stages", 2, "name"] or ["stages"]. */
export interface FunnelIssue {
  path: (string | number)[];
  message: string;
}

export type Validation = { ok: true; funnel: Funnel } | { ok: false; issues: FunnelIssue[] };

export type { RuleMessages } from "./funnelSchemas";
export type { RequestCheck, RequestKind, RequestOf } from "./requestSchemas";

declare const require: (path: string) => unknown;
let validationModule: typeof import("./validation") | undefined;

/**
 * The validation module (zod, the funnel rules, the server entries' request shapes), on the first
 * validation. zod builds its classes when its module runs (about 1.5 ms, half of what loading the
 * rest of the add-on costs: BENCHMARKS.md), and Apps Script evaluates Code.js on every
 * custom-function call, none of which validates anything. esbuild runs a module that is
 * `require`d on its first `require`, not at load; everywhere else import from it with
 * `import type` only.
 */
function validation(): typeof import("./validation") {
  validationModule ??= require("./validation") as typeof import("./validation");
  return validationModule;
}

/** Checks what a server entry received against its request shape (SPEC §9). */
export function checkRequest<K extends RequestKind>(
  kind: K,
  input: unknown,
): RequestCheck<RequestOf<K>> {
  return validation().checkRequest(kind, input);
}

/**
 * Validates a funnel (e.g. from the sidebar, or read back from a hand-edited sheet). The stage
 * rules speak `messages` (the sidebar passes its user's language); the schemas are built once, so
 * the messages are handed to the rules for the length of this synchronous parse.
 */
export function validateFunnel(input: unknown, messages?: RuleMessages): Validation {
  const { funnelSchemas, useRuleMessages } = validation();
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
