/**
 * Random funnels and records for the FUNNEL_SQL equivalence tests: hostile stage names (quotes,
 * backslashes, comment and statement markers, final sigma, dotted İ, the Kelvin sign, white space
 * JavaScript trims — U+00A0, U+2028, U+3000 — and characters it doesn't), and records spelled with
 * other cases and surrounding white space. Each case carries the same records as a sheet holds
 * them (for STAGE_CONVERSION) and as a warehouse table holds them (for the query).
 */
import fc from "fast-check";
import { normaliseStageName } from "../../src/core/stageName";
import type { SqlCell, TableColumn } from "./engines";
import { at } from "../harness/at";

/** The seed every property in test/sql uses; FUNNEL_SQL_SEED overrides it to replay a failure. */
export const SEED = Number(process.env.FUNNEL_SQL_SEED ?? 1411);

const PIECES = [
  "Lead",
  "MQL",
  "sql",
  "Won",
  "a",
  "B",
  "'",
  "''",
  "\\",
  "\\'",
  "--",
  ";",
  "/*",
  "*/",
  '"',
  "`",
  "$$",
  "%",
  "_",
  "?",
  "Σ",
  "ς",
  "σ",
  "ΠΕΛΆΤΗΣ",
  "İ",
  "i\u0307",
  "I",
  "\u212a",
  "k",
  "ß",
  "Ä",
  "Воронка",
  "漏斗",
  "😀",
  "\u0307",
  "\u200b",
  "\u00a0",
  " ",
  "\t",
  "\u2028",
  "\u3000",
  "\n",
];

/** Leading and trailing white space a CRM export may carry (all of it JavaScript's trim set). */
const PADDING = ["", "", " ", "  ", "\u00a0", "\t", "\u3000", "\u2028", "\ufeff", " \u00a0 "];

export const stageName: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(""))
  .filter((name) => name.trim() !== "");

export function stageNames(min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(stageName, {
    minLength: min,
    maxLength: max,
    selector: normaliseStageName,
  });
}

/** The name as another user might type it: each character's case changed or not, padded. */
function spelling(name: string): fc.Arbitrary<string> {
  const chars = Array.from(name);
  return fc
    .tuple(
      fc.array(fc.constantFrom(0, 1, 2), { minLength: chars.length, maxLength: chars.length }),
      fc.constantFrom(...PADDING),
      fc.constantFrom(...PADDING),
    )
    .map(
      ([cases, before, after]) =>
        before +
        chars
          .map((c, i) => (cases[i] === 1 ? c.toUpperCase() : cases[i] === 2 ? c.toLowerCase() : c))
          .join("") +
        after,
    );
}

/**
 * A spelling that still matches (ß → SS does not): the earlier events of a record are not in the
 * sheet's log, so they must not be what makes the query refuse.
 */
function matchingSpelling(name: string): fc.Arbitrary<string> {
  const key = normaliseStageName(name);
  return spelling(name).map((t) => (normaliseStageName(t) === key ? t : name));
}

/** A record: blank (−1), at a stage (its index and spelling), or at a stage not in the list. */
export interface RecordAt {
  stage: number;
  text: string;
}

const BLANKS = ["", " ", "\u00a0", "\t\n", "\u3000"];

function recordAt(names: readonly string[]): fc.Arbitrary<RecordAt> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...BLANKS).map((text) => ({ stage: -1, text })) },
    {
      weight: 12,
      arbitrary: fc
        .nat(names.length - 1)
        .chain((j) => spelling(at(names, j)).map((text) => ({ stage: j, text }))),
    },
  );
}

export interface LogCase {
  names: string[];
  records: RecordAt[];
  /** A record whose stage is not in the list, inserted at this position, or none. */
  unknown?: { at: number; text: string };
}

export function logCase(minStages = 1): fc.Arbitrary<LogCase> {
  return stageNames(minStages, 6).chain((names) =>
    fc
      .tuple(
        fc.array(recordAt(names), { minLength: 1, maxLength: 40 }),
        // One case in six has a record whose stage is not in the list (both must then refuse).
        fc.oneof(
          { weight: 5, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.tuple(fc.nat(40), stageName) },
        ),
      )
      .map(([records, unknown]) => {
        const known = new Set(names.map(normaliseStageName));
        const u =
          unknown && !known.has(normaliseStageName(unknown[1]))
            ? { at: Math.min(unknown[0], records.length), text: unknown[1] }
            : undefined;
        return { names, records, unknown: u };
      }),
  );
}

/** The sheet's record-log column, as Sheets sends it ("" for an empty cell). */
export function sheetLog(c: LogCase): unknown[][] {
  const texts = c.records.map((r) => r.text);
  if (c.unknown) texts.splice(c.unknown.at, 0, c.unknown.text);
  return texts.map((t) => [t]);
}

/** The same column in the warehouse: an empty cell becomes NULL or '' (either, at random). */
export function tableLog(c: LogCase, nulls: readonly boolean[]): SqlCell[][] {
  return sheetLog(c).map(([t], i) => [t === "" && nulls[i % nulls.length] ? null : (t as string)]);
}

