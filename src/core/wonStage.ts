/** The won stage (SPEC §4): shared by the funnel model and its schemas. */
import type { Funnel } from "./funnel";

/** The won stage's index: the one set, else the last stage. */
export function wonIndex(funnel: Pick<Funnel, "stages" | "wonStageIndex">): number {
  return funnel.wonStageIndex ?? funnel.stages.length - 1;
}
