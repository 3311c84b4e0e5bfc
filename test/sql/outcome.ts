/**
 * What the equivalence suites compare: a custom function's rates (or its refusal) against the
 * rows a generated query returns, bit for bit.
 */
import type { funnelRows } from "./engines";

export type Outcome = { ok: true; rates: unknown[] } | { ok: false; message: string };

/** A call's rates flattened (one cell or a grid), or its error message. */
export function attempt(fn: () => unknown): Outcome {
  try {
    const got = fn();
    return { ok: true, rates: Array.isArray(got) ? (got as unknown[][]).flat() : [got] };
  } catch (e) {
    return { ok: false, message: String((e as { message?: unknown }).message ?? e) };
  }
}

/** Each row's conversion equals the function's rate exactly; an empty rate is a NULL. */
export function expectSameRates(rows: ReturnType<typeof funnelRows>, rates: unknown[]): void {
  // One row per stage: a query that returned fewer (or none) would otherwise compare nothing.
  expect(rows).toHaveLength(rates.length);
  rows.forEach((row, i) => {
    const want = rates[i];
    if (want === "") expect(row.conversion_to_next).toBeNull();
    else if (!Object.is(row.conversion_to_next, want)) {
      throw new Error(`stage ${i + 1}: query ${row.conversion_to_next}, function ${String(want)}`);
    }
  });
}
