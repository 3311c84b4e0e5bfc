/** The SQL export dialog's catalogue: one language built on first use, chosen by the user's locale. */
import { lazyCatalogue } from "../catalogue";
import { en, type SqlExportMessages } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import { zhCN } from "./zhCN";

export type { SqlExportMessages };

export const sqlExportMessages = /* @__PURE__ */ lazyCatalogue<SqlExportMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
