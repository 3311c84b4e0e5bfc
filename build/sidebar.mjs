// The add-on's HTML pages (the stage-editor sidebar, the SQL export dialog): each a TypeScript entry
// (+ the shared core model) bundled by esbuild and inlined with its CSS into one self-contained
// dist/<name>.html — HtmlService serves one file, no external URLs.
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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
    write: false,
  });
  // An inline script must not contain "</script" (it would end the element).
  const js = result.outputFiles[0].text.trim().replace(/<\/(script)/gi, "<\\/$1");
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

export async function buildSidebar(root, dist) {
  return buildHtmlPage(root, dist, "sidebar", "sidebar");
}

export async function buildSqlExport(root, dist) {
  return buildHtmlPage(root, dist, "sqlExport", "sqlExport");
}