/** How many records reached each stage, counted directly from the model. */
export function expectedReached(k: number, furthest: readonly number[]): number[] {
  const reached = new Array<number>(k).fill(0);
  for (const j of furthest) for (let s = 0; s <= j; s++) reached[s] = at(reached, s) + 1;
  return reached;
}

/**
 * Events: each record's rows are some of the stages up to its furthest (always that one), in a
 * random order, with other spellings; blank records leave blank rows or none; rows with no record
 * id (ignored by the query, documented) may hold anything.
 */
export interface EventsCase extends LogCase {
  idType: "int" | "text";
  rows: SqlCell[][];
}

export function eventsCase(): fc.Arbitrary<EventsCase> {
  return logCase().chain((c) => {
    const perRecord = c.records.map((r, id) => {
      if (r.stage < 0)
        return fc
          .array(fc.constantFrom<SqlCell>(null, "", " "), { maxLength: 2 })
          .map((cells) => cells.map((cell) => [id, cell] as [number, SqlCell]));
      return fc
        .subarray(Array.from({ length: r.stage }, (_v, s) => s))
        .chain((earlier) =>
          fc
            .tuple(...earlier.map((s) => matchingSpelling(at(c.names, s))))
            .map((texts) => [
              [id, r.text] as [number, SqlCell],
              ...texts.map((t) => [id, t] as [number, SqlCell]),
            ]),
        );
    });
    return fc
      .tuple(
        fc.tuple(...perRecord),
        fc.constantFrom<"int" | "text">("int", "text"),
        fc.array(fc.oneof(stageName, fc.constant("")), { maxLength: 2 }),
        fc.integer({ min: 0, max: 1000 }),
      )
      .map(([groups, idType, orphans, shuffleSeed]) => {
        const rows: [SqlCell, SqlCell][] = groups.flat();
        if (c.unknown) rows.push([c.records.length, c.unknown.text]);
        for (const o of orphans) rows.push([null, o]);
        shuffle(rows, shuffleSeed);
        const typed = rows.map(([id, stage]) => [
          id === null ? null : idType === "int" ? id : `id '${id}\\`,
          stage,
        ]);
        return { ...c, idType, rows: typed };
      });
  });
}

function shuffle<T>(items: T[], seed: number): void {
  let s = seed + 1;
  for (let i = items.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [items[i], items[j]] = [at(items, j), at(items, i)];
  }
}

/** A stage-date matrix cell as the sheet holds it and as a DATE or TEXT column holds it. */
interface MatrixCell {
  sheet: unknown;
  date: SqlCell;
  text: SqlCell;
  reached: boolean;
}

const MATRIX_CELLS: MatrixCell[] = [
  { sheet: "", date: null, text: null, reached: false },
  { sheet: "", date: null, text: "", reached: false },
  { sheet: "  ", date: null, text: "  ", reached: false },
  { sheet: "\u00a0", date: null, text: "\u00a0", reached: false },
  { sheet: false, date: null, text: "FALSE", reached: false },
  { sheet: 0, date: null, text: "0", reached: false },
  { sheet: true, date: "2026-01-05", text: "TRUE", reached: true },
  { sheet: 1, date: "2026-01-05", text: "1", reached: true },
  { sheet: "x", date: "2026-01-05", text: "x", reached: true },
  { sheet: " x\u00a0", date: "2026-01-05", text: " x\u00a0", reached: true },
  { sheet: "\u3000\t", date: null, text: "\u3000\t", reached: false },
];

function dateCell(day: number): MatrixCell {
  const iso = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
  // Sheets sends a date cell as a Date; the warehouse column holds the same calendar day.
  return { sheet: new Date(2026, 0, 1 + day), date: iso, text: iso, reached: true };
}

export interface MatrixCase {
  names: string[];
  columnTypes: ("date" | "text")[];
  cells: MatrixCell[][];
}

export function matrixCase(): fc.Arbitrary<MatrixCase> {
  return stageNames(2, 6).chain((names) =>
    fc
      .tuple(
        fc.array(fc.constantFrom<"date" | "text">("date", "text"), {
          minLength: names.length,
          maxLength: names.length,
        }),
        fc.array(
          fc.array(
            fc.oneof(
              { weight: 3, arbitrary: fc.nat(300).map(dateCell) },
              { weight: 4, arbitrary: fc.constantFrom(...MATRIX_CELLS) },
            ),
            { minLength: names.length, maxLength: names.length },
          ),
          { minLength: 2, maxLength: 30 },
        ),
      )
      .map(([columnTypes, rows]) => ({
        names,
        columnTypes,
        // A DATE column can only hold dates and NULLs: other reached values become dates there.
        cells: rows,
      })),
  );
}

export function matrixColumns(c: MatrixCase): TableColumn[] {
  return c.columnTypes.map((type, i) => ({ name: `stage ${i + 1} date`, type }));
}

export function matrixTable(c: MatrixCase): SqlCell[][] {
  return c.cells.map((row) =>
    row.map((cell, i) => (c.columnTypes[i] === "date" ? cell.date : cell.text)),
  );
}

export function matrixFurthest(c: MatrixCase): number[] {
  return c.cells
    .map((row) => {
      let j = row.length - 1;
      while (j >= 0 && !at(row, j).reached) j--;
      return j;
    })
    .filter((j) => j >= 0);
}
