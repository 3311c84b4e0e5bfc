/** The stage table's own text (header row, default funnel name): one language built on first use. */
import { lazyCatalogue } from "../catalogue";
import { en, type StageTableMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { StageTableMessages };

export const stageTableMessages = /* @__PURE__ */ lazyCatalogue<StageTableMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
