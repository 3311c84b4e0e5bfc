import { normaliseStageName, trimStageName } from "../core/stageName";
import { fail } from "./errors";
import { describe, isBlank, itemLabel } from "./values";

/** Normalised stage name → its position, top first; duplicates are an error. */
export function stageIndex(names: readonly string[], argument: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const key = normaliseStageName(names[i]!);
    const earlier = index.get(key);
    if (earlier !== undefined) {
      fail(
        argument,
        `${itemLabel(i)} "${trimStageName(names[i]!)}" repeats ${itemLabel(earlier)} — stage names must be unique (case and spaces don't count)`,
      );
    }
    index.set(key, i);
  }
  return index;
}

/**
 * How many records of a CRM export stopped at each stage (their furthest stage). `rows` is the
 * export as Sheets sends it, one column (or one row) of records, read in place: 100 000-record
 * logs are not copied. Blank cells are skipped; anything not in `stages` is an error naming the
 * value and its row.
 */
export function recordLogHighWater(
  rows: readonly (readonly unknown[])[],
  stages: Map<string, number>,
  argument: string,
): number[] {
  const highWater = new Array<number>(stages.size).fill(0);
  // CRM exports repeat a handful of values: resolve each distinct raw value once.
  const resolved = new Map<unknown, number>();
  const byRow = rows.length !== 1;
  const n = byRow ? rows.length : rows[0]!.length;
  const only = rows.length === 1 ? rows[0] : undefined;
  for (let i = 0; i < n; i++) {
    const v = only === undefined ? rows[i]![0] : only[i];
    let stage = resolved.get(v);
    if (stage === undefined) {
      stage = resolveRecord(v, i, byRow || n === 1, stages, argument);
      resolved.set(v, stage);
    }
    if (stage >= 0) highWater[stage]!++;
  }
  return highWater;
}

/** A record's stage position, or −1 for a blank cell. */
function resolveRecord(
  value: unknown,
  position: number,
  inColumn: boolean,
  stages: Map<string, number>,
  argument: string,
): number {
  if (isBlank(value)) return -1;
  const where = inColumn ? `row ${position + 1}` : itemLabel(position);
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else {
    fail(
      argument,
      `${where} is ${describe(value)} — a record log holds each record's stage name as text`,
    );
  }
  const stage = stages.get(normaliseStageName(text));
  if (stage !== undefined) return stage;
  const hint =
    typeof value === "number"
      ? " (for counts per stage, leave stage_order out)"
      : " — add it to stage_order or correct the record";
  fail(argument, `${where} is ${describe(value)}, which is not in stage_order${hint}`);
}
