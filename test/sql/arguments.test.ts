/** FUNNEL_SQL's arguments through the built bundle: defaults, and every error names its argument. */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const STAGES = [["Lead"], ["MQL"], ["Customer"]];
const call = (...args: unknown[]) => bundle.call("FUNNEL_SQL", ...args);
const error = (...args: unknown[]) => thrownMessage(() => call(...args));

describe("FUNNEL_SQL arguments", () => {
  it("returns one text cell; layout and dialect default to log and BigQuery", () => {
    const sql = call(STAGES, "my-project.crm.stage_log", "stage");
    expect(typeof sql).toBe("string");
    expect(sql).toBe(call(STAGES, "my-project.crm.stage_log", [["stage"]], "log", "bigquery"));
    expect(sql).toBe(call(STAGES, "my-project.crm.stage_log", "stage", "", [[""]]));
    expect(sql).toContain("FROM `my-project`.`crm`.`stage_log`");
  });

  it("option words ignore case and spaces", () => {
    expect(call(STAGES, "t", [["id", "stage"]], " Events ", "PostGres")).toBe(
      call(STAGES, "t", [["id", "stage"]], "events", "postgres"),
    );
  });

  it.each([
    [
      [STAGES, "t", "stage", "rows"],
      /^FUNNEL_SQL: layout: "rows" is not an option — use one of "log", "history", "events", "matrix"$/,
    ],
    [
      [STAGES, "t", "stage", "log", "mysql"],
      /^FUNNEL_SQL: dialect: "mysql" is not an option — use one of "bigquery", "postgres", "duckdb"$/,
    ],
    [
      [[["Lead"], ["lead "]], "t", "stage"],
      /^FUNNEL_SQL: stage_order: item 2 "lead" repeats item 1 — stage names must be unique/,
    ],
    [[[["Lead"], [""], ["SQL"]], "t", "stage"], /^FUNNEL_SQL: stage_order: item 2 is empty/],
    [["", "t", "stage"], /^FUNNEL_SQL: stage_order: is empty/],
    [[STAGES, "", "stage"], /^FUNNEL_SQL: table: is empty — enter a table name/],
    [[STAGES, [["a", "b"]], "stage"], /^FUNNEL_SQL: table: is a range of several cells/],
    [[STAGES, 42, "stage"], /^FUNNEL_SQL: table: is 42 — enter a table name as text/],
    [
      [STAGES, "crm.log; DROP TABLE x", "stage"],
      /^FUNNEL_SQL: table: "crm.log; DROP TABLE x" holds ";", which a name cannot contain — give the table as project.dataset.table/,
    ],
    [[STAGES, "a.b.c.d", "stage"], /^FUNNEL_SQL: table: "a.b.c.d" has more than three parts/],
    [[STAGES, "crm..log", "stage"], /^FUNNEL_SQL: table: "crm..log" has an empty part/],
    [[STAGES, "crm.`log`", "stage"], /^FUNNEL_SQL: table: .* holds "`"/],
    [
      // Two names are a log with its status column (test/sql/statusLog.test.ts); three are not.
      [STAGES, "t", [["id", "stage", "status"]]],
      /^FUNNEL_SQL: columns: has 3 names but the log layout needs 1 or 2: the column holding each record's stage and \(optionally\) its status column$/,
    ],
    [
      [STAGES, "t", "stage", "events"],
      /^FUNNEL_SQL: columns: has 1 name but the events layout needs 2: the record id and the stage column$/,
    ],
    [
      [STAGES, "t", [["a", "b"]], "matrix"],
      /^FUNNEL_SQL: columns: has 2 names but the matrix layout needs 3: one date column per stage, in stage order$/,
    ],
    [
      [STAGES, "t", 'stage"; --'],
      /^FUNNEL_SQL: columns: "stage\\"; --" holds "\\"", which a name cannot contain/,
    ],
    [
      [STAGES, "t", "a  b"],
      /^FUNNEL_SQL: columns: "a {2}b" starts or ends with a space, or has two in a row/,
    ],
    [
      [STAGES, "t", "stage", "log", "postgres", "include", "x"],
      /^FUNNEL_SQL: arguments: takes at most 6 arguments but got 7/,
    ],
    [
      [[["Lead"], ["a\u0000b"]], "t", "stage"],
      /^FUNNEL_SQL: stage_order: item 2 holds a character SQL text cannot carry/,
    ],
    [
      [[["Lead"], ["a\ud800b"]], "t", "stage"],
      /^FUNNEL_SQL: stage_order: item 2 holds a character SQL text cannot carry/,
    ],
  ])("%j → %s", (args, message) => {
    expect(error(...(args as unknown[]))).toMatch(message);
  });

  it("a query longer than a cell holds (50 000 characters) is an error that points to the dialog", () => {
    const stages = Array.from({ length: 40 }, (_v, i) => [`Stage ${i} ${"x".repeat(700)}`]);
    expect(error(stages, "t", "stage")).toMatch(
      /^FUNNEL_SQL: result: the query has \d+ characters, more than a cell holds \(50 000\) — use the Export funnel as SQL dialog$/,
    );
  });

  it("PostgreSQL names longer than 63 bytes are refused (PostgreSQL would cut them short)", () => {
    const long = "é".repeat(32);
    expect(error(STAGES, long, "stage", "log", "postgres")).toMatch(
      /^FUNNEL_SQL: table: .* is longer than PostgreSQL's 63-byte names/,
    );
    expect(typeof call(STAGES, long, "stage", "log", "duckdb")).toBe("string");
  });
});
