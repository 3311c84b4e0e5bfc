/**
 * The won stage (SPEC §4), in a module of its own so the lazily loaded funnel schemas
 * (./funnelSchemas) need nothing else of ./funnel at run time: esbuild wraps every module a lazy
 * one imports in an initialiser of its own, and ./funnel would then be initialised at load.
 */
import type { Funnel } from "./funnel";

/** The won stage's index: the one set, else the last stage. */
export function wonIndex(funnel: Pick<Funnel, "stages" | "wonStageIndex">): number {
  return funnel.wonStageIndex ?? funnel.stages.length - 1;
}
