/**
 * SQL injection through FUNNEL_SQL's inputs (SPEC §3, §12): a hostile table, column or stage name
 * either is refused with a clear `FUNNEL_SQL: argument: …` error, or gives a query that runs and
 * returns exactly what the clean query returns on the same data — same columns, same rows, same
 * numbers — and leaves the database as it was. Checked by running both on DuckDB and PGlite.
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import { funnelRows, LOCAL_DIALECTS, openEngine, type Engine, type FunnelRow } from "./engines";
import { at } from "../harness/at";

jest.setTimeout(60_000);
const bundle = loadCustomFunctions();
const sqlFor = (...args: unknown[]) => bundle.call("FUNNEL_SQL", ...args) as string;

const CLEAN = ["Lead", "MQL", "SQL", "Customer"];
/** Each record's furthest stage, by index: 4 leads, 3 MQLs, 2 SQLs, 1 customer stopped there. */
const FURTHEST = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3];

const HOSTILE_STAGES = [
  "'; DROP TABLE clean_log; --",
  "' OR '1'='1",
  "\\'",
  "\\\\'; SELECT 1; --",
  "$$; SELECT 1; $$",
  "*/ SELECT 1 /*",
  "'||chr(65)||'",
  "E'\\x27'",
  "line\n-- comment",
  "sep\u2028arator",
  "\u202eevil\u202c",
  "`backtick`",
  '"quoted"',
  "%s?$1",
];

/** Accepted names that are still awkward: reserved words, dashes, comment markers, scripts. */
const AWKWARD_TABLES = [
  "select",
  "from-to",
  "a--b",
  "Воронка данных",
  "漏斗_2026",
  "order",
  "t -- x",
];
const AWKWARD_COLUMNS = ["from", "stage--name", "Этап", "group by"];

const REFUSED_NAMES = [
  "t; DROP TABLE clean_log",
  "t' OR '1'='1",
  't"; DROP TABLE clean_log; --',
  "t`; DROP TABLE clean_log; --",
  "t\\",
  "t/*x*/",
  "t)",
  "t\nx",
  "t\u2028x",
  ".",
  "a.b.c.d",
  "two  spaces",
];

async function rowsOf(engine: Engine, sql: string): Promise<FunnelRow[]> {
  return funnelRows(await engine.query(sql));
}

async function tableCount(engine: Engine): Promise<number> {
  const r = await engine.query(
    engine.dialect === "duckdb"
      ? "SELECT COUNT(*) FROM duckdb_tables()"
      : "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'",
  );
  return at(r.rows, 0)[0] as number;
}

