/**
 * The server API of the *Export funnel as SQL…* dialog, shared by src/addon/sqlExportServer.ts and
 * the dialog's typed google.script.run wrapper. Plain JSON only (no Date crosses google.script.run).
 */
import type { FunnelSummary } from "./stageApi";

export interface SqlExportRequest {
  funnelKey: string;
  layout: string;
  dialect: string;
  table: string;
  /** log: [stage]; events: [record id, stage]; matrix: one per stage. */
  columns: string[];
}

/** The field of the dialog a problem belongs to, so the message can sit next to it. */
export type SqlExportField = "funnel" | "layout" | "dialect" | "table" | "columns";

export type SqlExportResult =
  { ok: true; sql: string } | { ok: false; field: SqlExportField; message: string };

export interface SqlExportApi {
  getFunnels(): FunnelSummary[];
  /** The funnel's stage names, top first, as its stage table holds them. */
  getFunnelStages(key: string): string[];
  exportFunnelSql(request: SqlExportRequest): SqlExportResult;
}
