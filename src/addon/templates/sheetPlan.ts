/**
 * A planning sheet described as data: blocks of cells with one style and one number format each,
 * charts, conditional highlights. Templates build plans (pure, unit-tested); one renderer writes a
 * plan to a new sheet in a few batched calls.
 */
import { serialOfDay } from "../../core/localDates";
import { STAGE_ROOM, type Anchor, type Layout, type Position } from "./layout";

export { STAGE_ROOM };

/** How a block looks. Inputs follow the modelling convention users know: blue text on a tint. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "label"
  | "input"
  | "output"
  | "total"
  | "note"
  | "highlight"
  | "example";

/** A literal value (a boolean for a checkbox), or a formula when the string starts with "=". */
export type CellInput = string | number | boolean | Date;

export interface Block {
  /** Top-left cell, 1-based (from a layout anchor: layout.ts). */
  row: number;
  col: number;
  cells: CellInput[][];
  style: CellStyle;
  /** A Sheets number format pattern for the whole block. */
  format?: string;
  /**
   * Per column of the block, a format that replaces `format` there: one formula whose spill
   * mixes counts, a percent and a signed gap stays one block (Refresh knows its spill room).
   */
  columnFormats?: readonly string[];
  /** Per row of the block, a format that replaces `format` there (a spill whose last row is money). */
  rowFormats?: readonly string[];
  /** A note on the block's top-left cell, for a value that needs explaining. */
  note?: string;
}

export interface ChartPlan {
  kind: "bar" | "column" | "line";
  title: string;
  /** The category column first, then one range per series (A1 on this sheet), header row included. */
  ranges: string[];
  /** Top-left anchor cell of the chart, 1-based. */
  row: number;
  col: number;
}

/** Cells to tint when a formula (relative to the first range's top-left cell) is true. */
export interface HighlightRule {
  /** One or more ranges; the formula is relative to the first one's top-left cell. */
  ranges: string[];
  formula: string;
  background: string;
}

/**
 * Inputs typed per stage (SPEC §9: they belong to their stage, planSync.ts). Along rows: each row
 * of `input` is a stage's (its key in the marker column); `removed` keeps deleted stages' inputs,
 * a name column then the same columns. Along columns (a pasted export, one column per stage):
 * each column's key is in the hidden `keys` row; removed stages' columns go to `removed`, their
 * names in `removedNames` above it.
 */
export type StageInputs =
  | { axis: "rows"; input: Anchor; removed: Anchor }
  | { axis: "columns"; input: Anchor; keys: Anchor; removed: Anchor; removedNames: Anchor };

export interface SheetPlan {
  /** The sheet name before it is made unique ("Annual plan", then "Annual plan 2", …). */
  baseName: string;
  /** Where every block is (layout.ts): the renderer, Refresh, the plan sync and tests read it. */
  layout: Layout;
  /** Cells; each table starts with a "section" heading and calls a custom function at most once. */
  blocks: Block[];
  charts: ChartPlan[];
  highlights: HighlightRule[];
  stageInputs?: StageInputs;
  /** Ranges (A1) whose cells are checkboxes: yes/no inputs that read the same in every language. */
  checkboxes?: string[];
  /** The funnel's stages, top first, down to the won stage (the marker column keys its rows). */
  stages?: readonly PlanStage[];
}

/** A stage as plans know it: the key its inputs are kept under, and its name now. */
export interface PlanStage {
  key: string;
  name: string;
}

/** What a template needs to know about the funnel it plans for. */
export interface FunnelRef {
  key: string;
  name: string;
  stageCount: number;
  /** Planned stage-to-next rates as the table holds them (the last stage's is ""). */
  rates: (number | string)[];
  /** Stage names, top first, down to the won stage. */
  stages: string[];
  /** Each stage's key (its id, or its name before the store gave it one): stageKey.ts. */
  keys: string[];
  /** Days in stage as the table holds them ("" where empty). */
  days: (number | string)[];
}

/** Number formats used across templates; `money` depends on the spreadsheet's locale. */
export interface Formats {
  money: string;
  integer: string;
  decimal: string;
  percent: string;
  signedPercent: string;
  month: string;
  multiple: string;
}

/** Percent with enough digits that a 0.06 % cumulative rate does not read 0.1 %. */
export const FINE_PERCENT = "0.0##%";
/** A conversion rate as it was typed: 0.25 % stays 0.25 %, 30 % reads 30.0 % (SPEC §6). */
export const RATE_PERCENT = "0.0###%";

export function formatsFor(currencySymbol: string): Formats {
  const money = currencySymbol ? `[$${currencySymbol}]#,##0` : "#,##0";
  return {
    money,
    integer: "#,##0",
    decimal: "#,##0.0",
    percent: "0.0%",
    signedPercent: "+0.0%;-0.0%;0.0%",
    month: "mmm yyyy",
    multiple: '0.0"×"',
  };
}

