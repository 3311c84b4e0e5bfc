/**
 * Every text of every catalogue, as a test reads them: strings, and each message function's output
 * for sample arguments (numbers, so plural forms and embedded values show up).
 */
import { chooseFunnelMessages } from "../../src/i18n/chooseFunnel";
import type { Language } from "../../src/i18n/languages";
import { menuMessages } from "../../src/i18n/menu";
import { presetMessages } from "../../src/i18n/presets";
import { inboundPresetMessages } from "../../src/i18n/presets/inbound";
import { sheetMessages } from "../../src/i18n/sheet";
import { sidebarMessages } from "../../src/i18n/sidebar";
import { sqlExportMessages } from "../../src/i18n/sqlExport";
import { stageTableMessages } from "../../src/i18n/stageTable";
import { uiMessages } from "../../src/i18n/ui";

export const CATALOGUES: Readonly<Record<string, (language: Language) => unknown>> = {
  menu: menuMessages,
  ui: uiMessages,
  sheet: sheetMessages,
  sidebar: sidebarMessages,
  presets: presetMessages,
  inboundPreset: inboundPresetMessages,
  sqlExport: sqlExportMessages,
  chooseFunnel: chooseFunnelMessages,
  stageTable: stageTableMessages,
};

export const ARGUMENT_SETS = [
  [1, 2, 3, 4],
  [7, 23, 41, 50],
] as const;

export type Leaf = { path: string; value: string };

/** Every text of a catalogue: strings, and each message function's output for sample arguments. */
export function leaves(node: unknown, path = ""): Leaf[] {
  if (typeof node === "string") return [{ path, value: node }];
  if (typeof node === "function") {
    return ARGUMENT_SETS.map((args, i) => ({
      path: `${path}(#${i})`,
      value: String((node as (...a: number[]) => unknown)(...args)),
    }));
  }
  if (node !== null && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  throw new Error(`${path}: unexpected ${typeof node} in a catalogue`);
}

/** Every text of every catalogue in a language, each path prefixed with its catalogue's name. */
export function allTexts(language: Language): Leaf[] {
  return Object.entries(CATALOGUES).flatMap(([name, messagesOf]) =>
    leaves(messagesOf(language), name),
  );
}
