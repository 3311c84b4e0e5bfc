/** The function reference's words in each translated language (see ./types.ts). Not bundled. */
import type { Translated } from "../glossary";
import { pl } from "./pl";
import { ru } from "./ru";
import { sv } from "./sv";
import type { FunctionDocsTranslation } from "./types";
import { zhCN } from "./zhCN";

export type { FunctionDocsTranslation, FunctionText } from "./types";

export const FUNCTION_DOCS: Readonly<Record<Translated, FunctionDocsTranslation>> = {
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
};
