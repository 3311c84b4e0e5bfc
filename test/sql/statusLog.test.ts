/**
 * FUNNEL_SQL's record log with status (SPEC §3, "Layouts"; `columns`: the stage column and the
 * status column): on DuckDB and PostgreSQL the query gives exactly the rates the built
 * STAGE_CONVERSION gives on the same two columns read through the same stage map, with
 * `open_records` "include" and "exclude" — random logs with hostile stage names respelled, blank
 * stages, names mapped to no funnel stage, and statuses as CRMs write them (Pipedrive's words in
 * several languages and cases, blank, Salesforce's IsClosed as TRUE/FALSE text, 1/0, or a BOOLEAN
 * column) — or both refuse (an unknown stage, a status that is none of the words). The Pipedrive
 * deals export gives the brute-force figures. Needs `npm run build`.
 */
import fc from "fast-check";
import { loadCustomFunctions, thrownMessage, type LoadedBundle } from "../../fakes/bundle";
import {
  bruteConversion,
  PIPEDRIVE_MAP,
  pipedriveDealRecords,
  readCsv,
} from "../harness/crmFixtures";
import {
  funnelRows,
  LOCAL_DIALECTS,
  openEngine,
  type ColumnType,
  type Engine,
  type SqlCell,
} from "./engines";
import { SEED, stageName } from "./funnelCases";
import { attempt, expectSameRates, type Outcome } from "./outcome";
import { knownNames, mapCase, respelled, type MapCase } from "./mapCases";
import { normaliseStageName } from "../../src/core/stageName";
import { at } from "../harness/at";

const RUNS = 40;
jest.setTimeout(180_000);
const TABLE = "crm_deals";

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadCustomFunctions();
  console.log(`FUNNEL_SQL record log with status: seed ${SEED}, ${RUNS} runs each`);
});

/** A status as the sheet holds it and as the warehouse column holds it. */
interface StatusCell {
  sheet: unknown;
  sql: SqlCell;
}

/** A text status column: Pipedrive's words (several languages, cases, padding), blanks, IsClosed. */
const TEXT_STATUSES: StatusCell[] = [
  { sheet: "open", sql: "open" },
  { sheet: "Open", sql: "Open" },
  { sheet: "won", sql: "won" },
  { sheet: " Won ", sql: " Won " },
  { sheet: "lost", sql: "lost" },
  { sheet: "Closed Lost", sql: "Closed Lost" },
  { sheet: "Closed Won", sql: "Closed Won" },
  { sheet: "deleted", sql: "deleted" },
  { sheet: "", sql: null },
  { sheet: "", sql: "" },
  { sheet: "\u00a0", sql: "\u00a0" },
  { sheet: "ÖPPEN", sql: "ÖPPEN" },
  { sheet: "Выиграна", sql: "Выиграна" },
  { sheet: "输单", sql: "输单" },
  { sheet: "USUNIĘTA", sql: "USUNIĘTA" },
  { sheet: true, sql: "TRUE" },
  { sheet: false, sql: "FALSE" },
  { sheet: "true", sql: "true" },
  { sheet: 1, sql: "1" },
  { sheet: 0, sql: "0" },
];

/** Salesforce's IsClosed synced as a BOOLEAN column. */
const BOOL_STATUSES: StatusCell[] = [
  { sheet: true, sql: "true" },
  { sheet: false, sql: "false" },
  { sheet: "", sql: null },
];

/** A status neither reads: both refuse. */
const BAD_STATUS: StatusCell = { sheet: "pending", sql: "pending" };

interface StatusLogCase extends MapCase {
  /** The sheet's two columns: stage, status. */
  sheet: unknown[][];
  /** The warehouse's: stage, status. */
  table: SqlCell[][];
}

function statusLogCase(statuses: StatusCell[], bad: boolean): fc.Arbitrary<StatusLogCase> {
  return mapCase().chain((c) => {
    const known = knownNames(c);
    const name = fc.nat(known.length - 1).chain((i) => respelled(at(known, i)[0]));
    const blank = fc.constantFrom<[string, SqlCell]>(["", null], ["", ""], [" ", " "]);
    const stage = fc.oneof(
      { weight: 8, arbitrary: name.map((text): [string, SqlCell] => [text, text]) },
      { weight: 1, arbitrary: blank },
    );
    const status = fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom(...statuses) },
      // A BOOLEAN column cannot hold a wrong word.
      { weight: bad ? 1 : 0, arbitrary: fc.constant(BAD_STATUS) },
    );
    const stray = fc.oneof(
      { weight: 6, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: stageName },
    );
    return fc
      .tuple(
        name,
        fc.constantFrom(...statuses),
        fc.array(fc.tuple(stage, status), { minLength: 1, maxLength: 30 }),
        stray,
      )
      .map(([firstName, firstStatus, rest, strayName]) => {
        // The first record names a known stage, so the two columns read as a log with status.
        const rows: [[string, SqlCell], StatusCell][] = [
          [[firstName, firstName], firstStatus],
          ...rest,
        ];
        const knownKeys = new Set(known.map(([n]) => normaliseStageName(n)));
        if (strayName !== null && !knownKeys.has(normaliseStageName(strayName))) {
          rows.push([[strayName, strayName], at(statuses, 0)]);
        }
        return {
          ...c,
          sheet: rows.map(([[text], s]) => [text, s.sheet]),
          table: rows.map(([[, sql], s]) => [sql, s.sql]),
        };
      });
  });
}

