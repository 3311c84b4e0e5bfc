/**
 * Real SQL engines for the FUNNEL_SQL tests, in process and offline: DuckDB (@duckdb/node-api)
 * and PostgreSQL (PGlite). Test data is loaded through each engine's own API (appender, bound
 * parameters) — never through the code under test — and results come back as plain rows.
 */
import { DuckDBInstance, dateValue, type DuckDBConnection } from "@duckdb/node-api";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { at } from "../harness/at";

export type LocalDialect = "duckdb" | "postgres";
export const LOCAL_DIALECTS: readonly LocalDialect[] = ["duckdb", "postgres"];

export type ColumnType = "text" | "date" | "int" | "bool";
export interface TableColumn {
  name: string;
  type: ColumnType;
}
/** A cell to load: text, an ISO date (for date columns), an integer, "true"/"false" (bool), or NULL. */
export type SqlCell = string | number | null;

/** One result row of a funnel query. */
export interface FunnelRow {
  stage: string;
  records_reached: number;
  conversion_to_next: number | null;
}

export interface Engine {
  dialect: LocalDialect;
  /** Creates (replacing) a table with exactly these names and loads the rows. */
  load(table: string, columns: readonly TableColumn[], rows: readonly SqlCell[][]): Promise<void>;
  /** Runs a query; values as JavaScript numbers (BIGINT converted when exact) and strings. */
  query(sql: string): Promise<{ columns: string[]; rows: unknown[][] }>;
  close(): Promise<void>;
}

function dq(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

const DUCK_TYPES: Record<ColumnType, string> = {
  text: "VARCHAR",
  date: "DATE",
  int: "BIGINT",
  bool: "BOOLEAN",
};
const PG_TYPES: Record<ColumnType, string> = {
  text: "TEXT",
  date: "DATE",
  int: "BIGINT",
  bool: "BOOLEAN",
};

function plain(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER))
      throw new Error(`BIGINT ${value} is not exact as a number`);
    return Number(value);
  }
  return value;
}

const DAY_MS = 86_400_000;

export async function openDuckDb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection: DuckDBConnection = await instance.connect();
  return {
    dialect: "duckdb",
    async load(table, columns, rows) {
      const defs = columns.map((c) => `${dq(c.name)} ${DUCK_TYPES[c.type]}`).join(", ");
      await connection.run(`CREATE OR REPLACE TABLE ${dq(table)} (${defs})`);
      const appender = await connection.createAppender(table);
      for (const row of rows) {
        columns.forEach((column, i) => {
          const v = at(row, i);
          if (v === null) appender.appendNull();
          else if (column.type === "text") appender.appendVarchar(String(v));
          else if (column.type === "int") appender.appendBigInt(BigInt(v));
          else if (column.type === "bool") appender.appendBoolean(v === "true");
          else appender.appendDate(dateValue(Math.round(Date.parse(String(v)) / DAY_MS)));
        });
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
    },
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      return {
        columns: reader.columnNames(),
        rows: reader.getRows().map((r) => r.map(plain)),
      };
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

/** PGlite runs in a worker thread (test/sql/pgliteWorker.mjs): see there why. */
export async function openPostgres(): Promise<Engine> {
  const worker = new Worker(join(__dirname, "pgliteWorker.mjs"));
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", () => resolve());
  });
  worker.on("message", (m: { id: number; result?: unknown; error?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve(m.result);
  });
  const send = (message: { kind: string; sql?: string; params?: unknown[] }) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  return {
    dialect: "postgres",
    async load(table, columns, rows) {
      const defs = columns.map((c) => `${dq(c.name)} ${PG_TYPES[c.type]}`).join(", ");
      await send({
        kind: "exec",
        sql: `DROP TABLE IF EXISTS ${dq(table)}; CREATE TABLE ${dq(table)} (${defs})`,
      });
      if (rows.length === 0) return;
      // One statement: each column as an array parameter, unnested side by side.
      const arrays = columns.map((_c, i) => rows.map((r) => (r[i] === null ? null : String(r[i]))));
      const unnest = columns.map((c, i) => `$${i + 1}::${PG_TYPES[c.type]}[]`).join(", ");
      await send({
        kind: "query",
        sql: `INSERT INTO ${dq(table)} SELECT * FROM unnest(${unnest})`,
        params: arrays,
      });
    },
    async query(sql) {
      const r = (await send({ kind: "query", sql })) as { columns: string[]; rows: unknown[][] };
      return { columns: r.columns, rows: r.rows.map((row) => row.map(plain)) };
    },
    async close() {
      await send({ kind: "close" });
      await worker.terminate();
    },
  };
}

export function openEngine(dialect: LocalDialect): Promise<Engine> {
  return dialect === "duckdb" ? openDuckDb() : openPostgres();
}

/** A funnel query's result as typed rows (and a check of its three columns). */
export function funnelRows(result: { columns: string[]; rows: unknown[][] }): FunnelRow[] {
  expect(result.columns).toEqual(["stage", "records_reached", "conversion_to_next"]);
  return result.rows.map(([stage, reached, rate]) => ({
    stage: stage as string,
    records_reached: reached as number,
    conversion_to_next: rate as number | null,
  }));
}
