import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";

/** The parts of HyperFormula's internal AST and interpreter state a plugin method touches. */
interface ProcedureAst {
  args: unknown[];
}
type InterpreterState = unknown;
import { dirname, join } from "node:path";
import { REFERENCE } from "../src/functions/reference";
import { dateFromSerial, DEFAULT_TIME_ZONE } from "./dates";

/**
 * A real spreadsheet formula engine (HyperFormula, GPL — dev/test only) with our custom functions
 * registered. Each call goes to the *built* add-on's top-level function, converted the way Sheets
 * converts: ranges as 2-D arrays, empty cells as "", dates as Date (the serial's wall-clock time
 * in the spreadsheet's time zone), percents as fractions. A thrown error shows as #ERROR! with its
 * message, as Sheets shows a custom function's exception.
 */
export type Caller = (name: string, args: unknown[]) => unknown;

let caller: Caller | undefined;
/** Custom-function calls per function name since the last reset (SPEC §8: calls per template). */
export const callCounts = new Map<string, number>();

export function useCaller(next: Caller): void {
  caller = next;
}

/** The built add-on (dist/Code.js loaded in a vm context): what formulas call. */
export interface CallableAddon {
  call(name: string, ...args: unknown[]): unknown;
}

/** Formulas call the functions of this built add-on. */
export function useBuiltAddon<T extends CallableAddon>(bundle: T): T {
  useCaller((name, args) => bundle.call(name, ...args));
  return bundle;
}

let timeZone = DEFAULT_TIME_ZONE;
/** The spreadsheet time zone date arguments are converted in (set before each evaluation). */
export function useTimeZone(zone: string): void {
  timeZone = zone;
}

export function resetCallCounts(): void {
  callCounts.clear();
}

export function totalCalls(): number {
  let n = 0;
  for (const v of callCounts.values()) n += v;
  return n;
}

interface RichNumberLike {
  val: number;
  getDetailedType?: () => string;
}

function isRichNumber(v: unknown): v is RichNumberLike {
  return (
    typeof v === "object" &&
    v !== null &&
    "val" in v &&
    typeof (v as RichNumberLike).val === "number"
  );
}

/** One engine value as Sheets would hand it to Apps Script. */
function toSheetsValue(v: unknown): unknown {
  if (v === EmptyValue || v === null || v === undefined) return "";
  if (v instanceof CellError) throw v;
  if (isRichNumber(v)) {
    const type = v.getDetailedType?.() ?? "";
    if (/DATE/.test(type)) return dateFromSerial(v.val, timeZone);
    return v.val;
  }
  return v;
}

function toSheetsArgument(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toSheetsValue));
  return toSheetsValue(v);
}

function toEngineResult(result: unknown): unknown {
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as (number | string)[][]);
  return result;
}

class FunnelMathPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

const translations: Record<string, string> = {};
for (const { spec, docs } of REFERENCE) {
  const name = spec.name;
  translations[name] = name;
  FunnelMathPlugin.implementedFunctions[name] = {
    method: `call_${name}`,
    sizeOfResultArrayMethod: `size_${name}`,
    vectorizationForbidden: true,
    parameters: spec.params.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      passSubtype: true,
      optionalArg: p.optional !== undefined,
    })),
  };
  const proto = FunnelMathPlugin.prototype as unknown as Record<string, unknown>;
  proto[`call_${name}`] = function (
    this: FunnelMathPlugin,
    ast: ProcedureAst,
    state: InterpreterState,
  ) {
    const self = this as unknown as {
      runFunction: (
        a: unknown,
        s: unknown,
        m: unknown,
        f: (...args: unknown[]) => unknown,
      ) => unknown;
      metadata: (n: string) => unknown;
    };
    return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) => {
      callCounts.set(name, (callCounts.get(name) ?? 0) + 1);
      if (!caller)
        return new CellError(ErrorType.NAME, "no add-on loaded: call useBuiltAddon() first");
      try {
        return toEngineResult(caller(name, args.map(toSheetsArgument)));
      } catch (e) {
        if (e instanceof CellError) return e;
        // Sheets shows a custom function's thrown error as #ERROR! with its message.
        return new CellError(ErrorType.ERROR, String((e as { message?: unknown }).message ?? e));
      }
    });
  };
  proto[`size_${name}`] = function (
    this: FunnelMathPlugin,
    ast: ProcedureAst,
    state: InterpreterState,
  ) {
    const self = this as unknown as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize };
    const shapes = ast.args.map((arg: unknown) => {
      const size = self.arraySizeForAst(arg, state);
      return { rows: Math.max(1, size.height), cols: Math.max(1, size.width) };
    });
    while (shapes.length < spec.params.length) shapes.push({ rows: 1, cols: 1 });
    const out = docs.spill(shapes);
    return new ArraySize(Math.max(1, out.cols), Math.max(1, out.rows));
  };
}

HyperFormula.registerFunctionPlugin(FunnelMathPlugin, { enGB: translations, enUS: translations });

/**
 * HyperFormula 3.x throws "Unknown array" (and the whole evaluation fails) when a formula refers to
 * exactly the range of a spill whose result is an error (its interpreter handles computed and
 * uncomputed arrays, not errored ones). Sheets shows the error in each referring cell instead. So
 * an errored spill is read through its cells — each holds the error — as any range is.
 */
function readErroredSpillsAsCells(): void {
  // The package exports only its entry: its internals are reached by path from there.
  const root = dirname(require.resolve("hyperformula"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const graph = require(join(root, "DependencyGraph", "DependencyGraph.js")) as {
    DependencyGraph: { prototype: { getArray(range: unknown): unknown } };
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const arrays = require(join(root, "ArrayValue.js")) as { ErroredArray: new () => object };
  const proto = graph.DependencyGraph.prototype;
  const original = proto.getArray;
  proto.getArray = function (this: unknown, range: unknown) {
    const vertex = original.call(this, range) as { array?: unknown } | undefined;
    return vertex?.array instanceof arrays.ErroredArray ? undefined : vertex;
  };
}
readErroredSpillsAsCells();

export type Sheet = (string | number | boolean | null)[][];

/** A workbook evaluated by the engine: named sheets of raw contents (formulas start with "="). */
export function createEngine(sheets: Record<string, Sheet>): HyperFormula {
  // No smart rounding: Sheets hands custom functions and getValues full double precision.
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: false,
    smartRounding: false,
  });
}

/** A cell's value, with errors as their message text prefixed by the error code. */
export function cellValue(hf: HyperFormula, sheetName: string, a1: string): unknown {
  const sheet = hf.getSheetId(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const address = hf.simpleCellAddressFromString(a1, sheet);
  if (!address) throw new Error(`bad address ${a1}`);
  const v = hf.getCellValue(address);
  if (v && typeof v === "object" && "type" in v) return `${v.value} ${v.message ?? ""}`.trim();
  return v;
}

/** A rectangle of values, e.g. range(hf, "Plan", "B2:C5"). */
export function rangeValues(hf: HyperFormula, sheetName: string, a1Range: string): unknown[][] {
  const sheet = hf.getSheetId(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const range = hf.simpleCellRangeFromString(a1Range, sheet);
  if (!range) throw new Error(`bad range ${a1Range}`);
  return hf
    .getRangeValues(range)
    .map((row) =>
      row.map((v) =>
        v && typeof v === "object" && "type" in v ? `${v.value} ${v.message ?? ""}`.trim() : v,
      ),
    );
}