/**
 * Conversion from each stage to the won stage, as one array formula over a column of rates
 * (`rates`, STAGE_ROOM rows, blanks past the won stage): the product of the rates from that stage
 * down, as EXP of an upper-triangular MMULT of their logarithms. Built-ins only, so it costs no
 * custom-function call, and it recomputes from the rates as they change.
 */
export function conversionToWon(rates: string): string {
  const triangle = `IF(SEQUENCE(${STAGE_ROOM})<=TRANSPOSE(SEQUENCE(${STAGE_ROOM})), 1, 0)`;
  return `EXP(MMULT(${triangle}, IF(${rates}="", 0, LN(${rates}))))`;
}

/** `=DATE(y, m, 1)` for a month: a calendar date in the sheet's own time zone, never an instant. */
export function monthFormula(month: Date): string {
  return `=DATE(${month.getFullYear()}, ${month.getMonth() + 1}, 1)`;
}

/**
 * A month's first day as a date serial (days since 1899-12-30): what typing the date gives,
 * shown as that day in any time zone (SPEC §9) — a value, so it costs no formula write.
 */
export function monthSerial(month: Date): number {
  return serialOfDay(month.getFullYear(), month.getMonth(), 1);
}

/** Column of single cells, for building blocks from lists. */
export function column(values: CellInput[]): CellInput[][] {
  return values.map((v) => [v]);
}

/**
 * A formula whose array result spills over `rows` × `cols` cells. The block covers the whole area
 * (the rest left empty for the spill) so its number format and style reach every result cell.
 */
export function spill(formula: string, rows: number, cols = 1): CellInput[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (r === 0 && c === 0 ? formula : "")),
  );
}

/** A one-cell block's contents. */
export function one(value: CellInput): CellInput[][] {
  return [[value]];
}

// Block builders, one per style: `input(5, 2, column([100000, 10000]), formats.money)`.
type BlockBuilder = (
  row: number,
  col: number,
  cells: CellInput[][],
  format?: string,
  note?: string,
) => Block;

function styled(style: CellStyle): BlockBuilder {
  return (row, col, cells, format, note) => ({ row, col, cells, style, format, note });
}

export const label = styled("label");
export const input = styled("input");
export const output = styled("output");
export const header = styled("header");
export const total = styled("total");
export const highlight = styled("highlight");

/** The sheet's title and the line under it, in a two-row block. */
export function titled(at: Anchor, title: string, subtitle: string): Block[] {
  return [
    styled("title")(at.row, at.col, one(title)),
    styled("subtitle")(at.row + 1, at.col, one(subtitle)),
  ];
}

/**
 * The title, and under it the funnel's name in the spreadsheet's language (the catalogue's
 * `common.funnelLine`), for templates whose text comes from `sheetMessages`.
 */
export function titledFor(
  at: Anchor,
  funnelLine: (funnel: string, rest: string) => string,
  title: string,
  funnel: FunnelRef,
  subtitle: string,
): Block[] {
  return titled(at, title, funnelLine(funnel.name, subtitle));
}

/**
 * A row of header texts as one array formula (`={"Plan", "Actual"}`): a header row of formulas
 * beside formula headers is written in one call; the texts are still the catalogue's.
 */
export function textRow(texts: readonly string[]): string {
  return `={${texts.map(textLiteral).join(", ")}}`;
}

/** Text as a string literal inside a formula ("" doubles a quote): catalogue text may hold quotes. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A table's heading, on the row above its block (the benchmark counts tables by them). */
export function section(at: Position, text: string): Block {
  return styled("section")(at.row, at.col, one(text));
}

/** An explanatory line. */
export function remark(at: Position, text: string): Block {
  return styled("note")(at.row, at.col, one(text));
}

/**
 * "Example — replace" beside example inputs (SPEC §6: never silently mixed with the team's
 * figures), shown while `range` still holds the example — its sum is the example's — and gone as
 * soon as the team types over it.
 */
export function exampleMark(
  at: Position,
  text: string,
  range: string,
  example: readonly (number | string)[],
  otherwise = "",
): Block {
  const numbers = example.filter((v): v is number => typeof v === "number");
  // No example figures were written (a plan starting later): nothing to mark.
  if (numbers.length === 0) return styled("example")(at.row, at.col, one(otherwise));
  const sum = numbers.reduce((x, y) => x + y, 0);
  const formula = `=IF(SUM(${range})=${sum}, ${textLiteral(text)}, ${textLiteral(otherwise)})`;
  return styled("example")(at.row, at.col, one(formula));
}
