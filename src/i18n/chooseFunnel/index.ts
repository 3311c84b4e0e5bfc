/** The choose-funnel dialog's catalogue: one language built on first use, chosen by the user's locale. */
import { lazyCatalogue } from "../catalogue";
import { en, type ChooseFunnelMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { ChooseFunnelMessages };

export const chooseFunnelMessages = /* @__PURE__ */ lazyCatalogue<ChooseFunnelMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
