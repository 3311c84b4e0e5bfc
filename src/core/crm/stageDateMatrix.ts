/**
 * A CRM stage-date matrix (SPEC §3, "Layouts"): one row per record, one column per stage the CRM
 * names, a date (or a mark) where the record entered the stage.
 */
import { isBlank } from "../cellValue";
import type { DayOrder } from "../dateText";
import { ArrayOf, NOT_A_NUMBER } from "../intrinsics";
import { NOT_A_DATE, readDateCell, type ZoneClock } from "../localDates";
import type { StageDates } from "../stageDates";
import { NOT_A_STAGE, stageOfHeader, type StageNames } from "../stageMap";
import { isReached } from "../stageMatrix";
import type { BadCell, FunnelReach, Unknowns } from "./records";
import { stageText, UnknownList } from "./stageCells";

/** A header the stage names do not know, or two columns of the same name. */
export interface HeaderProblem {
  unknown?: Unknowns;
  /** Two columns (0-based) that name the same stage name. */
  repeated?: [number, number];
}

/**
 * Which funnel stage each column of a stage-date matrix holds, from its header (core/stageMap's
 * header rule): a stage index, or {@link NOT_A_STAGE} for a column of a name that is no funnel
 * stage (Closed Lost), which counts for no stage but shows its records closing.
 */
export function matrixColumns(
  header: readonly unknown[],
  names: StageNames,
): Int32Array | HeaderProblem {
  const columns = new Int32Array(header.length);
  const unknowns = new UnknownList();
  const seen = new Map<string, number>();
  for (let c = 0; c < header.length; c++) {
    const v = header[c];
    const text = stageText(v) ?? "";
    const found = text === "" || isBlank(text) ? undefined : stageOfHeader(names, text);
    if (found === undefined) {
      unknowns.add(isBlank(text) ? `(column ${c + 1} has no title)` : v, 0, c);
      continue;
    }
    const earlier = seen.get(found.key);
    if (earlier !== undefined) return { repeated: [earlier, c] };
    seen.set(found.key, c);
    columns[c] = found.stage;
  }
  return unknowns.count > 0 ? { unknown: unknowns } : columns;
}

/**
 * How far each row of a stage-date matrix got, its columns mapped to stages by `columns`: a
 * stage is reached when any of its columns is; "strict" counts a row only as far as it reached
 * every stage from the first. A row is closed when it reached the last stage or has a date in a
 * lost column.
 */
export function mappedMatrixReach(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
  columns: Int32Array,
  k: number,
  strict: boolean,
): FunnelReach {
  const highWater = new ArrayOf<number>(k).fill(0);
  const openAt = new ArrayOf<number>(k).fill(0);
  const has = new Uint8Array(k);
  let lostColumns = false;
  for (let c = 0; c < columns.length; c++) if (columns[c] === NOT_A_STAGE) lostColumns = true;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r]!;
    has.fill(0);
    let lost = false;
    let top = -1;
    for (let c = 0; c < columns.length; c++) {
      if (!isReached(row[c])) continue;
      const stage = columns[c]!;
      if (stage === NOT_A_STAGE) lost = true;
      else {
        has[stage] = 1;
        if (stage > top) top = stage;
      }
    }
    let mark = top;
    if (strict) {
      mark = -1;
      while (mark + 1 < k && has[mark + 1] === 1) mark++;
    }
    if (mark < 0) continue;
    highWater[mark]!++; // 0 ≤ mark < k, the arrays' length
    if (!lost && top !== k - 1) openAt[mark]!++;
  }
  return { highWater, openAt, showsClosed: lostColumns };
}

/**
 * A mapped stage-date matrix as one date per record and funnel stage: the earliest of the
 * stage's columns (several CRM stages may make one funnel stage); lost columns are left out. The
 * first cell that is not a date is reported.
 */
export function mappedMatrixDates(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
  columns: Int32Array,
  k: number,
  clock: ZoneClock,
  dayOrder: () => DayOrder,
): StageDates | BadCell {
  const records = rows.length - firstRow;
  const wall = new Float64Array(records * k).fill(NOT_A_NUMBER);
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r]!;
    const base = (r - firstRow) * k;
    for (let c = 0; c < columns.length; c++) {
      const stage = columns[c]!;
      if (stage === NOT_A_STAGE) continue;
      const v = readDateCell(row[c], clock, dayOrder);
      if (v === NOT_A_DATE) return { bad: "date", row: r, col: c };
      if (v === v && !(wall[base + stage]! <= v)) wall[base + stage] = v;
    }
  }
  return { records, stages: k, wall };
}
