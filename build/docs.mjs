// npm run docs: writes docs/functions.md from the function reference (declarations + docs).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocs } from "./docsRender.mjs";
import { loadReference } from "./loadCatalog.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "docs"), { recursive: true });
const reference = await loadReference(root);
writeFileSync(join(root, "docs", "functions.md"), renderDocs(reference));
console.log(`docs/functions.md: ${reference.length} functions`);
