/**
 * The *Export funnel as SQL…* dialog: pick the funnel, layout, dialect, table and columns; the
 * server builds the query from the funnel's stage table (FUNNEL_SQL's generator) and the dialog
 * shows it with a Copy button. User text goes in through value/textContent only.
 */
import type { SqlExportApi, SqlExportField, SqlExportRequest } from "../wire/sqlExportApi";
import type { FunnelSummary } from "../wire/stageApi";
import { button, el, field, select, showIssues } from "../sidebar/dom";
import { serverOf } from "../sidebar/server";
import { resolveLanguage } from "../i18n/languages";
import { sqlExportMessages } from "../i18n/sqlExport";

/** The user's language, which the server wrote into <html lang> (src/addon/pageLanguage.ts). */
const t = sqlExportMessages(resolveLanguage(document.documentElement.lang));

const callServer = serverOf<SqlExportApi>();

const LAYOUTS = [
  { value: "log", label: t.layoutLog },
  { value: "events", label: t.layoutEvents },
  { value: "matrix", label: t.layoutMatrix },
];
const DIALECTS = [
  { value: "bigquery", label: t.dialectBigQuery },
  { value: "postgres", label: "PostgreSQL" },
  { value: "duckdb", label: "DuckDB" },
];

/** A column name suggested for a stage's date column: its letters and digits, then _date. */
function dateColumnFor(stage: string): string {
  const base = stage
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_|_$/g, ""); // runs are already one "_" each
  return `${base || "stage"}_date`;
}

const funnelSelect = el("select", { id: "funnel" });
const layoutSelect = select(LAYOUTS, "log", { id: "layout" });
const dialectSelect = select(DIALECTS, "bigquery", { id: "dialect" });
const tableInput = el("input", {
  id: "table",
  value: "my-project.crm.stage_log",
  spellcheck: "false",
  autocomplete: "off",
});
const columnsBox = el("div", { class: "columns", id: "columns" });
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

let stages: string[] = [];
/** Column names typed so far, per layout, so switching layouts back keeps them. */
const typed: Record<string, string[]> = { log: ["stage"], events: ["record_id", "stage"] };
let request = 0;
let timer: number | undefined;

function columnLabels(layout: string): string[] {
  if (layout === "log") return [t.stageColumn];
  if (layout === "events") return [t.recordIdColumn, t.stageColumn];
  return stages.map((s) => t.dateColumn(s));
}

function drawColumns(): void {
  const layout = layoutSelect.value;
  const labels = columnLabels(layout);
  const names = typed[layout] ?? stages.map(dateColumnFor);
  typed[layout] = names;
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
        schedule();
      });
      return el("div", { class: "field" }, el("label", { for: input.id, text: label }), input);
    }),
  );
}

function setStatus(text: string, kind: "" | "ok" | "error" = ""): void {
  status.textContent = text;
  status.className = `status ${kind}`.trim();
}

function schedule(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void generate(), 150);
}

async function generate(): Promise<void> {
  const mine = ++request;
  const body: SqlExportRequest = {
    funnelKey: funnelSelect.value,
    layout: layoutSelect.value,
    dialect: dialectSelect.value,
    table: tableInput.value,
    columns: [...(typed[layoutSelect.value] ?? [])],
  };
  try {
    const result = await callServer("exportFunnelSql", body);
    if (mine !== request) return;
    if (result.ok) {
      output.value = result.sql;
      copyButton.disabled = false;
      showIssues(document, new Map());
      setStatus("");
    } else {
      output.value = "";
      copyButton.disabled = true;
      showIssues(document, new Map<string, string>([[result.field, result.message]]));
      setStatus(messageFor(result.field), "error");
    }
  } catch (e) {
    if (mine !== request) return;
    setStatus((e as Error).message, "error");
  }
}

function messageFor(field: SqlExportField): string {
  return field === "funnel" ? t.fixStageTable : t.checkField;
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

async function loadStages(): Promise<void> {
  try {
    stages = await callServer("getFunnelStages", funnelSelect.value);
  } catch (e) {
    stages = [];
    setStatus((e as Error).message, "error");
  }
  delete typed.matrix;
  drawColumns();
  await generate();
}

async function start(): Promise<void> {
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
    el("fieldset", {}, el("legend", { text: t.columns }), columnsBox, columnsError),
    output,
    el("div", { class: "actions" }, status, closeButton, copyButton),
  );
  let funnels: FunnelSummary[];
  try {
    funnels = await callServer("getFunnels");
  } catch (e) {
    setStatus((e as Error).message, "error");
    return;
  }
  if (funnels.length === 0) {
    setStatus(t.noFunnel, "error");
    return;
  }
  funnelSelect.replaceChildren(...funnels.map((f) => el("option", { value: f.key, text: f.name })));
  funnelSelect.addEventListener("change", () => void loadStages());
  layoutSelect.addEventListener("change", () => {
    drawColumns();
    schedule();
  });
  dialectSelect.addEventListener("change", schedule);
  tableInput.addEventListener("input", schedule);
  await loadStages();
}

void start();
