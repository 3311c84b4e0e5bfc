/**
 * FUNNEL_SQL's `open_records` "exclude" (SPEC §3, docs/crm-data.md "Open records"): on DuckDB and
 * PostgreSQL the query gives exactly the rates the built STAGE_CONVERSION gives with
 * `open_records` "exclude" on the same records read through the same stage map — random stage
 * histories with dates (ties and undated rows included, reopened records) and random stage-date
 * matrices with lost columns — or both refuse. The HubSpot fixture's matrix gives the docs'
 * figures. Needs `npm run build`.
 */
import fc from "fast-check";
import { loadCustomFunctions, thrownMessage, type LoadedBundle } from "../../fakes/bundle";
import { HUBSPOT_MAP, readCsv } from "../harness/crmFixtures";
import { attempt, expectSameRates, type Outcome } from "./outcome";
import { funnelRows, LOCAL_DIALECTS, openEngine, type Engine, type SqlCell } from "./engines";
import { SEED } from "./funnelCases";
import { historyMapCase, matrixMapCase, matrixSheet } from "./mapCases";
import { at } from "../harness/at";

const RUNS = 40;
jest.setTimeout(180_000);
const TABLE = "crm_data";
const DAY_MS = 86_400_000;

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadCustomFunctions();
  console.log(`FUNNEL_SQL open_records equivalence: seed ${SEED}, ${RUNS} runs each`);
});

