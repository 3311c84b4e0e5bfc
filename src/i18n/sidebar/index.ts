/** The sidebar catalogue: one language built on first use, chosen by the user's locale. */
import { lazyCatalogue } from "../catalogue";
import { en, type SidebarMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { SidebarMessages };

export const sidebarMessages = /* @__PURE__ */ lazyCatalogue<SidebarMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
