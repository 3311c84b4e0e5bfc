/**
 * A message with values, stored in a language pack as a template: `{0}`, `{1}` stand for the
 * function's arguments. One pass, so a value that itself contains "{1}" or "$&" is inserted as is.
 */
const PLACEHOLDER = /\{(\d+)\}/g;

export function substitute(template: string, args: readonly unknown[]): string {
  return template.replace(PLACEHOLDER, (whole, index: string) => {
    const i = Number(index);
    return i < args.length ? String(args[i]) : whole;
  });
}

/** The function a template stands for. */
export function templateFunction(template: string): (...args: unknown[]) => string {
  return (...args) => substitute(template, args);
}

/** The key of a marked template in the English pack: `{"$t": "Funnel: {0} · {1}"}`. */
export const TEMPLATE_MARK = "$t";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A marked pack's JSON as messages: each `{"$t": template}` becomes its function, text stays
 * text. Anything else is a damaged pack, refused with the key it was found at.
 */
export function readMarked(data: unknown, path = ""): unknown {
  if (typeof data === "string") return data;
  if (isRecord(data)) {
    const keys = Object.keys(data);
    if (keys.length === 1 && keys[0] === TEMPLATE_MARK && typeof data[TEMPLATE_MARK] === "string")
      return templateFunction(data[TEMPLATE_MARK]);
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = readMarked(data[key], path ? `${path}.${key}` : key);
    return out;
  }
  throw new Error(`the language pack is damaged at "${path}"`);
}
