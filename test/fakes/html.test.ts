/**
 * The HtmlService fake serves files as Google does (fakes/html.ts): parsed by the HTML5 algorithm
 * and re-serialised, malformed content refused, templates' raw content untouched. The last test
 * runs the loader Code.js once used — the add-on's code evaluated from an .html file — and sees it
 * fail where Sheets would.
 */
import * as esbuild from "esbuild";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fakeHtmlService } from "../../fakes/html";

function serving(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "html-fake-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.html`), text);
  return fakeHtmlService(dir);
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String(e);
  }
  throw new Error("expected a throw");
}

describe("HtmlService.createHtmlOutputFromFile(f).getContent()", () => {
  it("re-serialises the page: text is escaped, a fragment comes back as a whole document", () => {
    const html = serving({ note: "<p>Tom & Jerry > 2</p>" });
    expect(html.createHtmlOutputFromFile("note").getContent()).toBe(
      "<html><head></head><body><p>Tom &amp; Jerry &gt; 2</p></body></html>",
    );
  });

  it("keeps a script element's text as written, < and & included", () => {
    const page = `<!DOCTYPE html><html lang="en"><head></head><body><script>for (let i = 0; i<n && ok; i++) f("<b>");</script></body></html>`;
    expect(serving({ page }).createHtmlOutputFromFile("page").getContent()).toBe(page);
  });

  it.each([
    ["raw script text outside <script>", "for (var i = 0; i<n; i++) total += i;"],
    ["a < followed by a letter in text", "<p>pipeline x<y.length</p>"],
    ["an unterminated tag", '<p title="open'],
  ])("refuses %s with Exception: Malformed HTML content", (_what, text) => {
    expect(thrown(() => serving({ bad: text }).createHtmlOutputFromFile("bad"))).toMatch(
      /^Exception: Malformed HTML content: /,
    );
  });

  it("createHtmlOutput parses its string the same way", () => {
    const html = fakeHtmlService();
    expect(html.createHtmlOutput("<b>A & B</b>").getContent()).toBe(
      "<html><head></head><body><b>A &amp; B</b></body></html>",
    );
    expect(thrown(() => html.createHtmlOutput("a<b.length"))).toMatch(/Malformed HTML content/);
  });

  it("a missing file is Google's error", () => {
    expect(thrown(() => serving({}).createHtmlOutputFromFile("nope"))).toBe(
      "Exception: No HTML file named nope was found.",
    );
  });
});

describe("HtmlService.createTemplateFromFile(f).getRawContent()", () => {
  it("returns the file untouched, even what would not parse as HTML", () => {
    const data = '{"title": "Tom & Jerry", "rule": "i<n"}';
    expect(serving({ data }).createTemplateFromFile("data").getRawContent()).toBe(data);
  });
});

describe("the loader Code.js used to have", () => {
  it("fails: the add-on's code read with createHtmlOutputFromFile is Malformed HTML content", async () => {
    // What dist/addon.html held: the whole add-on's bundle, evaluated by Code.js with
    // eval(HtmlService.createHtmlOutputFromFile("addon").getContent()).
    const built = await esbuild.build({
      entryPoints: [join(__dirname, "../../src/main.ts")],
      bundle: true,
      format: "iife",
      minify: true,
      platform: "neutral",
      mainFields: ["module", "main"],
      write: false,
    });
    const html = serving({ addon: built.outputFiles[0].text });
    expect(thrown(() => html.createHtmlOutputFromFile("addon").getContent())).toMatch(
      /^Exception: Malformed HTML content: /,
    );
  });

  it("and a language pack of JSON read that way comes back as a page, not as its data", () => {
    const pack = '{"sheet": {"title": "Plan & budget"}}';
    const content = serving({ lang_en: pack }).createHtmlOutputFromFile("lang_en").getContent();
    expect(content).toBe(
      '<html><head></head><body>{"sheet": {"title": "Plan &amp; budget"}}</body></html>',
    );
    expect(() => JSON.parse(content)).toThrow();
  });
});

describe("HtmlOutput.append(addedContent)", () => {
  it("adds content after the page; what follows </html> is read into <body>, as a browser reads it", () => {
    const page = `<!DOCTYPE html><html lang="en"><head></head><body><p>A</p></body></html>`;
    const output = serving({ page }).createHtmlOutputFromFile("page");
    expect(output.append("<p>B &amp; C</p>")).toBe(output);
    expect(output.getContent()).toBe(
      `<!DOCTYPE html><html lang="en"><head></head><body><p>A</p><p>B &amp; C</p></body></html>`,
    );
  });

  it("refuses malformed added content, as Google's append throws", () => {
    expect(thrown(() => fakeHtmlService().createHtmlOutput("<p>x</p>").append("i<n;"))).toMatch(
      /^Exception: Malformed HTML content: /,
    );
  });
});
