/**
 * HtmlService as Google serves the add-on's files.
 *
 * - `createHtmlOutputFromFile(f)` and `createHtmlOutput(html)` parse their content as HTML and
 *   `getContent()` returns it re-serialised. Google's sanitiser "is designed to operate according
 *   to the HTML5 parsing algorithm" (Caja team's answer, stackoverflow.com/questions/15693636), so
 *   the fake parses with parse5, the reference implementation of that algorithm: text comes back
 *   escaped (`&` → `&amp;`), a fragment comes back wrapped in `<html><head></head><body>…`.
 * - Content the tokenizer misreads is refused with "Malformed HTML content", as several teams
 *   report for raw JavaScript in an .html file (`i<n` starts a tag): any tokenizer error, and any
 *   element whose name is no HTML element (`<n;i++)`), throws. Where the sources are silent the
 *   fake is the stricter reading: tree-construction errors, which HTML5 recovers from by spec
 *   (a missing doctype, an unclosed `<p>`), pass.
 * - `HtmlOutput.append(addedContent)` "Appends new content to the content of this HtmlOutput"
 *   and throws "if the html is malformed" (developers.google.com/apps-script/reference/html/
 *   html-output#append(String)): the added content is checked on its own, then the whole is kept
 *   as the HTML5 algorithm reads it — content after </html> lands at the end of <body>, as a
 *   browser would place it.
 * - `createTemplateFromFile(f).getRawContent()` returns the file untouched ("Returns the
 *   unprocessed content of this template", developers.google.com/apps-script/reference/html/
 *   html-template#getRawContent()).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { html as htmlSpec, parse, serialize, type DefaultTreeAdapterMap } from "parse5";
import type { Accepts } from "./typing";

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type Node = DefaultTreeAdapterMap["node"];

/** The build output the add-on's HTML files are served from. */
export const DIST = join(__dirname, "..", "dist");

/**
 * parse5's tree-construction errors: the HTML5 algorithm defines how each is recovered, so
 * content with them still renders as written. Every other code is a tokenizer error.
 */
const RECOVERED = new Set([
  "missing-doctype",
  "misplaced-doctype",
  "unknown-doctype",
  "non-conforming-doctype",
  "end-tag-without-matching-open-element",
  "closing-of-element-with-open-child-elements",
  "open-elements-left-after-eof",
  "abandoned-head-element-child",
  "misplaced-start-tag-for-head-element",
  "disallowed-content-in-noscript-in-head",
  "nested-noscript-in-head",
  "eof-in-element-that-can-contain-only-text",
]);

const KNOWN_ELEMENTS = new Set<string>(Object.values(htmlSpec.TAG_NAMES));
/** A custom element's name: a lowercase letter, then name characters with a hyphen among them. */
const CUSTOM_ELEMENT = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** Google's error as Apps Script code sees it: `String(e)` is "Exception: <message>". */
export class AppsScriptException extends Error {
  override name = "Exception";
}

function malformed(content: string, offset: number): AppsScriptException {
  const around = content.slice(Math.max(0, offset - 20), offset + 40).replace(/\s+/g, " ");
  return new AppsScriptException(`Malformed HTML content: ${around}`);
}

function unknownElement(node: Node): (Node & { sourceCodeLocation?: unknown }) | undefined {
  if ("tagName" in node) {
    const known = KNOWN_ELEMENTS.has(node.tagName) || CUSTOM_ELEMENT.test(node.tagName);
    if (!known && node.namespaceURI === htmlSpec.NS.HTML) return node;
  }
  const children: Node[] = "childNodes" in node ? node.childNodes : [];
  const inner = "content" in node ? [node.content as Node] : [];
  for (const child of [...children, ...inner]) {
    const found = unknownElement(child);
    if (found) return found;
  }
  return undefined;
}

/** The content as Google keeps it: parsed by the HTML5 algorithm and serialised again. */
export function sanitise(content: string): string {
  let firstError: number | undefined;
  const document = parse(content, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => {
      if (!RECOVERED.has(error.code)) firstError ??= error.startOffset;
    },
  });
  if (firstError !== undefined) throw malformed(content, firstError);
  const stray = unknownElement(document);
  if (stray) {
    const location = stray.sourceCodeLocation as { startOffset: number } | undefined;
    throw malformed(content, location?.startOffset ?? 0);
  }
  return serialize(document);
}

export class FakeHtmlOutput
  implements
    Pick<HtmlOutput, "getTitle" | "getWidth" | "getHeight" | "getContent">,
    Accepts<HtmlOutput, "setTitle" | "setWidth" | "setHeight" | "append">
{
  private title = "";
  private width = 300;
  private height = 400;
  private content: string;
  constructor(html: string) {
    this.content = sanitise(html);
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  append(addedContent: string): this {
    sanitise(addedContent);
    this.content = sanitise(this.content + addedContent);
    return this;
  }
}

export class FakeHtmlTemplate implements Pick<HtmlTemplate, "getRawContent"> {
  constructor(private readonly raw: string) {}
  getRawContent(): string {
    return this.raw;
  }
}

export function fakeHtmlService(distDir = DIST) {
  const read = (filename: string): string => {
    try {
      return readFileSync(join(distDir, `${filename}.html`), "utf8");
    } catch {
      // Apps Script's words for a file the project does not have.
      throw new AppsScriptException(`No HTML file named ${filename} was found.`);
    }
  };
  return {
    /** The file names read, in order (a test's witness of what a call loaded). */
    reads: [] as string[],
    createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
      this.reads.push(filename);
      return new FakeHtmlOutput(read(filename));
    },
    createHtmlOutput(html = ""): FakeHtmlOutput {
      return new FakeHtmlOutput(html);
    },
    createTemplateFromFile(filename: string): FakeHtmlTemplate {
      this.reads.push(filename);
      return new FakeHtmlTemplate(read(filename));
    },
  };
}
