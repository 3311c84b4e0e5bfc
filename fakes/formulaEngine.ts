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
import { messageOf } from "../src/core/messageOf";

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { REFERENCE } from "../src/functions/reference";
import { dateFromSerial, DEFAULT_TIME_ZONE } from "./dates";

/** The parts of HyperFormula's internal AST and interpreter state a plugin method touches. */
interface ProcedureAst {
  args: unknown[];
}
interface InterpreterState {
  formulaAddress: { sheet: number };
}

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
  // The engine's own error object, rethrown for the caller that turns it into "#NAME?" etc.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
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
        return new CellError(ErrorType.ERROR, messageOf(e));
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
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
  const original = proto.getArray;
  proto.getArray = function (this: unknown, range: unknown) {
    const vertex = original.call(this, range) as { array?: unknown } | undefined;
    return vertex?.array instanceof arrays.ErroredArray ? undefined : vertex;
  };
}
readErroredSpillsAsCells();

/** Whether `name` is one of the add-on's custom functions (as the engine spells it). */
export function isCustomFunction(name: string): boolean {
  return Object.hasOwn(translations, name.toUpperCase());
}

export type Sheet = (string | number | boolean | null)[][];

/** No smart rounding: Sheets hands custom functions and getValues full double precision. */
export const ENGINE_CONFIG = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: false,
  smartRounding: false,
} as const;

interface AstNode {
  type?: string;
  args?: AstNode[] | AstNode[][];
  left?: AstNode;
  right?: AstNode;
  value?: AstNode;
  expression?: AstNode;
}
type CollectDependencies = (ast: AstNode, functionRegistry: unknown) => unknown[];

/**
 * Array literals depend on what they hold. HyperFormula never records the dependencies of an
 * inline array (`={Funnel_Stages}`, `=SUM({A1, B1})`), so after an edit it keeps showing the old
 * values — a known bug (handsontable/hyperformula#894, #979; documented as a limitation in #985).
 * Sheets recalculates them, and the preview's engine is kept alive between edits, so the parser's
 * dependency collector also collects each element of an inline array (the fix #894 proposes). The
 * collector is read from the parser module at each call, so replacing the export takes effect.
 */
function collectInlineArrayDependencies(): void {
  const load = createRequire(__filename);
  const parserModule = join(dirname(load.resolve("hyperformula")), "parser", "index.js");
  const parser = load(parserModule) as { collectDependencies: CollectDependencies };
  const collect = parser.collectDependencies;
  const visit = (node: AstNode | undefined, registry: unknown, out: unknown[]): void => {
    if (!node || typeof node !== "object") return;
    if (node.type === "ARRAY") {
      for (const row of (node.args ?? []) as AstNode[][])
        for (const element of row) {
          out.push(...collect(element, registry));
          visit(element, registry, out);
        }
      return;
    }
    for (const child of [node.left, node.right, node.value, node.expression])
      visit(child, registry, out);
    if (node.type === "FUNCTION_CALL")
      for (const arg of (node.args ?? []) as AstNode[]) visit(arg, registry, out);
  };
  parser.collectDependencies = (ast, registry) => {
    const dependencies = collect(ast, registry);
    visit(ast, registry, dependencies);
    return dependencies;
  };
}
collectInlineArrayDependencies();

/**
 * HyperFormula internals that spill sizes through named expressions need (3.5; pinned by
 * test/fakes/namedExpressions.test.ts): the array-size predictor, and where a name's definition
 * (e.g. `=Funnel!$C$2:$C$6`) lives — a formula vertex at an address of its own.
 */
interface SizingInternals {
  _evaluator: {
    interpreter: {
      arraySizePredictor: {
        checkArraySizeForAst(ast: unknown, state: InterpreterState): ArraySize;
      };
    };
  };
  _namedExpressions: {
    nearestNamedExpression(
      name: string,
      sheet: number,
    ): { address: { sheet: number; row: number; col: number } } | undefined;
  };
  dependencyGraph: { getCell(address: unknown): { formula?: unknown } | undefined };
}

/**
 * Spill sizes see through named expressions, as Sheets spills `=REQUIRED_LEADS(B5, B6,
 * Funnel_Rates)` or `={Funnel_Stages}` over the named range. HyperFormula predicts an array's size
 * from the formula's syntax when the formula is set and gives up on a name (the custom functions'
 * size methods and array literals both ask its predictor), so the predictor reads the name's
 * definition instead. A formula over a redefined name must be set again to be sized again.
 */
export function sizeSpillsThroughNames(hf: HyperFormula): HyperFormula {
  const internals = hf as unknown as SizingInternals;
  const predictor = internals._evaluator.interpreter.arraySizePredictor;
  const predict = predictor.checkArraySizeForAst.bind(predictor);
  predictor.checkArraySizeForAst = (ast, state) => {
    const node = ast as { type?: string; expressionName?: string };
    if (node.type === "NAMED_EXPRESSION" && node.expressionName !== undefined) {
      const named = internals._namedExpressions.nearestNamedExpression(
        node.expressionName,
        state.formulaAddress.sheet,
      );
      const definition = named && internals.dependencyGraph.getCell(named.address)?.formula;
      if (definition !== undefined) return predict(definition, state);
    }
    return predict(ast, state);
  };
  return hf;
}

/** A workbook evaluated by the engine: named sheets of raw contents (formulas start with "="). */
export function createEngine(sheets: Record<string, Sheet>): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
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
