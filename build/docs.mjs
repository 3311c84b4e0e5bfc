// npm run docs: writes docs/functions.md from the function reference (declarations + docs), and
// its translations docs/functions.<language>.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOC_LANGUAGES } from "./docsLocales.mjs";
import { renderDocs } from "./docsRender.mjs";
import { loadReference } from "./loadCatalog.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "docs"), { recursive: true });
const reference = await loadReference(root);
for (const [language, { file }] of Object.entries(DOC_LANGUAGES)) {
  writeFileSync(join(root, "docs", file), renderDocs(reference, language));
  console.log(`docs/${file}: ${reference.length} functions`);
}
