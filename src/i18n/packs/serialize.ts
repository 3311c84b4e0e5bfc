/**
 * Build time only: turns a language's messages into a pack's JSON value. Each function-valued
 * message becomes a template by calling it with the markers "{0}", "{1}"…; it is then called again
 * with two sets of sample values and must give exactly the template with those values put in — a
 * message that does more than substitute (plural forms, arithmetic, a branch on its value) cannot be
 * a template, and the build fails naming its key.
 */
import { substitute, TEMPLATE_MARK } from "./template";

const SAMPLES: readonly (readonly unknown[])[] = [
  ["Plan «Q3» $& {1}", "北区 “EMEA”", "x", "y", "z", "w"],
  [1, 22, 5, 0, 11, 3],
];

function arity(fn: (...args: unknown[]) => unknown): number {
  return fn.length;
}

export function toTemplate(fn: (...args: unknown[]) => unknown, key: string): string {
  const n = arity(fn);
  const markers = Array.from({ length: n }, (_, i) => `{${i}}`);
  const template = fn(...markers);
  if (typeof template !== "string") throw new Error(`${key}: does not return text`);
  for (const sample of SAMPLES) {
    const args = sample.slice(0, n);
    const actual = fn(...args);
    const expected = substitute(template, args);
    if (actual !== expected) {
      throw new Error(
        `${key}: not a plain substitution of its arguments, so it cannot go in a language pack ` +
          `(with ${JSON.stringify(args)} it gives ${JSON.stringify(actual)}, the template ` +
          `${JSON.stringify(expected)})`,
      );
    }
  }
  return template;
}

/**
 * The JSON value of a message tree; `path` names keys in errors ("sv.sheet.monthly.salesCycle").
 * `marked` (the English pack, which has no English code to be read against) writes each template
 * as `{"$t": template}`, so the pack alone says which messages take values.
 */
export function serializeMessages(value: unknown, path: string, marked = false): unknown {
  if (typeof value === "function") {
    const template = toTemplate(value as (...args: unknown[]) => unknown, path);
    return marked ? { [TEMPLATE_MARK]: template } : template;
  }
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = serializeMessages(item, `${path}.${key}`, marked);
    }
    return out;
  }
  throw new Error(`${path}: a message must be text or a function returning text`);
}
