/** Every preset's text, for the sidebar (which ships all presets): one language built on first use. */
import {
  bowtieShape,
  inboundShape,
  lifecycleShape,
  waterfallShape,
  type OwnerKey,
} from "../../core/presets";
import { lazyCatalogue } from "../catalogue";
import type { Language } from "../languages";
import { en, type PresetMessages } from "./en";
import { localizePreset, type Preset } from "./localize";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { PresetMessages, Preset };

export const presetMessages = /* @__PURE__ */ lazyCatalogue<PresetMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});

/** Every shipped preset in `language`, the default (Inbound) first; a fresh copy each call. */
export function presets(language: Language): Preset[] {
  const m = presetMessages(language);
  return [
    localizePreset(inboundShape(), m.inbound, m.owners),
    localizePreset(lifecycleShape(), m.lifecycle, m.owners),
    localizePreset(waterfallShape(), m.waterfall, m.owners),
    localizePreset(bowtieShape(), m.bowtie, m.owners),
  ];
}

/** The usual owners offered in the owner picker, in `language`. */
export function suggestedOwners(language: Language): string[] {
  const owners: Record<OwnerKey, string> = presetMessages(language).owners;
  return [owners.marketing, owners.sdr, owners.sales, owners.customerSuccess];
}
