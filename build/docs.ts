// npm run docs: writes docs/functions.md from the function reference (declarations + docs), and
// its translations docs/functions.<language>.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REFERENCE } from "../src/functions/reference";
import { DOC_LANGUAGE_CODES, DOC_LANGUAGES } from "./docsLocales";
import { renderDocs } from "./docsRender";

const docs = join(__dirname, "..", "docs");
mkdirSync(docs, { recursive: true });
for (const language of DOC_LANGUAGE_CODES) {
  const { file } = DOC_LANGUAGES[language];
  writeFileSync(join(docs, file), renderDocs(REFERENCE, language));
  console.log(`docs/${file}: ${REFERENCE.length} functions`);
}
