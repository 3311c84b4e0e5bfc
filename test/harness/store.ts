/** Small helpers for suites that drive the stage store through the bundle. */
import { presets } from "../../src/i18n/presets";

/** A store reply that must have succeeded: the reply itself, or a failure naming what it said. */
export function ok<T extends { ok: boolean }>(result: T): T {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

/** An English preset by its id (the sidebar's "Start from" list). */
export function preset(id: string) {
  const found = presets("en").find((p) => p.id === id);
  if (!found) throw new Error(`no preset "${id}"`);
  return found;
}
