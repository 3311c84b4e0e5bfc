/**
 * The won stage (SPEC §4), in a module of its own: the lazily required schemas (./funnelSchemas)
 * import it, and esbuild would otherwise defer all of ./funnel's initialisation with them.
 */
import type { Funnel } from "./funnel";

/** The won stage's index: the one set, else the last stage. */
export function wonIndex(funnel: Pick<Funnel, "stages" | "wonStageIndex">): number {
  return funnel.wonStageIndex ?? funnel.stages.length - 1;
}
