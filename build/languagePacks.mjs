// The language packs: each non-English language's server text (UI without the menu, template
// sheets, the default funnel's preset) as JSON in dist/lang_<code>.html, read by Code.js only when
// that language is needed (src/addon/messages.ts). Apps Script projects hold .gs and .html files
// only; clasp pushes every file of dist/. Function messages become "{0}" templates, checked to be
// plain substitutions (src/i18n/packs/serialize.ts) — the build fails otherwise, naming the key.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadTool } from "./loadTool.mjs";

export async function buildLanguagePacks(root, dist) {
  const { PACK_LANGUAGES, packText, packFileName } = await loadTool(
    root,
    "src/i18n/packs/buildEntry.ts",
  );
  const sizes = {};
  for (const language of PACK_LANGUAGES) {
    const text = packText(language);
    const file = `${packFileName(language)}.html`;
    writeFileSync(join(dist, file), text);
    sizes[file] = Buffer.byteLength(text);
  }
  return sizes;
}
