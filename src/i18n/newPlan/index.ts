/** The New plan dialog's catalogue: one language built on first use, chosen by the user's locale. */
import { lazyCatalogue } from "../catalogue";
import { en, type NewPlanMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { NewPlanMessages };

export const newPlanMessages = /* @__PURE__ */ lazyCatalogue<NewPlanMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
