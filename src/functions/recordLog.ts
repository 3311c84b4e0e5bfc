import { normaliseStageName, trimStageName } from "../core/stageName";
import { fail } from "./errors";
import type { Orientation } from "./shapes";
import { describe, isBlank, itemLabel } from "./values";

/** Normalised stage name → its position, top first; duplicates are an error. */
export function stageIndex(names: readonly string[], argument: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const key = normaliseStageName(names[i]);
    const earlier = index.get(key);
    if (earlier !== undefined) {
      fail(
        argument,
        `${itemLabel(i)} "${trimStageName(names[i])}" repeats ${itemLabel(earlier)} — stage names must be unique (case and spaces don't count)`,
      );
    }
    index.set(key, i);
  }
  return index;
}

/**
 * How many records of a CRM export stopped at each stage (their furthest stage). Blank cells are
 * skipped; anything not in `stages` is an error naming the value and its row.
 */
export function recordLogHighWater(
  records: readonly unknown[],
  orientation: Orientation,
  stages: Map<string, number>,
  argument: string,
): number[] {
  const highWater: number[] = new Array(stages.size).fill(0);
  // CRM exports repeat a handful of values: resolve each distinct raw value once.
  const resolved = new Map<unknown, number>();
  for (let i = 0; i < records.length; i++) {
    const v = records[i];
    let stage = resolved.get(v);
    if (stage === undefined) {
      stage = resolveRecord(v, i, orientation, stages, argument);
      resolved.set(v, stage);
    }
    if (stage >= 0) highWater[stage]++;
  }
  return highWater;
}

/** A record's stage position, or −1 for a blank cell. */
function resolveRecord(
  value: unknown,
  position: number,
  orientation: Orientation,
  stages: Map<string, number>,
  argument: string,
): number {
  if (isBlank(value)) return -1;
  const where = orientation === "column" ? `row ${position + 1}` : itemLabel(position);
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
