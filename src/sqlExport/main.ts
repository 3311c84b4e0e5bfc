/**
 * The *Export funnel as SQL…* dialog (SPEC §12): pick the funnel, layout, dialect, table and
 * columns (for a record log, optionally its status column, and then whether open records count); the query is built here, as each field changes, by the same generator FUNNEL_SQL uses
 * (src/core/sql) — no round trip per edit (SPEC §8). The page opens with the funnel list and the
 * stage names of the funnel in view; another funnel's stages are fetched once when it is picked.
 * User text goes in through value/textContent only.
 */
import { messageOf } from "../core/messageOf";
import { DIALECTS, type Dialect } from "../core/sql/dialect";
import { funnelSql, type Layout } from "../core/sql/funnelQuery";
import { SqlArgumentError } from "../core/sql/identifiers";
import { sqlExportMessages } from "../i18n/sqlExport";
import { button, el, field, select, showIssues } from "../pages/dom";
import { readPageData } from "../pages/pageData";
import { serverClient } from "../pages/server";
import type { SqlExportData } from "../wire/pages";
import type { SqlExportApi } from "../wire/sqlExportApi";
import { describeSqlProblem } from "./problems";

const page = readPageData<SqlExportData>();
const t = sqlExportMessages(page.language);
const server = serverClient<SqlExportApi>();

/** The layouts offered ("events" is FUNNEL_SQL's earlier word for "history"). */
type DialogLayout = Exclude<Layout, "events">;
const DIALOG_LAYOUTS: readonly DialogLayout[] = ["log", "history", "matrix"];
const LAYOUT_LABEL: Readonly<Record<DialogLayout, string>> = {
  log: t.layoutLog,
  history: t.layoutHistory,
  matrix: t.layoutMatrix,
};
const DIALECT_LABEL: Readonly<Record<Dialect, string>> = {
  bigquery: t.dialectBigQuery,
  postgres: "PostgreSQL",
  duckdb: "DuckDB",
};

/** Stage names by funnel key: the one handed in, and each fetched once. */
const stagesOf = new Map<string, string[]>();
if (page.funnelKey !== null) stagesOf.set(page.funnelKey, page.stages);

/** A column name suggested for a stage's date column: its letters and digits, then _date. */
function dateColumnFor(stage: string): string {
  const base = stage
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_|_$/g, ""); // runs are already one "_" each
  return `${base || "stage"}_date`;
}

const funnelSelect = select(
  page.funnels.map((f) => ({ value: f.key, label: f.name })),
  page.funnelKey ?? "",
  { id: "funnel" },
);
const layoutSelect = select(
  DIALOG_LAYOUTS.map((l) => ({ value: l, label: LAYOUT_LABEL[l] })),
  "log",
  { id: "layout" },
);
const dialectSelect = select(
  DIALECTS.map((d) => ({ value: d, label: DIALECT_LABEL[d] })),
  "bigquery",
  { id: "dialect" },
);
const tableInput = el("input", {
  id: "table",
  value: "my-project.crm.stage_log",
  spellcheck: "false",
  autocomplete: "off",
});
const columnsBox = el("div", { class: "columns", id: "columns" });
const openSelect = select(
  [
    { value: "include", label: t.openInclude },
    { value: "exclude", label: t.openExclude },
  ],
  "include",
  { id: "open-records" },
);
/** Open records can be left out of a log with its status column only: the dialog reads the
 * funnel's stage names, not a stage map's lost names (FUNNEL_SQL in a cell takes Funnel_Map). */
const openField = field(t.openRecords, openSelect, "open_records");
const columnsError = el("div", {
  class: "field-error",
  id: "columns-error",
  "data-issue": "columns",
  "aria-live": "polite",
});
const output = el("textarea", {
  id: "sql",
  readonly: true,
  spellcheck: "false",
  "aria-label": t.query,
});
const status = el("div", { class: "status", id: "status", role: "status", "aria-live": "polite" });
const copyButton = button(t.copy, { class: "primary", id: "copy", disabled: true }, () => {
  void copy();
});
const closeButton = button(t.close, { id: "close" }, () => google.script.host.close());

/** Column names typed so far, per layout, so switching layouts back keeps them. */
const typed: Partial<Record<DialogLayout, string[]>> = {
  log: ["stage", ""],
  history: ["record_id", "stage"],
};

