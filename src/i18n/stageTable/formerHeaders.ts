/**
 * Stage-table header labels earlier versions wrote, before the glossary (src/i18n/glossary.ts) set
 * one term per concept (SPEC §4, §11). Tables in users' spreadsheets still carry them, so they are
 * still read as their column; they are never written (a save rewrites the header in the current
 * words). Kept apart from the catalogues, whose texts must follow the glossary.
 */
import type { StageTableMessages } from "./en";

export const FORMER_HEADER_LABELS: Readonly<
  Partial<Record<keyof StageTableMessages["header"], readonly string[]>>
> = {
  /** sv had a hanging "till nästa", ru "в следующий этап" (the glossary: на следующий этап). */
  conversionToNext: ["Konvertering till nästa", "Конверсия в следующий этап"],
  /** zh-CN named the won stage 成交阶段 before the glossary settled on 赢单阶段. */
  wonStage: ["成交阶段"],
};
