/** A CRM record log (SPEC §3, "Layouts"): each record's stage, with an optional status column. */
import { isBlank } from "../cellValue";
import { ArrayOf } from "../intrinsics";
import { NOT_A_STAGE, type StageNames } from "../stageMap";
import { statusOf } from "./recordStatus";
import type { BadCell, FunnelReach, Unknowns } from "./records";
import { BLANK, NOT_TEXT, resolveStage, UNKNOWN, UnknownList } from "./stageCells";

/**
 * A record log: the stage in column `stageCol` of each row from `firstRow` (or, for a log laid out
 * as one row, each cell of that row), with an optional status column (-1 for none). Blank stages
 * are skipped; a name known as no funnel stage leaves its record out (where it stopped is not in
 * the name), unless its status says won; a status of deleted leaves it out too.
 */
export function readRecordLog(
  rows: readonly (readonly unknown[])[],
  names: StageNames,
  stageCol: number,
  statusCol: number,
  firstRow: number,
): FunnelReach | Unknowns | BadCell {
  const k = names.stages.length;
  const highWater = new ArrayOf<number>(k).fill(0);
  const openAt = new ArrayOf<number>(k).fill(0);
  const unknowns = new UnknownList();
  const resolved = new Map<unknown, number>();
  // One row of records (a log laid out across) reads its cells; otherwise one row per record.
  const across = rows.length === 1 && statusCol < 0;
  const n = across ? rows[0]!.length : rows.length;
  for (let i = firstRow; i < n; i++) {
    const v = across ? rows[0]![i] : rows[i]![stageCol];
    let stage = resolved.get(v);
    if (stage === undefined) {
      stage = isBlank(v) ? BLANK : resolveStage(names, v);
      resolved.set(v, stage);
    }
    if (stage === BLANK) continue;
    const row = across ? 0 : i;
    const col = across ? i : stageCol;
    if (stage === NOT_TEXT) return { bad: "stage", row, col };
    if (stage === UNKNOWN) {
      unknowns.add(v, row, col);
      continue;
    }
    let open = false;
    if (statusCol >= 0) {
      const status = statusOf(rows[i]![statusCol]);
      if (status === undefined) return { bad: "status", row: i, col: statusCol };
      if (status === "deleted") continue;
      if (status === "won") stage = k - 1;
      open = status === "open" && stage !== k - 1;
    }
    if (stage === NOT_A_STAGE) continue;
    highWater[stage]!++; // 0 ≤ stage < k, the arrays' length
    if (open) openAt[stage]!++;
  }
  if (unknowns.count > 0) return unknowns;
  return { highWater, openAt, showsClosed: statusCol >= 0 };
}
