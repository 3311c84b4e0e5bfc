/**
 * Random stage maps for the FUNNEL_SQL equivalence tests: funnel stages and CRM names drawn from
 * the hostile names of funnelCases (quotes, backslashes, final sigma, dotted İ, the Kelvin sign,
 * white space JavaScript trims), several CRM names per stage and names mapped to no funnel stage
 * (Closed Lost); records as a stage history (record id, stage, date) and as a stage-date matrix
 * whose columns are titled with CRM names. Each case carries the sheet's form (for the function),
 * the warehouse table's, and the reach counted directly from the model.
 */
import fc from "fast-check";
import { normaliseStageName } from "../../src/core/stageName";
import type { SqlCell } from "./engines";
import { stageName, stageNames } from "./funnelCases";
import { at } from "../harness/at";

/** A funnel and the names its data may use: each with its stage, or -1 for no funnel stage. */
export interface MapCase {
  funnel: string[];
  /** Every known name but the funnel's own: [name, stage or -1]. */
  crm: [string, number][];
  /** The stage map as the stage table writes it: (stage, stage), (crm, stage) …, (lost, ""). */
  map: string[][];
}

export function mapCase(): fc.Arbitrary<MapCase> {
  return stageNames(2, 5).chain((funnel) =>
    fc
      .tuple(
        stageNames(1, 6),
        fc.array(fc.integer({ min: -1, max: funnel.length - 1 }), { minLength: 6, maxLength: 6 }),
      )
      .map(([extra, targets]) => {
        const taken = new Set(funnel.map(normaliseStageName));
        const crm: [string, number][] = [];
        extra.forEach((name, i) => {
          if (taken.has(normaliseStageName(name))) return;
          taken.add(normaliseStageName(name));
          crm.push([name, at(targets, i)]);
        });
        const map: string[][] = [];
        funnel.forEach((stage, s) => {
          map.push([stage, stage]);
          for (const [name, t] of crm) if (t === s) map.push([name, stage]);
        });
        for (const [name, t] of crm) if (t < 0) map.push([name, ""]);
        return { funnel, crm, map };
      }),
  );
}

/** Every known name with its stage: the funnel's own first. */
export function knownNames(c: MapCase): [string, number][] {
  return [...c.funnel.map((name, s): [string, number] => [name, s]), ...c.crm];
}

/** The name as another user might type it: case changed, padded with trimmed white space. */
export function respelled(name: string): fc.Arbitrary<string> {
  const padding = ["", "", " ", "\u00a0", "\t", "\u3000"];
  return fc
    .tuple(fc.boolean(), fc.constantFrom(...padding), fc.constantFrom(...padding))
    .map(([upper, before, after]) => {
      const cased = upper ? name.toUpperCase() : name;
      // Only a spelling that still matches (ß → SS does not).
      const text = normaliseStageName(cased) === normaliseStageName(name) ? cased : name;
      return before + text + after;
    });
}

export interface HistoryMapCase extends MapCase {
  idType: "int" | "text";
  /** Warehouse rows: (record id, stage); NULL ids are rows the query ignores. */
  table: SqlCell[][];
  /** The sheet's history: (record id, stage, date); "" where the table has NULL. */
  sheet: unknown[][];
  /** Each record's furthest funnel stage (-1: none). */
  furthest: number[];
  /** An unknown name in the data: both must refuse. */
  unknown: boolean;
}

export function historyMapCase(): fc.Arbitrary<HistoryMapCase> {
  return mapCase().chain((c) => {
    const known = knownNames(c);
    const event = fc
      .nat(known.length - 1)
      .chain((i) => respelled(at(known, i)[0]).map((text) => ({ text, stage: at(known, i)[1] })));
    const blank = fc.constantFrom("", " ", "\u00a0").map((text) => ({ text, stage: -2 }));
    const record = fc.array(
      fc.oneof({ weight: 8, arbitrary: event }, { weight: 1, arbitrary: blank }),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    return fc
      .tuple(
        fc.array(record, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<"int" | "text">("int", "text"),
        fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: stageName }),
        fc.integer({ min: 0, max: 1000 }),
      )
      .map(([records, idType, stray, seed]) => {
        const id = (r: number) => (idType === "int" ? r : `id '${r}\\`);
        const rows: { id: SqlCell; text: string }[] = [];
        records.forEach((events, r) =>
          events.forEach((e) => rows.push({ id: id(r), text: e.text })),
        );
        const knownKeys = new Set(known.map(([n]) => normaliseStageName(n)));
        const unknown = stray !== null && !knownKeys.has(normaliseStageName(stray));
        if (unknown) rows.push({ id: id(records.length), text: stray });
        // Rows without a record id: ignored by both, whatever their stage.
        rows.push({ id: null, text: stray ?? "anything" });
        let s = seed + 1;
        for (let i = rows.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [rows[i], rows[j]] = [at(rows, j), at(rows, i)];
        }
        const furthest = records.map((events) =>
          events.reduce((top, e) => (e.stage > top ? e.stage : top), -1),
        );
        return {
          ...c,
          idType,
          table: rows.map((r) => [r.id, r.text]),
          // Serial dates: a history's third column; conversion doesn't read them.
          sheet: rows.map((r, i) => [r.id ?? "", r.text, 46_000 + i]),
          furthest,
          unknown,
        };
      });
  });
}

/** A matrix cell as the sheet holds it, as a TEXT column holds it, and whether it is reached. */
const CELLS: { sheet: unknown; text: SqlCell; reached: boolean }[] = [
  { sheet: "", text: null, reached: false },
  { sheet: "", text: "", reached: false },
  { sheet: " ", text: " ", reached: false },
  { sheet: false, text: "FALSE", reached: false },
  { sheet: 0, text: "0", reached: false },
  { sheet: true, text: "TRUE", reached: true },
  { sheet: 1, text: "1", reached: true },
  { sheet: "2026-01-05", text: "2026-01-05", reached: true },
  { sheet: "x", text: "x", reached: true },
];

export interface MatrixMapCase extends MapCase {
  /** Per column: the title a CRM gives it (a known name, respelled) and the stage it holds. */
  columns: { title: string; stage: number }[];
  cells: (typeof CELLS)[number][][];
}

export function matrixMapCase(): fc.Arbitrary<MatrixMapCase> {
  return mapCase().chain((c) => {
    const known = knownNames(c);
    return (
      fc
        // Two columns at least: one column with a title is a record log's shape.
        .shuffledSubarray(known, { minLength: 2, maxLength: known.length })
        .chain((picked) =>
          fc.tuple(
            fc.tuple(
              ...picked.map(([name, stage]) => respelled(name).map((title) => ({ title, stage }))),
            ),
            fc.array(
              fc.array(fc.constantFrom(...CELLS), {
                minLength: picked.length,
                maxLength: picked.length,
              }),
              { minLength: 1, maxLength: 25 },
            ),
          ),
        )
        .map(([columns, cells]) => ({ ...c, columns, cells }))
    );
  });
}

/** The sheet's matrix: its header row of titles, then the records. */
export function matrixSheet(c: MatrixMapCase): unknown[][] {
  return [
    c.columns.map((col) => col.title),
    ...c.cells.map((row) => row.map((cell) => cell.sheet)),
  ];
}

export function matrixMapFurthest(c: MatrixMapCase): number[] {
  return c.cells.map((row) =>
    row.reduce((top, cell, i) => {
      const stage = at(c.columns, i).stage;
      return cell.reached && stage > top ? stage : top;
    }, -1),
  );
}