/** A date serial as the ISO day a DATE column holds. */
function isoDay(serial: number): string {
  return new Date((serial - 25569) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * "same" when the rates were compared bit for bit, "refused" when both refused: the function
 * and the query builder for data that shows nothing closed, or the function and the query
 * itself for an unknown name.
 */
async function compare(engine: Engine, sql: Outcome, js: Outcome): Promise<"same" | "refused"> {
  if (!js.ok) {
    if (/open_records: "exclude" needs to know/.test(js.message)) {
      expect(sql.ok).toBe(false);
      if (!sql.ok)
        expect(sql.message).toMatch(/^FUNNEL_SQL: open_records: "exclude" needs to know/);
      return "refused";
    }
    expect(js.message).toMatch(/^STAGE_CONVERSION: data: .* (is|are) not in stage_order/s);
    // A map without lost names is refused before any data is read.
    if (!sql.ok && /^FUNNEL_SQL: open_records: "exclude" needs to know/.test(sql.message))
      return "refused";
    if (!sql.ok) throw new Error(`FUNNEL_SQL refused: ${sql.message}`);
    await expect(engine.query(at(sql.rates, 0) as string)).rejects.toThrow(/is not in stage_order/);
    return "refused";
  }
  if (!sql.ok) throw new Error(`FUNNEL_SQL refused (${sql.message}) but STAGE_CONVERSION returned`);
  const rows = funnelRows(await engine.query(at(sql.rates, 0) as string));
  expectSameRates(rows, js.rates);
  return "same";
}

describe.each(LOCAL_DIALECTS)(
  "FUNNEL_SQL open_records on %s equals STAGE_CONVERSION",
  (dialect) => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await openEngine(dialect);
    });
    afterAll(async () => {
      await engine?.close();
    });

    it('history layout with dates: "exclude" leaves open records out (latest event decides)', async () => {
      const seen = { same: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(historyMapCase(), fc.integer({ min: 1, max: 3 }), async (c, perDay) => {
          // Several rows a day (ties: a closing event wins), every fifth row undated.
          const dates = c.table.map((_, i) =>
            i % 5 === 4 ? null : 46_000 + Math.floor(i / perDay),
          );
          await engine.load(
            TABLE,
            [
              { name: "record id", type: c.idType },
              { name: "stage", type: "text" },
              { name: "changed at", type: "date" },
            ],
            c.table.map((row, i): SqlCell[] => {
              const d = at(dates, i);
              return [...row, d === null ? null : isoDay(d)];
            }),
          );
          const sheet = c.sheet.map((row, i) => [at(row, 0), at(row, 1), at(dates, i) ?? ""]);
          const js = attempt(() => bundle.call("STAGE_CONVERSION", sheet, c.map, "", "exclude"));
          const sql = attempt(() =>
            bundle.call(
              "FUNNEL_SQL",
              c.map,
              TABLE,
              [["record id", "stage", "changed at"]],
              "history",
              dialect,
              "exclude",
            ),
          );
          seen[await compare(engine, sql, js)]++;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      console.log(`${dialect} history: ${seen.same} compared, ${seen.refused} refused by both`);
      expect(seen.same).toBeGreaterThan(RUNS / 3);
    });

    it("history layout without a date column: any closing event closes the record", async () => {
      let compared = 0;
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
          const sheet = c.sheet.map((row) => [at(row, 0), at(row, 1), ""]);
          const js = attempt(() => bundle.call("STAGE_CONVERSION", sheet, c.map, "", "exclude"));
          const sql = attempt(() =>
            bundle.call(
              "FUNNEL_SQL",
              c.map,
              TABLE,
              [["record id", "stage"]],
              "history",
              dialect,
              "exclude",
            ),
          );
          if ((await compare(engine, sql, js)) === "same") compared++;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(compared).toBeGreaterThan(RUNS / 3);
    });

    it("matrix layout: a reached lost column or the last stage closes a record", async () => {
      const seen = { same: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(matrixMapCase(), async (c) => {
          const columns = c.columns.map((_, i) => ({ name: `c${i + 1}`, type: "text" as const }));
          await engine.load(
            TABLE,
            columns,
            c.cells.map((row) => row.map((cell) => cell.text)),
          );
          const js = attempt(() =>
            bundle.call("STAGE_CONVERSION", matrixSheet(c), c.map, "", "exclude"),
          );
          const pairs = c.columns.map((col, i) => [`c${i + 1}`, col.title]);
          const sql = attempt(() =>
            bundle.call("FUNNEL_SQL", c.map, TABLE, pairs, "matrix", dialect, "exclude"),
          );
          seen[await compare(engine, sql, js)]++;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      console.log(`${dialect} matrix: ${seen.same} compared, ${seen.refused} refused by both`);
      expect(seen.same).toBeGreaterThan(RUNS / 4);
      expect(seen.refused).toBeGreaterThan(0);
    });

    it("the HubSpot export's Date entered columns: the docs' figures (docs/crm-data.md)", async () => {
      const rows = readCsv("hubspot-deals.csv");
      const header = at(rows, 0).slice(5);
      const columns = header.map((_, i) => ({
        name: `date_entered_${i + 1}`,
        type: "text" as const,
      }));
      await engine.load(
        TABLE,
        columns,
        rows.slice(1).map((row) => row.slice(5).map((cell) => (cell === "" ? null : cell))),
      );
      const pairs = header.map((title, i) => [`date_entered_${i + 1}`, title]);
      const query = (open: string) =>
        bundle.call("FUNNEL_SQL", HUBSPOT_MAP, TABLE, pairs, "matrix", dialect, open) as string;
      const rates = async (open: string) =>
        funnelRows(await engine.query(query(open))).map((r) =>
          r.conversion_to_next === null ? "" : Number(r.conversion_to_next.toFixed(4)),
        );
      expect(await rates("include")).toEqual([1, 1, 0.625, 0.4, ""]);
      expect(await rates("exclude")).toEqual([1, 1, 0.7692, 0.6667, ""]);
      const sheet = rows.map((r) => r.slice(5));
      expect(
        (bundle.call("STAGE_CONVERSION", sheet, HUBSPOT_MAP, "", "exclude") as unknown[][])[0],
      ).toEqual(
        funnelRows(await engine.query(query("exclude"))).map((r) => r.conversion_to_next ?? ""),
      );
    });
  },
);

describe("FUNNEL_SQL open_records: data that cannot show open records is refused", () => {
  const err = (...args: unknown[]) => thrownMessage(() => bundle.call("FUNNEL_SQL", ...args));
  const MAP = [
    ["Lead", "Lead"],
    ["Demo", "Opportunity"],
    ["Won", "Customer"],
  ];

  it("a log without its status column, a history without lost names, a matrix without a lost column", () => {
    expect(err(MAP, "crm.deals", "stage", "log", "duckdb", "exclude")).toBe(
      'FUNNEL_SQL: open_records: "exclude" needs to know which records are still open, but a log of each record\'s stage shows no status — give its status column (open, won, lost) after the stage column, or use the history or matrix layout with a stage map whose lost names (Closed Lost) appear in the data',
    );
    expect(err(MAP, "crm.history", [["id", "stage"]], "history", "duckdb", "exclude")).toMatch(
      /^FUNNEL_SQL: open_records: "exclude" needs to know which records are still open, but stage_order has no name mapped to no funnel stage \(Closed Lost\)/,
    );
    expect(
      err(
        [...MAP, ["Lost", ""]],
        "crm.deals",
        [
          ["lead_at", "Lead"],
          ["demo_at", "Demo"],
          ["won_at", "Won"],
        ],
        "matrix",
        "duckdb",
        "exclude",
      ),
    ).toMatch(/^FUNNEL_SQL: open_records: .* but no column holds a name mapped to no funnel stage/);
    expect(err(MAP, "crm.deals", "stage", "log", "duckdb", "later")).toBe(
      'FUNNEL_SQL: open_records: "later" is not an option — use one of "include", "exclude"',
    );
  });

  it('"include" is the query as before, byte for byte', () => {
    const args = [MAP, "crm.history", [["id", "stage"]], "history", "duckdb"];
    expect(bundle.call("FUNNEL_SQL", ...args, "include")).toBe(bundle.call("FUNNEL_SQL", ...args));
  });
});
