/**
 * The funnel's validation rules (SPEC §5) as zod schemas, with messages written for marketers.
 * Loaded on first use through `lazy` (src/core/funnel.ts): zod builds its classes when its modules
 * load, and Code.js is evaluated on every custom-function call. Import it only that way.
 */
import * as z from "zod/mini";
import type { Stage, StageField } from "./funnel";
import { wonIndex } from "./wonStage";

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
  if (stages.length < 2) {
    report([], "A funnel needs at least two stages: where records enter and where they end up.");
  }
  const seen = new Map<string, number>();
  stages.forEach((stage, i) => {
    const at = (field: StageField) => [i, field];
    const name = stage.name.trim();
    // The won stage ends acquisition and the last stage ends the funnel: neither converts onwards.
    const endsChain = i === won || i === stages.length - 1;
    const endWord = i === won && i !== stages.length - 1 ? "won stage" : "last stage";
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
    if (endsChain && stages.length > 1) {
      if (rate !== null) {
        report(
          at("conversionToNext"),
          endWord === "won stage"
            ? "The won stage is where acquisition ends: leave its conversion empty."
            : "The last stage is where the funnel ends: leave its conversion empty.",
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
    if (endsChain && stages.length > 1) {
      if (days !== null)
        report(at("daysInStage"), `The ${endWord} has no days in stage: leave it empty.`);
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