describe.each(LOCAL_DIALECTS)("FUNNEL_SQL injection on %s", (dialect) => {
  let engine: Engine;
  let clean: FunnelRow[];
  beforeAll(async () => {
    engine = await openEngine(dialect);
    await engine.load(
      "clean_log",
      [{ name: "stage", type: "text" }],
      FURTHEST.map((j) => [at(CLEAN, j)]),
    );
    clean = await rowsOf(
      engine,
      sqlFor(
        CLEAN.map((n) => [n]),
        "clean_log",
        "stage",
        "log",
        dialect,
      ),
    );
    expect(clean.map((r) => r.records_reached)).toEqual([10, 6, 3, 1]);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it.each(HOSTILE_STAGES)("stage name %j is only a literal", async (hostile) => {
    for (let position = 0; position < CLEAN.length; position++) {
      const names = CLEAN.map((n, i) => (i === position ? hostile : n));
      // The records spell the hostile stage in capitals with white space around it.
      const spelled = (j: number) =>
        j === position ? `\u00a0${at(names, j).toUpperCase()} ` : at(names, j);
      await engine.load(
        "hostile_log",
        [{ name: "stage", type: "text" }],
        FURTHEST.map((j) => [spelled(j)]),
      );
      const before = await tableCount(engine);
      const rows = await rowsOf(
        engine,
        sqlFor(
          names.map((n) => [n]),
          "hostile_log",
          "stage",
          "log",
          dialect,
        ),
      );
      expect(rows).toEqual(clean.map((r, i) => ({ ...r, stage: names[i] })));
      expect(await tableCount(engine)).toBe(before);
    }
  });

  it.each(AWKWARD_TABLES)("table %j is quoted and read as that table", async (table) => {
    await engine.load(
      table,
      [{ name: "stage", type: "text" }],
      FURTHEST.map((j) => [at(CLEAN, j)]),
    );
    const rows = await rowsOf(
      engine,
      sqlFor(
        CLEAN.map((n) => [n]),
        table,
        "stage",
        "log",
        dialect,
      ),
    );
    expect(rows).toEqual(clean);
  });

  it.each(AWKWARD_COLUMNS)("column %j is quoted and read as that column", async (column) => {
    await engine.load(
      "awkward_events",
      [
        { name: `${column} id`, type: "int" },
        { name: column, type: "text" },
      ],
      FURTHEST.map((j, id) => [id, at(CLEAN, j)]),
    );
    const rows = await rowsOf(
      engine,
      sqlFor(
        CLEAN.map((n) => [n]),
        "awkward_events",
        [[`${column} id`, column]],
        "events",
        dialect,
      ),
    );
    expect(rows).toEqual(clean);
  });

  it("a schema-qualified table is two quoted parts", async () => {
    const schema = dialect === "duckdb" ? "main" : "public";
    const rows = await rowsOf(
      engine,
      sqlFor(
        CLEAN.map((n) => [n]),
        `${schema}.clean_log`,
        "stage",
        "log",
        dialect,
      ),
    );
    expect(rows).toEqual(clean);
  });

  it.each(REFUSED_NAMES)("name %j is refused as a table and as a column", (name) => {
    expect(thrownMessage(() => sqlFor([["Lead"]], name, "stage", "log", dialect))).toMatch(
      /^FUNNEL_SQL: table: /,
    );
    expect(thrownMessage(() => sqlFor([["Lead"]], "t", name, "log", dialect))).toMatch(
      /^FUNNEL_SQL: columns: /,
    );
  });
});

/**
 * BigQuery has no local engine here: its literals are read back with BigQuery's own escape rules
 * (backslash escapes; a quote inside must be escaped, `''` is not a quote) to show each hostile
 * name is one literal whose value is the name, and the rest of the query is the clean one's.
 */
describe("FUNNEL_SQL injection on BigQuery (literals read back)", () => {
  /** Splits a GoogleSQL text into literal values and the code between them. */
  function lex(sql: string): { code: string; literals: string[] } {
    let code = "";
    const literals: string[] = [];
    for (let i = 0; i < sql.length; i++) {
      const ch = sql[i];
      if (ch === "-" && sql[i + 1] === "-") {
        const end = sql.indexOf("\n", i);
        i = end < 0 ? sql.length : end;
        code += "\n";
        continue;
      }
      if (ch !== "'") {
        code += ch;
        continue;
      }
      let value = "";
      for (i++; ; i++) {
        if (i >= sql.length) throw new Error("unterminated literal");
        const c = sql[i];
        if (c === "\n" || c === "\r") throw new Error("raw line break inside a literal");
        if (c === "'") break;
        if (c !== "\\") {
          value += c;
          continue;
        }
        const e = sql[++i];
        if (e === "u" || e === "U") {
          const width = e === "u" ? 4 : 8;
          value += String.fromCodePoint(parseInt(sql.slice(i + 1, i + 1 + width), 16));
          i += width;
        } else if (e === "\\" || e === "'" || e === '"' || e === "`") value += e;
        else throw new Error(`unexpected escape \\${e}`);
      }
      literals.push(value);
      code += "?";
    }
    return { code, literals };
  }

  it.each(HOSTILE_STAGES)(
    "stage name %j reads back as itself, the query's code unchanged",
    (hostile) => {
      const names = ["Lead", hostile, "Customer"];
      const cleanNames = ["Lead", "Placeholder", "Customer"];
      const hostileLex = lex(
        sqlFor(
          names.map((n) => [n]),
          "p.d.t",
          "stage",
        ),
      );
      const cleanLex = lex(
        sqlFor(
          cleanNames.map((n) => [n]),
          "p.d.t",
          "stage",
        ),
      );
      expect(hostileLex.code).toBe(cleanLex.code);
      // stage_list's literals come first, in order.
      expect(hostileLex.literals.slice(0, 3)).toEqual(names.map((n) => n.trim()));
    },
  );
});
