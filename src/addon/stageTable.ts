/**
 * The stage table as cells (SPEC §4): recognising its header in any of the five languages, reading
 * hand-edited rows into a funnel with row-by-row problems, turning a funnel back into cells, and
 * fingerprinting it. Pure: cells come in and go out as 2-D arrays from the table's top-left cell,
 * as Range.getValues/setValues carry them.
 *
 * Columns, left to right: the six of SPEC §4 always, then the optional "Won stage" (a checkbox on
 * the won stage's row) and "CRM names" (names separated by ";"), in the order they were added. A
 * row with CRM names and nothing else is no stage: it lists the names that end a record without
 * reaching a further stage (lost, disqualified), and sits below the last stage.
 */
import { wonIndex, type Funnel, type Stage, type StageField } from "../core/funnel";
import { validateFunnel, type RuleMessages } from "../core/funnel";
import { cellNumber, isAmbiguous, isBlank, isDate } from "../core/cellValue";
import { trimStageName } from "../core/stageName";
import { LANGUAGES } from "../i18n/languages";
import { stageTableMessages, type StageTableMessages } from "../i18n/stageTable";
import { FORMER_HEADER_LABELS } from "../i18n/stageTable/formerHeaders";
import type { RowProblem } from "../wire/stageApi";

export type TableColumn = keyof StageTableMessages["header"];

/** The six columns every table has, at its first six positions. */
export const CORE_COLUMNS = [
  "name",
  "owner",
  "conversionToNext",
  "daysInStage",
  "entryCriteria",
  "exitCriteria",
] as const satisfies readonly TableColumn[];

/** The columns a table may have after the core six. */
export const OPTIONAL_COLUMNS = ["wonStage", "crmNames"] as const satisfies readonly TableColumn[];

/** The widest table: the core columns and both optional ones. */
export const MAX_TABLE_WIDTH = CORE_COLUMNS.length + OPTIONAL_COLUMNS.length;

/** Separates the names in a "CRM names" cell. */
const NAME_SEPARATOR = ";";

/** A table's columns, left to right from its first column. */
export type TableLayout = readonly TableColumn[];

export const CORE_LAYOUT: TableLayout = CORE_COLUMNS;

/** A cell as the text a person reads in it (dates as ISO days, blanks as ""). */
export function cellText(v: unknown): string {
  if (isDate(v)) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (isBlank(v)) return "";
  return String(v).trim();
}

function headerKey(v: unknown): string {
  return cellText(v).replace(/\s+/g, " ").toLowerCase();
}

let columnByLabel: Map<string, TableColumn> | undefined;

/**
 * The column a header cell names, in any of the five languages (or in a label an earlier version
 * wrote); undefined for anything else.
 */
export function columnOfHeader(v: unknown): TableColumn | undefined {
  if (!columnByLabel) {
    columnByLabel = new Map();
    for (const [column, labels] of Object.entries(FORMER_HEADER_LABELS) as [
      TableColumn,
      readonly string[],
    ][]) {
      for (const label of labels) columnByLabel.set(headerKey(label), column);
    }
    for (const language of LANGUAGES) {
      const header = stageTableMessages(language).header;
      for (const column of Object.keys(header) as TableColumn[]) {
        columnByLabel.set(headerKey(header[column]), column);
      }
    }
  }
  return columnByLabel.get(headerKey(v));
}

/**
 * The table's columns from its header row (values from the table's first column on), or undefined
 * when the row is no stage-table header. Each cell may be in any of the five languages.
 */
export function readLayout(header: readonly unknown[] | undefined): TableLayout | undefined {
  if (!header) return undefined;
  for (let i = 0; i < CORE_COLUMNS.length; i++) {
    if (columnOfHeader(header[i]) !== CORE_COLUMNS[i]) return undefined;
  }
  const layout: TableColumn[] = [...CORE_COLUMNS];
  for (let i = CORE_COLUMNS.length; i < MAX_TABLE_WIDTH; i++) {
    const column = columnOfHeader(header[i]);
    if (!column || !(OPTIONAL_COLUMNS as readonly string[]).includes(column)) break;
    if (layout.includes(column)) break;
    layout.push(column);
  }
  return layout;
}

/** The exit-criteria header in every language: what a search for stage tables looks for. */
export function exitCriteriaLabels(): string[] {
  return LANGUAGES.map((language) => stageTableMessages(language).header.exitCriteria);
}

/** The header row in a language, for a layout. */
export function headerRow(layout: TableLayout, text: StageTableMessages): string[] {
  return layout.map((column) => text.header[column]);
}

/**
 * Data rows of the table: those below the header down to the first row whose table cells are all
 * empty.
 */
