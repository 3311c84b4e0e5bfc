/** The status column of a CRM record log (SPEC §3, "Layouts"): which records are won, lost or open. */
import { isBlank } from "../cellValue";
import { normaliseStageName } from "../stageName";
import { statusWordList, type RecordStatus } from "./statusWords";

export { STATUS_HELP, type RecordStatus } from "./statusWords";

let statusWords: Map<string, RecordStatus> | undefined;

/** The status words by their folded form. Built on first use, never at load (SPEC §8). */
function statusVocabulary(): Map<string, RecordStatus> {
  if (statusWords !== undefined) return statusWords;
  const map = new Map<string, RecordStatus>();
  for (const [status, list] of statusWordList()) {
    for (const w of list) map.set(normaliseStageName(w), status);
  }
  statusWords = map;
  return map;
}

/** A status cell: blank is open (nothing closed it), TRUE/1 closed, FALSE/0 open. */
export function statusOf(v: unknown): RecordStatus | undefined {
  if (isBlank(v)) return "open";
  if (typeof v === "boolean") return v ? "closed" : "open";
  if (typeof v === "number") return v === 1 ? "closed" : v === 0 ? "open" : undefined;
  if (typeof v !== "string") return undefined;
  return statusVocabulary().get(normaliseStageName(v));
}
