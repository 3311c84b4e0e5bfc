/**
 * The formula-engine harness of the formula tests: the engine (fakes/formulaEngine.ts) with the
 * built dist/Code.js's custom functions registered in it — once, on import — and what the tests
 * read from it.
 */
import { loadCustomFunctions } from "../../fakes/bundle";
import { useBuiltAddon } from "../../fakes/formulaEngine";

export {
  callCounts,
  cellValue,
  createEngine,
  rangeValues,
  resetCallCounts,
} from "../../fakes/formulaEngine";

useBuiltAddon(loadCustomFunctions());

/** A spilled block with its numbers rounded to `digits`, for comparing with written figures. */
export function rounded(rows: unknown[][], digits: number): unknown[][] {
  return rows.map((r) => r.map((v) => (typeof v === "number" ? Number(v.toFixed(digits)) : v)));
}