/** The rates bit for bit, or both refusing the same data. */
async function compare(engine: Engine, query: string, js: Outcome): Promise<"same" | "refused"> {
  if (!js.ok) {
    expect(js.message).toMatch(
      /^STAGE_CONVERSION: data: (.* (is|are) not in stage_order|.* which is no status this reads)/s,
    );
    await expect(engine.query(query)).rejects.toThrow(
      /is not in stage_order|is no status this reads/,
    );
    return "refused";
  }
  const rows = funnelRows(await engine.query(query));
  expect(rows.length).toBe(js.rates.length);
  expectSameRates(rows, js.rates);
  return "same";
}

describe.each(LOCAL_DIALECTS)("FUNNEL_SQL record log with status on %s", (dialect) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine(dialect);
  });
  afterAll(async () => {
    await engine?.close();
  });

  const property = async (statuses: StatusCell[], statusType: ColumnType) => {
    const bad = statusType === "text";
    const seen = { same: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        statusLogCase(statuses, bad),
        fc.constantFrom("include", "exclude"),
        async (c, open) => {
          await engine.load(
            TABLE,
            [
              { name: "Deal - Stage", type: "text" },
              { name: "Deal - Status", type: statusType },
            ],
            c.table,
          );
          const js = attempt(() => bundle.call("STAGE_CONVERSION", c.sheet, c.map, "", open));
          const query = bundle.call(
            "FUNNEL_SQL",
            c.map,
            TABLE,
            [["Deal - Stage", "Deal - Status"]],
            "log",
            dialect,
            open,
          ) as string;
          seen[await compare(engine, query, js)]++;
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    return seen;
  };

  it("a text status column (Pipedrive's Status): the same rates as STAGE_CONVERSION", async () => {
    const seen = await property(TEXT_STATUSES, "text");
    console.log(`${dialect} text status: ${seen.same} compared, ${seen.refused} refused by both`);
    expect(seen.same).toBeGreaterThan(RUNS / 2);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("a BOOLEAN status column (Salesforce's IsClosed): the same rates as STAGE_CONVERSION", async () => {
    const seen = await property(BOOL_STATUSES, "bool");
    expect(seen.same).toBeGreaterThan(RUNS / 2);
  });

  it("the Pipedrive deals export (Stage, Status): the brute-force figures", async () => {
    const deals = readCsv("pipedrive-deals.csv");
    await engine.load(
      TABLE,
      [
        { name: "stage", type: "text" },
        { name: "status", type: "text" },
      ],
      deals.slice(1).map((r) => [at(r, 2), at(r, 3)]),
    );
    const records = pipedriveDealRecords(deals);
    for (const open of ["include", "exclude"] as const) {
      const query = bundle.call(
        "FUNNEL_SQL",
        PIPEDRIVE_MAP,
        TABLE,
        [["stage", "status"]],
        "log",
        dialect,
        open,
      ) as string;
      const rates = funnelRows(await engine.query(query)).map((r) => r.conversion_to_next ?? "");
      expect(rates).toEqual(bruteConversion(records, open === "exclude"));
      const log = deals.map((r) => [at(r, 2), at(r, 3)]);
      expect(rates).toEqual(
        (bundle.call("STAGE_CONVERSION", log, PIPEDRIVE_MAP, "", open) as unknown[][]).flat(),
      );
    }
  });
});

describe("FUNNEL_SQL record log: the columns it takes", () => {
  const err = (...args: unknown[]) => thrownMessage(() => bundle.call("FUNNEL_SQL", ...args));

  it("one or two names (stage, status); three is an error saying so", () => {
    expect(err(["Lead", "Won"], "crm.deals", [["stage", "status", "x"]], "log", "duckdb")).toBe(
      "FUNNEL_SQL: columns: has 3 names but the log layout needs 1 or 2: the column holding each record's stage and (optionally) its status column",
    );
  });

  it('"exclude" on a log without its status column names the fix', () => {
    expect(err(["Lead", "Won"], "crm.deals", "stage", "log", "duckdb", "exclude")).toBe(
      'FUNNEL_SQL: open_records: "exclude" needs to know which records are still open, but a log of each record\'s stage shows no status — give its status column (open, won, lost) after the stage column, or use the history or matrix layout with a stage map whose lost names (Closed Lost) appear in the data',
    );
  });
});
