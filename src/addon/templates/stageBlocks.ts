/**
 * Blocks every plan with per-stage inputs shares: the stages as the marker column keys them, and
 * the table that keeps the inputs of stages deleted from the funnel (SPEC §9: "kept where the
 * user can find them") — beside the typed inputs, one row per removed stage: its name as it was,
 * then its inputs in the same columns and formats.
 */
import type { SheetMessages } from "../../i18n/sheet";
import type { Anchor } from "./layout";
import {
  header,
  label,
  remark,
  section,
  type Block,
  type CellInput,
  type FunnelRef,
  type PlanStage,
} from "./sheetPlan";

export function stageRefs(funnel: FunnelRef): PlanStage[] {
  return funnel.stages.map((name, i) => ({ key: funnel.keys[i] ?? name, name }));
}

export function removedStagesBlocks(
  head: Anchor,
  body: Anchor,
  inputHeaders: readonly CellInput[],
  m: SheetMessages,
  format?: string,
  nameHeader: string = m.plans.removedStage,
  /** Where the explanation goes as a visible line; without it, it is the header's cell note. */
  noteAt?: Anchor,
): Block[] {
  const empty = () => Array.from({ length: body.rows }, () => [""]);
  return [
    section({ row: head.row - 1, col: head.col }, m.plans.removedStages),
    header(
      head.row,
      head.col,
      [[nameHeader, ...inputHeaders]],
      undefined,
      noteAt ? undefined : m.plans.removedNote,
    ),
    ...(noteAt ? [remark(noteAt, m.plans.removedNote)] : []),
    label(body.row, body.col, empty()),
    label(
      body.row,
      body.col + 1,
      Array.from({ length: body.rows }, () => new Array<CellInput>(body.cols - 1).fill("")),
      format,
    ),
  ];
}
