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

export async function fetchWorkbook(): Promise<WorkbookView> {
  const response = await fetch("/api/workbook");
  if (!response.ok) throw new Error(`Could not load the workbook (HTTP ${response.status}).`);
  return (await response.json()) as WorkbookView;
}

export function editCell(sheet: string, a1: string, input: string): Promise<EditReply> {
  return post<EditReply>("/api/cell", { sheet, a1, input });
}

export function setLocales(locales: LocalesView): Promise<LocalesView> {
  return post<LocalesView>("/api/locales", locales);
}

export function runMenuCommand(functionName: string, activeSheet: string): Promise<MenuReply> {
  return post<MenuReply>("/api/menu", { functionName, activeSheet });
}
