// npm run docs: writes docs/functions.md from the function registry.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocs } from "./docsRender.mjs";
import { loadCatalog } from "./loadCatalog.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "docs"), { recursive: true });
const catalog = await loadCatalog(root);
writeFileSync(join(root, "docs", "functions.md"), renderDocs(catalog));
console.log(`docs/functions.md: ${catalog.length} functions`);
