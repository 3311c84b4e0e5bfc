/**
 * Reads a language pack's JSON back into messages, walking the English messages as the schema:
 * where English has a function, the pack holds its template (`{0}`, `{1}`); where English has text,
 * text. A key the pack lacks or holds in the wrong form keeps its English message (counted), so a
 * damaged pack degrades to English text rather than to a crash.
 */
import { templateFunction } from "./template";

export interface Rehydrated<T> {
  messages: T;
  /** Keys that kept their English message. */
  fallbacks: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function rehydrate<T>(english: T, data: unknown): Rehydrated<T> {
  let fallbacks = 0;
  const walk = (source: unknown, packed: unknown): unknown => {
    if (typeof source === "function") {
      if (typeof packed === "string") return templateFunction(packed);
    } else if (typeof source === "string") {
      if (typeof packed === "string") return packed;
    } else if (isRecord(source)) {
      const out: Record<string, unknown> = {};
      const from = isRecord(packed) ? packed : {};
      for (const key of Object.keys(source)) out[key] = walk(source[key], from[key]);
      return out;
    } else {
      return source;
    }
    fallbacks++;
    return source;
  };
  return { messages: walk(english, data) as T, fallbacks };
}
