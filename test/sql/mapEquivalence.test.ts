/**
 * SPEC §12 with stage maps: for a stage history and a stage-date matrix titled with CRM names,
 * FUNNEL_SQL's query on DuckDB and PostgreSQL gives exactly the numbers the built
 * STAGE_CONVERSION gives on the same random records read through the same map (rates compared
 * bit for bit), or both refuse an unknown name. Each property counts the cases it compared.
 * Needs `npm run build`.
 */
import fc from "fast-check";
import { loadCustomFunctions, type LoadedBundle } from "../../fakes/bundle";
import { attempt, expectSameRates, type Outcome } from "./outcome";
import { funnelRows, LOCAL_DIALECTS, openEngine, type Engine } from "./engines";
import { expectedReached, SEED } from "./funnelCases";
import { historyMapCase, matrixMapCase, matrixMapFurthest, matrixSheet } from "./mapCases";

const RUNS = 50;
jest.setTimeout(180_000);
const TABLE = "crm_data";

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadCustomFunctions();
  console.log(`FUNNEL_SQL stage-map equivalence: seed ${SEED}, ${RUNS} runs each`);
});

/** "same" when the numbers were compared, "refused" when both stopped on an unknown name. */
async function compare(
  engine: Engine,
  sql: string,
  js: Outcome,
  funnel: readonly string[],
  reached: number[],
): Promise<"same" | "refused"> {
  let db: { ok: true; rows: ReturnType<typeof funnelRows> } | { ok: false; message: string };
  try {
    db = { ok: true, rows: funnelRows(await engine.query(sql)) };
  } catch (e) {
    db = { ok: false, message: (e as Error).message };
  }
  if (!js.ok) {
    expect(js.message).toMatch(/^STAGE_CONVERSION: data: .* (is|are) not in stage_order/s);
    if (db.ok) throw new Error(`the query succeeded but STAGE_CONVERSION said: ${js.message}`);
    expect(db.message).toContain("is not in stage_order");
    return "refused";
  }
  if (!db.ok) throw new Error(`the query failed (${db.message}) but STAGE_CONVERSION returned`);
  expect(db.rows.map((r) => r.stage)).toEqual(funnel.map((n) => n.trim()));
  expect(db.rows.map((r) => r.records_reached)).toEqual(reached);
  expectSameRates(db.rows, js.rates);
  return "same";
}

describe.each(LOCAL_DIALECTS)(
  "FUNNEL_SQL with a stage map on %s equals STAGE_CONVERSION",
  (dialect) => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await openEngine(dialect);
    });
    afterAll(async () => {
      await engine?.close();
    });

    it("history layout: CRM names, lost names and rows in any order", async () => {
      const seen = { same: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(historyMapCase(), async (c) => {
          await engine.load(
            TABLE,
            [
              { name: "record id", type: c.idType },
              { name: "stage", type: "text" },
            ],
            c.table,
          );
          const js = attempt(() => bundle.call("STAGE_CONVERSION", c.sheet, c.map));
          const sql = bundle.call(
            "FUNNEL_SQL",
            c.map,
            TABLE,
            [["record id", "stage"]],
            "history",
            dialect,
          ) as string;
          const reached = expectedReached(
            c.funnel.length,
            c.furthest.filter((f) => f >= 0),
          );
          seen[await compare(engine, sql, js, c.funnel, reached)]++;
          expect(!js.ok).toBe(c.unknown);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      console.log(`${dialect} history: ${seen.same} compared, ${seen.refused} refused by both`);
      expect(seen.same).toBeGreaterThan(RUNS / 2);
      expect(seen.refused).toBeGreaterThan(0);
    });

    it("matrix layout: columns titled with CRM names (several per stage, lost ones left out)", async () => {
      let compared = 0;
      await fc.assert(
        fc.asyncProperty(matrixMapCase(), async (c) => {
          const columns = c.columns.map((_, i) => ({ name: `c${i + 1}`, type: "text" as const }));
          await engine.load(
            TABLE,
            columns,
            c.cells.map((row) => row.map((cell) => cell.text)),
          );
          const js = attempt(() => bundle.call("STAGE_CONVERSION", matrixSheet(c), c.map));
          const pairs = c.columns.map((col, i) => [`c${i + 1}`, col.title]);
          const sql = bundle.call("FUNNEL_SQL", c.map, TABLE, pairs, "matrix", dialect) as string;
          const reached = expectedReached(
            c.funnel.length,
            matrixMapFurthest(c).filter((f) => f >= 0),
          );
          if ((await compare(engine, sql, js, c.funnel, reached)) === "same") compared++;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      console.log(`${dialect} matrix: ${compared} compared`);
      expect(compared).toBe(RUNS);
    });
  },
);
