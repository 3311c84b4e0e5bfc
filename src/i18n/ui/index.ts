/** The UI catalogue (menu, dialogs, server messages): one language built on first use. */
import { lazyCatalogue } from "../catalogue";
import { en, type UiMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { UiMessages };

export const uiMessages = /* @__PURE__ */ lazyCatalogue<UiMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
