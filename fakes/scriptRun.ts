/**
 * What google.script.run carries between the sidebar and the server (Google's client-side API
 * reference): numbers, booleans, strings, null, and objects and arrays of those. A Date, a
 * function or a circular object makes the request fail, also inside objects and arrays; undefined
 * fields within arrays become null, undefined object fields disappear. Results follow the same rules.
 */
function refuse(path: string, what: string): never {
  throw new Error(
    `google.script.run cannot carry ${what} (at ${path || "the value"}): send plain data, e.g. an ISO string for a date.`,
  );
}

function copy(value: unknown, path: string, seen: Set<object>): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === undefined) return undefined;
  if (typeof value === "function") refuse(path, "a function");
  if (typeof value !== "object") refuse(path, `a ${typeof value}`);
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Date]") refuse(path, "a Date");
  if (seen.has(value)) refuse(path, "a circular object");
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((v, i) => copy(v, `${path}[${i}]`, seen) ?? null);
    }
    if (tag !== "[object Object]") refuse(path, tag.slice(8, -1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = copy(v, path ? `${path}.${k}` : k, seen);
      if (c !== undefined) out[k] = c;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** The copy the other side receives, or a thrown error when google.script.run would refuse it. */
export function throughScriptRun<T>(value: T, what = "argument"): T {
  return copy(value, what === "argument" ? "" : what, new Set()) as T;
}
