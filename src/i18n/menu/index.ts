/**
 * The menu labels of every language: small, and all in Code.js, because onOpen may run in
 * AuthMode.NONE where the language packs (dist/lang_*.html) cannot be read.
 */
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
