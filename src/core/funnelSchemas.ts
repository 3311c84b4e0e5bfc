/**
 * The funnel's validation rules (SPEC §5) as zod schemas, with messages written for marketers in
 * the language of whoever sees them. Reached only through `require` in ./funnel, so zod's own
 * module code runs on the first validation, not when Code.js loads.
 */
import * as z from "zod/mini";
import { en as englishUi, type UiMessages } from "../i18n/ui/en";
import { MAX_STAGES, type Stage, type StageField } from "./funnel";
import { normaliseStageName } from "./stageName";
import { wonIndex } from "./wonStage";

/** The rule messages, in the language of whoever sees them (English unless given). */
export type RuleMessages = UiMessages["validation"];

let ruleMessages: RuleMessages | undefined;

/** The messages the rules speak during the next synchronous parse (undefined: English). */
export function useRuleMessages(messages: RuleMessages | undefined): void {
  ruleMessages = messages;
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
  if (stages.length > MAX_STAGES) report([], m.tooManyStages(MAX_STAGES));
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
        report(at("name"), m.duplicateName(first + 1, stages[first]?.name.trim() ?? ""));
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
      report(at("conversionToNext"), m.rateOutOfRange(rate));
    }
    const days = stage.daysInStage;
    if (endsChain && stages.length > 1) {
      if (days !== null) report(at("daysInStage"), wonEnds ? m.wonStageNoDays : m.lastStageNoDays);
    } else if (days !== null && !(days >= 0)) {
      report(at("daysInStage"), m.negativeDays);
    }
  });
}

/**
 * CRM names (SPEC §4): each name the data may hold points to one stage, or ends a record. A CRM
 * name may repeat its own stage's name, never another stage's; a name that ends a record is no
 * stage's. Matching ignores case and surrounding white space, as stage names do.
 */
function crmNameRules(
  stages: Stage[],
  endNames: readonly string[],
  report: (path: (string | number)[], message: string) => void,
) {
  const m = ruleMessages ?? englishUi().validation;
  const owner = new Map<string, number>();
  stages.forEach((stage, i) => owner.set(normaliseStageName(stage.name), i));
  stages.forEach((stage, i) => {
    for (const name of stage.crmNames ?? []) {
      const key = normaliseStageName(name);
      if (key === "") continue;
      const taken = owner.get(key);
      if (taken === undefined) owner.set(key, i);
      else if (taken !== i) {
        const other = stages[taken]?.name.trim() ?? "";
        report(["stages", i, "crmNames"], m.crmNameTaken(name.trim(), taken + 1, other));
      }
    }
  });
  endNames.forEach((name, j) => {
    const taken = owner.get(normaliseStageName(name));
    if (taken !== undefined) {
      const other = stages[taken]?.name.trim() ?? "";
      report(["endNames", j], m.endNameTaken(name.trim(), taken + 1, other));
    }
  });
}

function buildSchemas() {
  const text = (what: string) => z.string({ error: `${what} must be text.` });
  const optionalNumber = (what: string) =>
    z.nullable(z.number({ error: `${what} must be a number or empty.` }));
  const stage = z.object({
    id: z.optional(z.string({ error: "The stage id must be text." })),
    name: text("The stage name"),
    owner: text("The owner"),
    conversionToNext: optionalNumber("Conversion to next"),
    daysInStage: optionalNumber("Days in stage"),
    entryCriteria: text("Entry criteria"),
    exitCriteria: text("Exit criteria"),
    crmNames: z.optional(z.array(text("A CRM name"), { error: "CRM names must be a list." })),
  });
  const stages = z.array(stage, { error: "The stages must be a list." });
  const funnel = z
    .object(
      {
        key: z.string({ error: "The funnel key must be text." }),
        name: z.string({ error: "The funnel name must be text." }),
        stages,
        wonStageIndex: z.optional(z.number({ error: "The won stage must be a stage number." })),
        endNames: z.optional(
          z.array(text("A name that ends a record"), {
            error: "The names that end a record must be a list.",
          }),
        ),
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
        crmNameRules(value.stages, value.endNames ?? [], report);
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
