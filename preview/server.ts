/**
 * The local preview server (SPEC §7): the page, its assets, the workbook as JSON, a stream of
 * change events, and the actions — edit a cell, paste, clear, undo and redo in the grid, run a
 * menu command, run a server function for the sidebar, switch locales. `startPreview({ port })` is what `npm start` and the browser tests call.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buildPageAssets, type PageAssets } from "./assets";
import { PAGE_HTML } from "./page/shell";
import { SPREADSHEET_LOCALES, USER_LOCALES } from "./locales";
import { PreviewSession } from "./session";
import { injectScript, NO_SIDEBAR_HTML } from "./sidebarHtml";

export interface PreviewOptions {
  /** 0 picks a free port. */
  port: number;
  /** Loopback by default: the preview runs add-on code for whoever can reach it. */
  host?: string;
}

export interface RunningPreview {
  url: string;
  port: number;
  session: PreviewSession;
  close(): Promise<void>;
}

/** A pasted export or an imported CSV file of a few megabytes fits. */
const MAX_BODY_BYTES = 16_000_000;

class BadRequest extends Error {}

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new BadRequest("Request body too large."));
      else chunks.push(chunk);
    });
    request.on("end", () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
          throw new BadRequest("Expected a JSON object.");
        resolve(parsed as Record<string, unknown>);
      } catch (e) {
        reject(e instanceof BadRequest ? e : new BadRequest("The body is not valid JSON."));
      }
    });
    request.on("error", reject);
  });
}

function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== "string") throw new BadRequest(`"${name}" must be a string.`);
  return value;
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
}

/** Pasted rows: an array of arrays of strings. */
function rowsField(body: Record<string, unknown>): string[][] {
  const rows = body.rows;
  const ok =
    Array.isArray(rows) &&
    rows.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === "string"));
  if (!ok) throw new BadRequest('"rows" must be an array of arrays of strings.');
  return rows as string[][];
}

function sendJson(response: ServerResponse, body: unknown, status = 200): void {
  send(response, status, "application/json; charset=utf-8", JSON.stringify(body));
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const assets: PageAssets = await buildPageAssets();
  const session = new PreviewSession();
  const eventStreams = new Set<ServerResponse>();
  session.onChange((version) => {
    for (const stream of eventStreams) stream.write(`data: ${version}\n\n`);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://preview");
    const path = url.pathname;
    const route = `${request.method} ${path}`;
    switch (route) {
      case "GET /":
        return send(response, 200, "text/html; charset=utf-8", PAGE_HTML);
      case "GET /page.js":
        return send(response, 200, "text/javascript; charset=utf-8", assets.pageScript);
      case "GET /page.css":
        return send(response, 200, "text/css; charset=utf-8", assets.stylesheet);
      case "GET /favicon.ico":
        response.writeHead(204).end();
        return;
      case "GET /sidebar": {
        const content = session.sidebarContent();
        const html = content ? injectScript(content, assets.standInScript) : NO_SIDEBAR_HTML;
        return send(response, 200, "text/html; charset=utf-8", html);
      }
      case "GET /dialog": {
        const content = session.dialogContent();
        if (!content) return send(response, 404, "text/plain; charset=utf-8", "No dialog is open.");
        return send(
          response,
          200,
          "text/html; charset=utf-8",
          injectScript(content, assets.standInScript),
        );
      }
      case "GET /api/workbook": {
        const since = url.searchParams.get("since");
        return sendJson(
          response,
          session.view(
            url.searchParams.get("sheet") ?? undefined,
            since ? Number(since) : undefined,
          ),
        );
      }
      case "GET /api/events":
        response.writeHead(200, {
          "content-type": "text/event-stream",
          "cache-control": "no-store",
          connection: "keep-alive",
        });
        response.write(`data: ${session.currentVersion()}\n\n`);
        eventStreams.add(response);
        request.on("close", () => eventStreams.delete(response));
        return;
      case "POST /api/cell": {
        const body = await readJson(request);
        const reply = session.editCell(
          stringField(body, "sheet"),
          stringField(body, "a1"),
          stringField(body, "input"),
        );
        return sendJson(response, reply);
      }
      case "POST /api/paste": {
        const body = await readJson(request);
        const sheet = stringField(body, "sheet");
        const a1 = stringField(body, "a1");
        const copied = body.copied;
        if (typeof copied === "object" && copied !== null) {
          const from = copied as Record<string, unknown>;
          return sendJson(
            response,
            session.pasteCopy(sheet, a1, {
              sheet: stringField(from, "sheet"),
              range: stringField(from, "range"),
            }),
          );
        }
        return sendJson(response, session.paste(sheet, a1, rowsField(body)));
      }
      case "POST /api/clear": {
        const body = await readJson(request);
        return sendJson(
          response,
          session.clear(stringField(body, "sheet"), stringField(body, "a1")),
        );
      }
      case "POST /api/undo":
        return sendJson(response, session.undo());
      case "POST /api/redo":
        return sendJson(response, session.redo());
      case "POST /api/menu": {
        const body = await readJson(request);
        const active = typeof body.activeSheet === "string" ? body.activeSheet : undefined;
        return sendJson(
          response,
          session.runMenuCommand(stringField(body, "functionName"), active),
        );
      }
      case "POST /api/locales": {
        const body = await readJson(request);
        const user = stringField(body, "user");
        const spreadsheet = stringField(body, "spreadsheet");
        if (!USER_LOCALES.includes(user) || !SPREADSHEET_LOCALES.includes(spreadsheet))
          throw new BadRequest(`Unknown locale: ${user} / ${spreadsheet}.`);
        return sendJson(response, session.setLocales({ user, spreadsheet }));
      }
      case "POST /api/run": {
        const body = await readJson(request);
        const args = body.args ?? [];
        if (!Array.isArray(args)) throw new BadRequest('"args" must be an array.');
        return sendJson(response, session.runServerFunction(stringField(body, "name"), args));
      }
      default:
        return send(response, 404, "text/plain; charset=utf-8", `Not found: ${route}`);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((e: unknown) => {
      const status = e instanceof BadRequest ? 400 : 500;
      const message = e instanceof Error ? e.message : String(e);
      if (!response.headersSent) sendJson(response, { ok: false, message }, status);
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}`,
    port,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of eventStreams) stream.end();
        eventStreams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
