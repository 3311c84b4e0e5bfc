/**
 * BigQuery has no local engine: its queries are pinned as golden files, compared exactly (through
 * the built bundle). Review a diff by reading it; refresh with UPDATE_GOLDEN=1 npx jest test/sql/golden.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCustomFunctions } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const GOLDEN = join(__dirname, "golden");

const CASES: { file: string; args: unknown[] }[] = [
  {
    file: "bigquery-log-inbound.sql",
    args: [
      [["Visit"], ["Lead"], ["MQL"], ["SQL"], ["Customer"]],
      "my-project.crm.stage_log",
      "stage",
    ],
  },
  {
    file: "bigquery-events-hostile.sql",
    args: [
      [["Lead"], ["MQL's \\ 'fit'"], ["'; DROP TABLE x; --"], ["Won\u00a0\u2028"]],
      "my-project.crm.stage-events",
      [["deal id", "stage"]],
      "events",
      "bigquery",
    ],
  },
  {
    file: "bigquery-matrix-unicode.sql",
    args: [
      [["Πελάτης"], ["İlgi"], ["Воронка"], ["漏斗"]],
      "crm.stage_dates",
      [["visit_date", "lead_date", "mql_date", "won_date"]],
      "matrix",
      "bigquery",
    ],
  },
  {
    file: "bigquery-log-unicode.sql",
    args: [[["Πελάτης"], ["İlgi"], ["Kunde"], ["漏斗 😀"]], "crm.log", "stage"],
  },
];

describe("BigQuery golden files", () => {
  it.each(CASES)("$file", ({ file, args }) => {
    const sql = bundle.call("FUNNEL_SQL", ...args) as string;
    const path = join(GOLDEN, file);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, sql);
    expect(sql).toBe(readFileSync(path, "utf8"));
  });
});
