/**
 * The shipped presets (src/core/presets.ts, English) in another language: names, descriptions,
 * stage names, owners and criteria from the preset catalogue; rates, days and the won stage stay.
 * Stages are matched by position to the English catalogue's stage keys (its order is the presets').
 */
import type { Preset } from "../../core/presets";
import { en, inbound as inboundEn, type InboundPresetMessages, type PresetMessages } from "./en";

type Owners = InboundPresetMessages["owners"];

/** The English owner names the presets use, by catalogue key. */
function ownerIn(owner: string, owners: Owners): string {
  const english = inboundEn().owners;
  const key = (Object.keys(english) as (keyof Owners)[]).find((k) => english[k] === owner);
  return key === undefined ? owner : owners[key];
}

interface StageText {
  name: string;
  entry?: string;
  exit?: string;
}

function stageTexts(stages: Record<string, string | StageText>, order: string[]): StageText[] {
  return order.map((key) => {
    const text = stages[key] ?? key; // a stage a catalogue lacks keeps its key as its name
    return typeof text === "string" ? { name: text } : text;
  });
}

function translated(
  preset: Preset,
  text: { name: string; description: string },
  stages: StageText[],
  owners: Owners,
): Preset {
  return {
    ...preset,
    name: text.name,
    description: text.description,
    stages: preset.stages.map((stage, i) => ({
      ...stage,
      name: stages[i]?.name ?? stage.name,
      owner: ownerIn(stage.owner, owners),
      entryCriteria: stages[i]?.entry ?? stage.entryCriteria,
      exitCriteria: stages[i]?.exit ?? stage.exitCriteria,
    })),
  };
}

/** The default funnel (Inbound) in a language: what the server needs. */
export function localizedInbound(preset: Preset, m: InboundPresetMessages): Preset {
  const order = Object.keys(inboundEn().inbound.stages);
  return translated(preset, m.inbound, stageTexts(m.inbound.stages, order), m.owners);
}

type PresetId = "inbound" | "lifecycle" | "waterfall" | "bowtie";

/** Every shipped preset in a language (the sidebar ships them all); unknown ids stay English. */
export function localizedPresets(presets: Preset[], m: PresetMessages): Preset[] {
  const english = en();
  return presets.map((preset) => {
    if (!(preset.id in english) || preset.id === "owners") return preset;
    const id = preset.id as PresetId;
    const order = Object.keys(english[id].stages);
    const stages = m[id].stages as Record<string, string | StageText>;
    return translated(preset, m[id], stageTexts(stages, order), m.owners);
  });
}