function layout(): DialogLayout {
  return DIALOG_LAYOUTS.find((l) => l === layoutSelect.value) ?? "log";
}

function dialect(): Dialect {
  return DIALECTS.find((d) => d === dialectSelect.value) ?? "bigquery";
}

function stages(): string[] {
  return stagesOf.get(funnelSelect.value) ?? [];
}

function columnLabels(l: DialogLayout): string[] {
  if (l === "log") return [t.stageColumn, t.statusColumn];
  if (l === "history") return [t.recordIdColumn, t.stageColumn];
  return stages().map((s) => t.dateColumn(s));
}

function drawColumns(): void {
  const l = layout();
  openField.hidden = l !== "log";
  const labels = columnLabels(l);
  const names = typed[l] ?? stages().map(dateColumnFor);
  typed[l] = names;
  columnsBox.replaceChildren(
    ...labels.map((label, i) => {
      const input = el("input", {
        id: `column-${i}`,
        value: names[i] ?? "",
        spellcheck: "false",
        autocomplete: "off",
        "data-column": i,
      });
      input.addEventListener("input", () => {
        names[i] = input.value;
        generate();
      });
      return el("div", { class: "field" }, el("label", { for: input.id, text: label }), input);
    }),
  );
}

function setStatus(text: string, kind: "" | "ok" | "error" = ""): void {
  status.textContent = text;
  status.className = `status ${kind}`.trim();
}

/** The columns to query: a log's status column only when one is typed. */
function columnsFor(l: DialogLayout): string[] {
  const names = [...(typed[l] ?? [])];
  return l === "log" && (names[1] ?? "").trim() === "" ? names.slice(0, 1) : names;
}

/** The query for what the fields say now, or the problem next to its field. */
function generate(): void {
  const l = layout();
  try {
    output.value = funnelSql({
      stages: stages(),
      table: tableInput.value,
      columns: columnsFor(l),
      layout: l,
      dialect: dialect(),
      openRecords: l === "log" && openSelect.value === "exclude" ? "exclude" : "include",
    });
    copyButton.disabled = false;
    showIssues(document, new Map());
    setStatus("");
  } catch (e) {
    if (!(e instanceof SqlArgumentError)) throw e;
    const { field: at, message } = describeSqlProblem(e, t);
    output.value = "";
    copyButton.disabled = true;
    showIssues(document, new Map([[at, message]]));
    setStatus(at === "funnel" ? t.fixStageTable : t.checkField, "error");
  }
}

async function copy(): Promise<void> {
  const text = output.value;
  try {
    await navigator.clipboard.writeText(text);
    setStatus(t.copiedPaste, "ok");
    return;
  } catch {
    // The dialog's frame may not allow the clipboard API; a selection copy works there.
  }
  output.focus();
  output.select();
  const copied = document.execCommand("copy");
  setStatus(copied ? t.copied : t.pressCopy, copied ? "ok" : "");
}

/** Another funnel picked: its stages (fetched the first time), its own date columns. */
async function switchFunnel(): Promise<void> {
  const key = funnelSelect.value;
  if (!stagesOf.has(key)) {
    setStatus(t.loading);
    output.value = "";
    copyButton.disabled = true;
    try {
      stagesOf.set(key, await server.getFunnelStages(key));
    } catch (e) {
      setStatus(t.couldNotLoad(messageOf(e)), "error");
      return;
    }
    if (funnelSelect.value !== key) return;
  }
  delete typed.matrix;
  drawColumns();
  generate();
}

document.body.append(
  el("p", { class: "intro" }, t.intro),
  el(
    "div",
    { class: "row" },
    field(t.funnel, funnelSelect, "funnel"),
    field(t.layout, layoutSelect, "layout"),
    field(t.dialect, dialectSelect, "dialect"),
  ),
  field(t.table, tableInput, "table"),
  el("fieldset", {}, el("legend", { text: t.columns }), columnsBox, columnsError, openField),
  output,
  el("div", { class: "actions" }, status, closeButton, copyButton),
);
if (page.funnels.length === 0) {
  setStatus(t.noFunnel, "error");
} else {
  funnelSelect.addEventListener("change", () => void switchFunnel());
  layoutSelect.addEventListener("change", () => {
    drawColumns();
    generate();
  });
  dialectSelect.addEventListener("change", generate);
  openSelect.addEventListener("change", generate);
  tableInput.addEventListener("input", generate);
  drawColumns();
  generate();
}
