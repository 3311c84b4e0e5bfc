/** The menu labels of every language: onOpen builds only the user's. */
import { lazyCatalogue } from "../catalogue";
import { en, type MenuMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { MenuMessages };

export const menuMessages = /* @__PURE__ */ lazyCatalogue<MenuMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
