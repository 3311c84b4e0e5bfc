/**
 * SPEC §12: for every layout and every dialect run locally, FUNNEL_SQL's query gives exactly the
 * numbers the built STAGE_CONVERSION gives on the same random records (rates compared bit for bit
 * with Object.is), or both stop with an unknown-stage error. Needs `npm run build`.
 */
import fc from "fast-check";
import { loadCustomFunctions, type LoadedBundle } from "../../fakes/bundle";
import { funnelRows, LOCAL_DIALECTS, openEngine, type Engine, type SqlCell } from "./engines";
import {
  eventsCase,
  expectedReached,
  logCase,
  matrixCase,
  matrixColumns,
  matrixFurthest,
  matrixTable,
  SEED,
  sheetLog,
  tableLog,
} from "./funnelCases";

const RUNS = 60;
jest.setTimeout(120_000);
const TABLE = "funnel_data";

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadCustomFunctions();
  // Printed so a failure can be replayed: FUNNEL_SQL_SEED=<seed> npx jest test/sql
  console.log(`FUNNEL_SQL equivalence properties: seed ${SEED}, ${RUNS} runs each`);
});

type Outcome = { ok: true; rates: (number | "")[] } | { ok: false; message: string };

function attempt(fn: () => unknown): Outcome {
  try {
    const grid = fn() as (number | string)[][];
    return { ok: true, rates: grid.flat() as (number | "")[] };
  } catch (e) {
    return { ok: false, message: String((e as { message?: unknown }).message ?? e) };
  }
}

async function runQuery(engine: Engine, sql: string) {
  try {
    return { ok: true as const, rows: funnelRows(await engine.query(sql)) };
  } catch (e) {
    return { ok: false as const, message: (e as Error).message };
  }
}

/** The query's rows against the function's result and the directly counted reach. */
async function expectSameNumbers(
  engine: Engine,
  sql: string,
  js: Outcome,
  names: readonly string[],
  reached: () => number[],
): Promise<void> {
  const db = await runQuery(engine, sql);
  if (!js.ok) {
    expect(js.message).toMatch(/^STAGE_CONVERSION: data: .* (is|are) not in stage_order/s);
    if (db.ok) throw new Error(`the query succeeded but STAGE_CONVERSION said: ${js.message}`);
    expect(db.message).toContain("is not in stage_order");
    return;
  }
  if (!db.ok) throw new Error(`the query failed (${db.message}) but STAGE_CONVERSION returned`);
  expect(db.rows.map((r) => r.stage)).toEqual(names.map((n) => n.trim()));
  expect(db.rows.map((r) => r.records_reached)).toEqual(reached());
  db.rows.forEach((row, i) => {
    const want = js.rates[i];
    if (want === "") expect(row.conversion_to_next).toBeNull();
    else if (!Object.is(row.conversion_to_next, want))
      throw new Error(
        `stage ${i + 1}: query ${row.conversion_to_next}, function ${want} (function: ${JSON.stringify(js.rates)}, query: ${JSON.stringify(db.rows)})`,
      );
  });
}

function funnelSql(...args: unknown[]): string {
  return bundle.call("FUNNEL_SQL", ...args) as string;
}

describe.each(LOCAL_DIALECTS)("FUNNEL_SQL on %s equals STAGE_CONVERSION", (dialect) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine(dialect);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it("log layout: random record logs with hostile stage names", async () => {
    await fc.assert(
      fc.asyncProperty(
        logCase(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        async (c, nulls) => {
          await engine.load(TABLE, [{ name: "stage", type: "text" }], tableLog(c, nulls));
          const stages = c.names.map((n) => [n]);
          const js = attempt(() => bundle.call("STAGE_CONVERSION", sheetLog(c), stages));
          const sql = funnelSql(stages, TABLE, "stage", "log", dialect);
          await expectSameNumbers(engine, sql, js, c.names, () =>
            expectedReached(
              c.names.length,
              c.records.filter((r) => r.stage >= 0).map((r) => r.stage),
            ),
          );
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("events layout: each record's furthest stage from its events", async () => {
    await fc.assert(
      fc.asyncProperty(eventsCase(), async (c) => {
        await engine.load(
          TABLE,
          [
            { name: "record id", type: c.idType },
            { name: "stage", type: "text" },
          ],
          c.rows as SqlCell[][],
        );
        const stages = c.names.map((n) => [n]);
        const js = attempt(() => bundle.call("STAGE_CONVERSION", sheetLog(c), stages));
        const sql = funnelSql(stages, TABLE, [["record id", "stage"]], "events", dialect);
        await expectSameNumbers(engine, sql, js, c.names, () =>
          expectedReached(
            c.names.length,
            c.records.filter((r) => r.stage >= 0).map((r) => r.stage),
          ),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("matrix layout: DATE and TEXT columns, as the stage-date matrix with method reached", async () => {
    await fc.assert(
      fc.asyncProperty(matrixCase(), async (c) => {
        const columns = matrixColumns(c);
        await engine.load(TABLE, columns, matrixTable(c));
        const sheet = c.cells.map((row) => row.map((cell) => cell.sheet));
        const js = attempt(() => bundle.call("STAGE_CONVERSION", sheet));
        const sql = funnelSql(
          c.names.map((n) => [n]),
          TABLE,
          [columns.map((col) => col.name)],
          "matrix",
          dialect,
        );
        await expectSameNumbers(engine, sql, js, c.names, () =>
          expectedReached(c.names.length, matrixFurthest(c)),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
