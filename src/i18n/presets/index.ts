/** Every preset's text, for the sidebar (which ships all presets): one language built on first use. */
import { lazyCatalogue } from "../catalogue";
import { en, type PresetMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { PresetMessages };

export const presetMessages = /* @__PURE__ */ lazyCatalogue<PresetMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
