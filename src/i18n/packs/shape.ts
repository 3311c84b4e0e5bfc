/**
 * What a language pack (dist/lang_<code>.html) holds: the server's text in one language other than
 * English — the UI messages without the menu (which Code.js carries for every language, since
 * onOpen may not read files), the template sheets' text and the default funnel's preset.
 * English is typed code in Code.js and is the shape every pack is read against.
 */
import type { Language } from "../languages";
import type { InboundPresetMessages } from "../presets/en";
import type { SheetMessages } from "../sheet/en";
import type { UiMessages } from "../ui/en";

export type ServerUiMessages = Omit<UiMessages, "menu">;

export interface ServerMessages {
  ui: ServerUiMessages;
  sheet: SheetMessages;
  inbound: InboundPresetMessages;
}

/** The Apps Script file a language's pack is pushed as (no extension; file names avoid "-"). */
export function packFileName(language: Language): string {
  return `lang_${language.replace("-", "_")}`;
}

/** The UI messages a pack holds: all but the menu. */
export function withoutMenu(ui: UiMessages): ServerUiMessages {
  const rest: Partial<UiMessages> = { ...ui };
  delete rest.menu;
  return rest as ServerUiMessages;
}