export function countDataRows(values: readonly (readonly unknown[])[], width: number): number {
  let n = 0;
  for (;;) {
    const row = values[n + 1];
    if (!row) return n;
    let blank = true;
    for (let c = 0; c < width; c++) if (!isBlank(row[c])) blank = false;
    if (blank) return n;
    n++;
  }
}

/** The names in a "CRM names" cell: split at ";" or line breaks, trimmed, empty ones dropped. */
export function splitNames(v: unknown): string[] {
  return cellText(v)
    .split(/[;\n\r]/)
    .map((name) => trimStageName(name))
    .filter((name) => name !== "");
}

export function joinNames(names: readonly string[] | undefined): string {
  return (names ?? [])
    .map((name) => trimStageName(name))
    .filter((name) => name !== "")
    .join(`${NAME_SEPARATOR} `);
}

/** A ticked checkbox reads TRUE; typed text "TRUE" counts too. */
function isTicked(v: unknown): boolean {
  return v === true || (typeof v === "string" && v.trim().toLowerCase() === "true");
}

type Parsed = { value: number | null } | { error: string };

/** A rate or days cell: a number, or text read by the shared parser (SPEC §2.3); blank is null. */
function parseNumber(v: unknown, percent: boolean, m: RuleMessages): Parsed {
  if (isBlank(v)) return { value: null };
  const shown = cellText(v);
  // Only the rate column takes a percent sign; "14%" days would be a typo.
  const read = percent || !shown.endsWith("%") ? cellNumber(v) : undefined;
  if (typeof read === "number") return { value: read };
  if (read !== undefined && isAmbiguous(read))
    return { error: m.ambiguousNumber(shown, read.grouped, read.decimal) };
  return { error: percent ? m.notAPercentCell(shown) : m.notDays(shown) };
}

/** Where a table's rows are: which hold stages and which the names that end a record. */
export interface TableRows {
  /** Rows (0-based below the header) that are stages, top first. */
  stageRows: number[];
  /** The row listing names that end a record, when there is one. */
  endRow?: number;
}

/** A row that only lists CRM names is the row of names that end a record. */
function isEndRow(cells: readonly unknown[], layout: TableLayout): boolean {
  let hasNames = false;
  for (let c = 0; c < layout.length; c++) {
    const blank = isBlank(cells[c]);
    if (layout[c] === "crmNames") hasNames = !blank;
    else if (!blank) return false;
  }
  return hasNames;
}

/**
 * Reads the table (header row first) into a funnel. Cells that cannot be read become empty and
 * are reported; rule violations (from the shared schema) are reported with their sheet row
 * (`firstRow` is the header's row in the sheet).
 */
