/**
 * Type checks of what the sidebar sends through google.script.run (SPEC §9): anything may arrive,
 * so each argument is checked before use and refused with a message in words.
 */
import { validateFunnel, type Funnel, type FunnelIssue, type Stage } from "../core/funnel";
import { MAX_SHEET_NAME_LENGTH } from "../core/sheetLimits";

export { MAX_SHEET_NAME_LENGTH };

type Checked<T> = { ok: true; value: T } | { ok: false; message: string; issues?: FunnelIssue[] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return Object.prototype.toString.call(v) === "[object Object]";
}

export function checkKey(key: unknown): string {
  if (typeof key !== "string" || key === "") {
    throw new Error(
      'The funnel key must be text, e.g. "Funnel": reload the sidebar and try again.',
    );
  }
  return key;
}

export function checkSaveRequest(
  request: unknown,
): Checked<{ funnel: Funnel; fingerprint: string }> {
  if (!isPlainObject(request)) {
    return { ok: false, message: "The save request must carry the funnel and its fingerprint." };
  }
  if (
    request.fingerprint === undefined ||
    request.fingerprint === null ||
    request.fingerprint === ""
  ) {
    return {
      ok: false,
      message:
        "The save request has no fingerprint of the table as it was loaded, so edits made in the sheet meanwhile cannot be detected: reload the funnel and save again.",
    };
  }
  if (typeof request.fingerprint !== "string") {
    return {
      ok: false,
      message: "The table's fingerprint must be text: reload the funnel and save again.",
    };
  }
  const validation = validateFunnel(request.funnel);
  if (!validation.ok) {
    return {
      ok: false,
      message: "Some stages need fixing before they can be saved.",
      issues: validation.issues,
    };
  }
  return { ok: true, value: { funnel: validation.funnel, fingerprint: request.fingerprint } };
}

export function checkCreateRequest(
  request: unknown,
): Checked<{ name: string; stages: Stage[]; wonStageIndex?: number }> {
  if (!isPlainObject(request)) {
    return { ok: false, message: "The new funnel request must carry a name and the first stages." };
  }
  if (typeof request.name !== "string") {
    return { ok: false, message: "The funnel name must be text, e.g. EMEA." };
  }
  const name = request.name.trim();
  if (name === "") return { ok: false, message: "Give the new funnel a name, e.g. EMEA." };
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    return {
      ok: false,
      message: `The name becomes the funnel's sheet name, and sheet names have at most ${MAX_SHEET_NAME_LENGTH} characters: shorten it (it has ${name.length}).`,
    };
  }
  // The stages come from the browser: the shared schema checks them like any save.
  const checked = validateFunnel({
    key: "Funnel",
    name,
    stages: request.stages,
    wonStageIndex: request.wonStageIndex ?? undefined,
  });
  if (!checked.ok) {
    return {
      ok: false,
      message: "The new funnel's stages need fixing: choose a preset and try again.",
      issues: checked.issues,
    };
  }
  const { stages, wonStageIndex } = checked.funnel;
  return { ok: true, value: { name, stages, wonStageIndex } };
}
