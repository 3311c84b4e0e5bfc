import { InputError } from "./errors";
import type { FunctionSpec } from "./registry";
import type { FunctionResult } from "./values";

/**
 * Checks a result before it reaches a cell: rectangular, only finite numbers and strings
 * (SPEC §2.6). A non-finite number here means the inputs overflowed.
 */
function checkResult(result: FunctionResult): FunctionResult {
  if (typeof result === "string") return result;
  if (typeof result === "number") {
    if (result === result && result !== Infinity && result !== -Infinity) return result;
    throw new InputError(
      "result",
      "is too large to compute (overflow) — check the size of the inputs",
    );
  }
  const height = result.length;
  const width = height > 0 ? result[0]!.length : 0;
  if (width === 0) throw new Error("empty result");
  for (let r = 0; r < height; r++) {
    const row = result[r]!;
    if (row.length !== width) throw new Error("ragged result");
    for (let c = 0; c < width; c++) {
      const v = row[c];
      // v − v is 0 for every finite number and NaN for NaN and ±Infinity: one test, every cell.
      if (typeof v === "number" ? v - v !== 0 : typeof v !== "string") {
        if (typeof v !== "number") throw new Error("non-cell value in result");
        throw new InputError(
          "result",
          "is too large to compute (overflow) — check the size of the inputs",
        );
      }
    }
  }
  return result;
}

/**
 * The generic runner: arguments in as Sheets sends them, coerced by each parameter's kind, the
 * implementation called, the result checked. Every failure leaves as `NAME: argument: message`;
 * an unexpected bug is reported the same way instead of as a raw TypeError.
 *
 * It takes the stub's `arguments` object as it is: copying it into an array and spreading that
 * runs the iterator protocol and a global `Array` look-up on every call, which cost more than
 * the whole work of a small element-wise call in Apps Script's V8 context (SPEC §8).
 */
export function toCustomFunction<A extends unknown[]>(
  spec: FunctionSpec<A>,
): (args: ArrayLike<unknown>) => FunctionResult {
  const params = spec.params as FunctionSpec["params"];
  const name = spec.name;
  const maxArgs = params.length;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- an impl is a plain function (no `this`)
  const impl = spec.impl as (...args: unknown[]) => FunctionResult;
  return function customFunction(args: ArrayLike<unknown>): FunctionResult {
    try {
      if (args.length > maxArgs) {
        // Sheets passes omitted trailing optionals as nothing, so only real extras are counted.
        let last = args.length;
        while (last > maxArgs && args[last - 1] === undefined) last--;
        if (last > maxArgs) {
          throw new InputError(
            "arguments",
            `takes at most ${maxArgs} arguments but got ${last} — see the function's help`,
          );
        }
      }
      const coerced: unknown[] = [];
      for (let i = 0; i < maxArgs; i++) {
        const param = params[i]!;
        coerced.push(param.kind.coerce(args[i], param.name));
      }
      return checkResult(impl(...coerced));
    } catch (e) {
      // The message is the whole interface to the user (Sheets shows only it), so the original
      // error is replaced, not chained.
      /* eslint-disable preserve-caught-error */
      if (e instanceof InputError) throw new Error(`${name}: ${e.argument}: ${e.message}`);
      const detail =
        e !== null && typeof e === "object" && "message" in e ? String(e.message) : String(e);
      throw new Error(
        `${name}: internal error (${detail}) — please report this with the formula's inputs`,
      );
      /* eslint-enable preserve-caught-error */
    }
  };
}
