/** The page's calls to the preview server. */
import type { EditReply, LocalesView, MenuReply, WorkbookView } from "../viewTypes";

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const reply = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(reply.message ?? `${path}: HTTP ${response.status}`);
  return reply;
}

/**
 * The workbook, with `sheet` (the tab in view; the active sheet when not given) laid out — only
 * its changed cells when `since` is the version of the view the page holds.
 */
export async function fetchWorkbook(sheet?: string, since?: number): Promise<WorkbookView> {
  const query = new URLSearchParams();
  if (sheet !== undefined) query.set("sheet", sheet);
  // The version of the sheet the page shows: only what changed since comes back.
  if (since !== undefined) query.set("since", String(since));
  const response = await fetch(`/api/workbook?${query.toString()}`);
  if (!response.ok) throw new Error(`Could not load the workbook (HTTP ${response.status}).`);
  return (await response.json()) as WorkbookView;
}

export function editCell(sheet: string, a1: string, input: string): Promise<EditReply> {
  return post<EditReply>("/api/cell", { sheet, a1, input });
}

export function pasteRows(sheet: string, a1: string, rows: string[][]): Promise<EditReply> {
  return post<EditReply>("/api/paste", { sheet, a1, rows });
}

export function pasteCopy(
  sheet: string,
  a1: string,
  copied: { sheet: string; range: string },
): Promise<EditReply> {
  return post<EditReply>("/api/paste", { sheet, a1, copied });
}

export function clearRange(sheet: string, a1: string): Promise<EditReply> {
  return post<EditReply>("/api/clear", { sheet, a1 });
}

export function undo(): Promise<EditReply> {
  return post<EditReply>("/api/undo", {});
}

export function redo(): Promise<EditReply> {
  return post<EditReply>("/api/redo", {});
}

export function setLocales(locales: LocalesView): Promise<LocalesView> {
  return post<LocalesView>("/api/locales", locales);
}

export function runMenuCommand(functionName: string, activeSheet: string): Promise<MenuReply> {
  return post<MenuReply>("/api/menu", { functionName, activeSheet });
}
