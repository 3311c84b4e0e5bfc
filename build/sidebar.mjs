// The add-on's HTML pages (the stage-editor sidebar, the SQL export dialog, New plan's
// choose-funnel dialog): each a TypeScript entry (+ the shared core model) bundled by esbuild and
// inlined with its CSS into one self-contained dist/<name>.html — HtmlService serves one file, no
// external URLs.
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Every page: its folder under src/ and the name of its files (and of dist/<name>.html). */
export const PAGES = [
  { dir: "sidebar", name: "sidebar" },
  { dir: "sqlExport", name: "sqlExport" },
  { dir: "chooseFunnel", name: "chooseFunnel" },
  { dir: "newPlan", name: "newPlan" },
];

/** Builds src/<dir>/main.ts + <dir>/<name>.css + <dir>/<name>.html into dist/<name>.html. */
export async function buildHtmlPage(root, dist, dir, name) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [`src/${dir}/main.ts`],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    platform: "browser",
    legalComments: "none",
    charset: "utf8",
    write: false,
  });
  // The server appends the page's data after the page (HtmlOutput.append, src/wire/pages.ts), so
  // the code starts once the whole document is parsed. An inline script must not contain
  // "</script" (it would end the element).
  const code = result.outputFiles[0].text.trim();
  const js = `document.addEventListener("DOMContentLoaded",function(){${code}});`.replace(
    /<\/(script)/gi,
    "<\\/$1",
  );
  const css = (
    await esbuild.transform(readFileSync(join(root, `src/${dir}/${name}.css`), "utf8"), {
      loader: "css",
      minify: true,
    })
  ).code.trim();
  const template = readFileSync(join(root, `src/${dir}/${name}.html`), "utf8");
  // Function replacers: "$" in the code must not be read as a replacement pattern.
  const html = template.replace("/*CSS*/", () => css).replace("/*JS*/", () => js);
  writeFileSync(join(dist, `${name}.html`), html);
  return Buffer.byteLength(html);
}

export async function buildPages(root, dist) {
  for (const { dir, name } of PAGES) await buildHtmlPage(root, dist, dir, name);
}
