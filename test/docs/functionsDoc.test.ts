import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderDocs } from "../../build/docsRender";
import { REFERENCE } from "../../src/functions/reference";

describe("docs/functions.md", () => {
  const text = renderDocs(REFERENCE);

  it("is up to date with the registry (run `npm run docs` after changing a function)", () => {
    expect(readFileSync(join(__dirname, "..", "..", "docs", "functions.md"), "utf8")).toBe(text);
  });

  it("documents every function's syntax, arguments, examples and errors", () => {
    for (const { spec, docs } of REFERENCE) {
      expect(text).toContain(`## ${spec.name}`);
      for (const p of spec.params) expect(text).toContain(`| \`${p.name}\` |`);
      for (const e of docs.examples) expect(text).toContain(e.formula);
      for (const m of docs.errors) expect(text).toContain(m);
    }
  });
});
