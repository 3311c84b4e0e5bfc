/**
 * A shipped preset in a language: the keys and numbers of src/core/presets.ts with every word
 * looked up in the preset catalogue by key (stage key → stage name and criteria, owner key →
 * owner). Nothing is matched by position or by English text.
 */
import type { Stage } from "../../core/funnel";
import type { OwnerKey, PresetId, PresetShape, PresetStageKeys } from "../../core/presets";
import type { PresetText, StageWithCriteria } from "./en";

/** A preset as the editor and the store use it: named, with its stages in one language. */
export interface Preset {
  id: PresetId;
  name: string;
  description: string;
  stages: Stage[];
  /** The won stage when it is not the last (Bowtie: Commit). */
  wonStageIndex?: number;
}

export function localizePreset<Id extends PresetId>(
  shape: PresetShape<Id>,
  text: PresetText<PresetStageKeys[Id], string | StageWithCriteria>,
  owners: Readonly<Record<OwnerKey, string>>,
): Preset {
  const preset: Preset = {
    id: shape.id,
    name: text.name,
    description: text.description,
    stages: shape.stages.map((s) => {
      const words: string | StageWithCriteria = text.stages[s.key];
      const criteria = typeof words === "string" ? undefined : words;
      return {
        name: typeof words === "string" ? words : words.name,
        owner: owners[s.owner],
        conversionToNext: s.rate,
        daysInStage: s.days,
        entryCriteria: criteria?.entry ?? "",
        exitCriteria: criteria?.exit ?? "",
      };
    }),
  };
  if (shape.wonStageIndex !== undefined) preset.wonStageIndex = shape.wonStageIndex;
  return preset;
}
