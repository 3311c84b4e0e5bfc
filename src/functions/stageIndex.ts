import { normaliseStageName, trimStageName } from "../core/stageName";
import { fail } from "./errors";
import { itemLabel } from "./values";

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
