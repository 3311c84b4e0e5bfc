// The add-on's HTML pages (the stage-editor sidebar, the SQL export dialog, New plan's
// choose-funnel dialog): each a TypeScript entry (+ the shared core model) bundled by esbuild and
// inlined with its CSS into one self-contained dist/<name>.html — HtmlService serves one file, no
// external URLs.
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The pages: src/<name>/main.ts + <name>.css, in the one shell src/pages/page.html → dist/<name>.html. */
export const PAGES = ["sidebar", "sqlExport", "chooseFunnel", "newPlan"] as const;

/** Builds one page into dist/<name>.html; returns its size in bytes. */
export async function buildHtmlPage(root: string, dist: string, name: string): Promise<number> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [`src/${name}/main.ts`],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    platform: "browser",
    legalComments: "none",
    charset: "utf8",
    write: false,
  });
  const [script] = result.outputFiles;
  if (!script) throw new Error(`build: esbuild wrote no script for src/${name}/main.ts`);
  // The server appends the page's data after the page (HtmlOutput.append, src/wire/pages.ts), so
  // the code starts once the whole document is parsed. An inline script must not contain
  // "</script" (it would end the element).
  const js =
    `document.addEventListener("DOMContentLoaded",function(){${script.text.trim()}});`.replace(
      /<\/(script)/gi,
      "<\\/$1",
    );
  const css = (
    await esbuild.transform(readFileSync(join(root, `src/${name}/${name}.css`), "utf8"), {
      loader: "css",
      minify: true,
    })
  ).code.trim();
  // One shell for every page: the page sets its title and language itself (src/pages).
  const template = readFileSync(join(root, "src/pages/page.html"), "utf8");
  // Function replacers: "$" in the code must not be read as a replacement pattern.
  const html = template.replace("/*CSS*/", () => css).replace("/*JS*/", () => js);
  writeFileSync(join(dist, `${name}.html`), html);
  return Buffer.byteLength(html);
}

/** Builds every page of PAGES. */
export async function buildPages(root: string, dist: string): Promise<void> {
  for (const name of PAGES) await buildHtmlPage(root, dist, name);
}
