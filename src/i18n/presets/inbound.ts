/**
 * Only the default funnel's text (Inbound preset and owners), for the server: a plan made in a
 * spreadsheet without a funnel starts from it, and Code.js need not carry the other presets.
 */
import { inboundShape } from "../../core/presets";
import { lazyCatalogue } from "../catalogue";
import type { Language } from "../languages";
import { inbound as en, type InboundPresetMessages } from "./en";
import { localizePreset, type Preset } from "./localize";
import { inbound as pl } from "./pl";
import { inbound as ru } from "./ru";
import { inbound as sv } from "./sv";
import { inbound as zhCN } from "./zhCN";

export type { InboundPresetMessages };

export const inboundPresetMessages = /* @__PURE__ */ lazyCatalogue<InboundPresetMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});

/** The default funnel (Inbound), its names and owners in `language`. */
export function inboundPreset(language: Language): Preset {
  const text = inboundPresetMessages(language);
  return localizePreset(inboundShape(), text.inbound, text.owners);
}
