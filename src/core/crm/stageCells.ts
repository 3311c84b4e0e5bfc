/**
 * How the CRM readers resolve a stage cell to a funnel stage. Exports repeat a handful of
 * spellings, so each reader resolves each distinct stage value once, and lists each distinct
 * unknown name once.
 */
import { toText } from "../intrinsics";
import { stageOfName, type StageNames } from "../stageMap";
import { normaliseStageName } from "../stageName";
import { MAX_UNKNOWN, type UnknownName, type Unknowns } from "./records";

export class UnknownList implements Unknowns {
  unknown: UnknownName[] = [];
  count = 0;
  private readonly seen = new Set<string>();

  add(value: unknown, row: number, col: number): void {
    const text = stageText(value) ?? "";
    const key = normaliseStageName(text);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.count++;
    if (this.unknown.length < MAX_UNKNOWN) {
      this.unknown.push({ text: text.trim(), row, col, numeric: typeof value === "number" });
    }
  }
}

/** A stage cell's text: text as it is, a finite number as text, undefined for anything else. */
export function stageText(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" && v - v === 0) return toText(v);
  return undefined;
}

/** What a stage cell resolves to besides a stage index. */
export const UNKNOWN = -2;
export const NOT_TEXT = -3;
export const BLANK = -4;

export function resolveStage(names: StageNames, v: unknown): number {
  const text = stageText(v);
  if (text === undefined) return NOT_TEXT;
  return stageOfName(names, text) ?? UNKNOWN;
}
