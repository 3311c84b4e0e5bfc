/**
 * The page's assets, built in memory when the server starts: the page script and the
 * google.script.run stand-in bundled by esbuild for the browser, the stylesheet read as is.
 */
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../fakes/html";

/** The repository root: the harness knows where dist/ is, and dist/ sits at the root. */
export const ROOT = join(DIST, "..");

export interface PageAssets {
  pageScript: string;
  standInScript: string;
  stylesheet: string;
}

async function bundleForBrowser(entry: string): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const [script] = result.outputFiles;
  if (!script) throw new Error("esbuild wrote no script for the preview page");
  return script.text;
}

export async function buildPageAssets(): Promise<PageAssets> {
  const [pageScript, standInScript] = await Promise.all([
    bundleForBrowser("preview/page/main.ts"),
    bundleForBrowser("preview/page/scriptRunStandIn.ts"),
  ]);
  const stylesheet = readFileSync(join(ROOT, "preview/page/page.css"), "utf8");
  return { pageScript, standInScript, stylesheet };
}
