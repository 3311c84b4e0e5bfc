// SPEC §12 in the benchmark: FUNNEL_SQL's record-log query (from the built Code.js) over 10 million
// rows on DuckDB, in process. The records are spelled as a CRM export spells them (other cases,
// white space around, a no-break space), and the query's rates must equal STAGE_CONVERSION's on
// the same reached counts, bit for bit. bench/bench.ts calls warehouseRows() and reports its rows.
import { DuckDBInstance } from "@duckdb/node-api";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { median } from "./stats";
import type { BenchRow } from "./workload";

const ROWS = 10_000_000;
const RUNS = 3;
const STAGES = ["Visit", "Lead", "MQL", "SQL", "Opportunity", "Customer"];
/** Spellings per stage, picked by row: the query must fold and trim them all. */
const SPELLINGS = STAGES.map((s) => [s, ` ${s.toUpperCase()}`, `${s.toLowerCase()}\u00a0`]);

/** DuckDB text literal for the generator below (fixed, known-safe strings). */
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Runs the benchmark; returns rows for bench.ts's table. */
export async function warehouseRows(code: string): Promise<BenchRow[]> {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  const call = (name: string, ...args: unknown[]): unknown =>
    (vm.runInContext(name, context) as (...a: unknown[]) => unknown)(...args);
  const stageColumn = STAGES.map((s) => [s]);
  const sql = call("FUNNEL_SQL", stageColumn, "crm_log", "stage", "log", "duckdb");
  if (typeof sql !== "string") throw new Error(`FUNNEL_SQL gave ${JSON.stringify(sql)}`);

  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    // Furthest stages falling off down the funnel: stage j for roughly (1/2)^(j+1) of the rows.
    const spellings = SPELLINGS.map((list) => `[${list.map(lit).join(", ")}]`).join(", ");
    const start = performance.now();
    await connection.run(
      `CREATE TABLE crm_log AS
       SELECT list_extract(list_extract([${spellings}], stage + 1), (i % 3)::INTEGER + 1) AS stage
       FROM (SELECT i, LEAST(CAST(FLOOR(-LOG2(1 - (hash(i) % 1000000) / 1000000.0)) AS INTEGER), ${STAGES.length - 1}) AS stage
             FROM range(${ROWS}) AS r(i))`,
    );
    const loadMs = performance.now() - start;

    const times: number[] = [];
    let rows: unknown[][] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      rows = (await connection.runAndReadAll(sql)).getRows();
      times.push(performance.now() - t0);
    }
    const reached = rows.map((row) => Number(row[1]));
    const rates = rows.map((row) => (row[2] === null ? "" : row[2]));
    const conversion = call(
      "STAGE_CONVERSION",
      reached.map((n) => [n]),
    );
    const expected = Array.isArray(conversion)
      ? conversion.map((r: unknown) => (Array.isArray(r) ? (r[0] as unknown) : undefined))
      : [];
    const same =
      rates.length === expected.length && rates.every((v, i) => Object.is(v, expected[i]));
    const [[count] = []] = (
      await connection.runAndReadAll("SELECT COUNT(*) FROM crm_log")
    ).getRows();
    const total = Number(count);
    return [
      {
        what: `FUNNEL_SQL record-log query, ${(ROWS / 1e6).toFixed(0)} million rows on DuckDB (table built in ${(loadMs / 1000).toFixed(1)} s)`,
        measured: `${median(times).toFixed(0)} ms`,
        budget: "runs (SPEC §12)",
        ok: total === ROWS && reached[0] === ROWS,
      },
      {
        what: "  … its rates vs STAGE_CONVERSION on the same reached counts",
        measured: same ? "identical" : "DIFFERENT",
        budget: "bit for bit",
        ok: same,
      },
    ];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
