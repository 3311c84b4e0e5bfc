/** The template-sheet catalogue: one language built on first use, chosen by the spreadsheet's locale. */
import { lazyCatalogue } from "../catalogue";
import { en, type SheetMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { SheetMessages };

export const sheetMessages = /* @__PURE__ */ lazyCatalogue<SheetMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