export function parseTable(
  values: readonly (readonly unknown[])[],
  layout: TableLayout,
  funnelRef: { key: string; name: string },
  m: RuleMessages,
  firstRow = 1,
): { funnel: Funnel; problems: RowProblem[]; tableRows: TableRows } {
  const problems: RowProblem[] = [];
  const at = (column: TableColumn) => layout.indexOf(column);
  const dataRows = values.slice(1, 1 + countDataRows(values, layout.length));
  const rows: TableRows = { stageRows: [] };
  const stages: Stage[] = [];
  const endNames: string[] = [];
  dataRows.forEach((cells, r) => {
    if (at("crmNames") >= 0 && isEndRow(cells, layout)) {
      if (rows.endRow !== undefined || r < dataRows.length - 1)
        problems.push({
          row: firstRow + 1 + r,
          message: m.endNamesPlace(String(firstRow + 1 + r)),
        });
      rows.endRow ??= r;
      endNames.push(...splitNames(cells[at("crmNames")]));
      return;
    }
    const i = stages.length;
    rows.stageRows.push(r);
    const sheetRow = firstRow + 1 + r;
    const number = (column: TableColumn & StageField, percent: boolean) => {
      const parsed = parseNumber(cells[at(column)], percent, m);
      if ("error" in parsed) {
        problems.push({ row: sheetRow, stageIndex: i, field: column, message: parsed.error });
        return null;
      }
      return parsed.value;
    };
    const stage: Stage = {
      name: cellText(cells[at("name")]),
      owner: cellText(cells[at("owner")]),
      conversionToNext: number("conversionToNext", true),
      daysInStage: number("daysInStage", false),
      entryCriteria: cellText(cells[at("entryCriteria")]),
      exitCriteria: cellText(cells[at("exitCriteria")]),
    };
    if (at("crmNames") >= 0) stage.crmNames = splitNames(cells[at("crmNames")]);
    stages.push(stage);
  });
  const funnel: Funnel = { key: funnelRef.key, name: funnelRef.name, stages };
  if (at("crmNames") >= 0) funnel.endNames = endNames;
  if (at("wonStage") >= 0) {
    const ticked = rows.stageRows.flatMap((r, i) =>
      isTicked(dataRows[r]?.[at("wonStage")]) ? [i] : [],
    );
    // No tick: the last stage is won. Two or more: the first counts, the others are reported.
    const first = ticked[0];
    if (first !== undefined && first < stages.length - 1) funnel.wonStageIndex = first;
    for (const i of ticked.slice(1)) {
      const row = firstRow + 1 + (rows.stageRows[i] ?? 0);
      const firstSheetRow = firstRow + 1 + (rows.stageRows[first ?? 0] ?? 0);
      problems.push({ row, stageIndex: i, message: m.oneWonStage(String(firstSheetRow)) });
    }
  }
  const validation = validateFunnel(funnel, m);
  if (!validation.ok) {
    for (const issue of validation.issues) {
      const [, index, field] = issue.path;
      if (typeof index === "number") {
        const f = field as StageField;
        if (problems.some((p) => p.stageIndex === index && p.field === f)) continue;
        const row = firstRow + 1 + (rows.stageRows[index] ?? index);
        problems.push({ row, stageIndex: index, field: f, message: issue.message });
      } else if (issue.path[0] === "endNames") {
        problems.push({ row: firstRow + 1 + (rows.endRow ?? 0), message: issue.message });
      } else problems.push({ row: firstRow, message: issue.message });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { funnel, problems, tableRows: rows };
}

/** The layout a funnel needs, keeping the optional columns a table already has, in their order. */
/**
 * The funnel as the stage editor gets it: this store keeps CRM names, so every stage carries its
 * list and the funnel its end names — empty when the table has no such column yet (the editor
 * offers the fields when they are there: src/wire/stageApi.ts).
 */
export function withCrmFields(funnel: Funnel): Funnel {
  return {
    ...funnel,
    stages: funnel.stages.map((s) => ({ ...s, crmNames: s.crmNames ?? [] })),
    endNames: funnel.endNames ?? [],
  };
}

export function layoutFor(funnel: Funnel, current: TableLayout | undefined): TableLayout {
  const layout: TableColumn[] = [...(current ?? CORE_LAYOUT)];
  const needs = (column: TableColumn) => !layout.includes(column) && layout.push(column);
  // The won column appears once a stage other than the last is won, and then stays.
  if (wonIndex(funnel) < funnel.stages.length - 1) needs("wonStage");
  const hasCrmNames =
    funnel.stages.some((s) => joinNames(s.crmNames) !== "") || joinNames(funnel.endNames) !== "";
  if (hasCrmNames) needs("crmNames");
  return layout;
}

export type TableValue = string | number | boolean;

/**
 * The table as cell values: the header row (its labels in a language), one row per stage, and —
 * with a "CRM names" column and names that end a record — one row listing those names.
 */
export function tableRows(
  funnel: Funnel,
  layout: TableLayout,
  header: readonly TableValue[],
): TableValue[][] {
  const number = (v: number | null) => (v === null ? "" : v);
  const won = wonIndex(funnel);
  const rows: TableValue[][] = [[...header]];
  funnel.stages.forEach((s, i) => {
    const value: Record<TableColumn, TableValue> = {
      name: s.name.trim(),
      owner: s.owner.trim(),
      conversionToNext: number(s.conversionToNext),
      daysInStage: number(s.daysInStage),
      entryCriteria: s.entryCriteria.trim(),
      exitCriteria: s.exitCriteria.trim(),
      wonStage: i === won ? true : "",
      crmNames: joinNames(s.crmNames),
    };
    rows.push(layout.map((column) => value[column]));
  });
  const endNames = joinNames(funnel.endNames);
  if (layout.includes("crmNames") && endNames !== "") {
    rows.push(layout.map((column) => (column === "crmNames" ? endNames : "")));
  }
  return rows;
}

/**
 * A short hash of the table (header and data rows) and its stage IDs, to detect edits since a
 * load. A formula cell counts by its formula, not its result: what the store keeps is the formula,
 * and a result may change when anything it reads changes.
 */
export function fingerprint(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
  ids: readonly string[],
): string {
  const text = JSON.stringify([
    values.map((row, r) =>
      row.map((v, c) => {
        const f = formulas[r]?.[c] ?? "";
        if (f !== "") return `=${f}`;
        return isDate(v) ? v.toISOString() : isBlank(v) ? "" : v;
      }),
    ),
    ids,
  ]);
  // Two FNV-1a variants → 64 bits: collisions between two versions of one table are negligible.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}
