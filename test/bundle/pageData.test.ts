/**
 * A page's data travels as JSON appended to the page (src/wire/pages.ts) through the HTML parse
 * Google applies to served content (the fake HtmlService): text that looks like markup — a closing
 * script tag, a comment opener, entities, line separators — arrives exactly as it was sent, and
 * none of it becomes an element.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { fakeHtmlService } from "../../fakes/html";
import { pageDataElement, type StageEditorData } from "../../src/wire/pages";
import { servedPageData } from "../../fakes/pageData";

type Node = DefaultTreeAdapterMap["node"];

const HOSTILE = [
  "</script><script>alert(1)</script>",
  "<!-- <script>",
  "Tom &amp; Jerry &lt;b&gt;",
  "line\u2028separator\u2029paragraph",
  "</SCRIPT >x",
  "]]><![CDATA[",
];

function elements(node: Node, name: string): Node[] {
  const own = "tagName" in node && node.tagName === name ? [node] : [];
  const children: Node[] = "childNodes" in node ? node.childNodes : [];
  return [...own, ...children.flatMap((c) => elements(c, name))];
}

describe("page data", () => {
  it("survives Google's HTML parse exactly, and adds no element", () => {
    const data = { language: "en" as const, locale: "en", names: HOSTILE };
    const served = fakeHtmlService()
      .createHtmlOutput("<!DOCTYPE html><html><head></head><body><p>page</p></body></html>")
      .append(pageDataElement(data))
      .getContent();
    expect(servedPageData(served)).toEqual(data);
    const document = parse(served);
    expect(elements(document, "script")).toHaveLength(1);
    expect(elements(document, "img")).toHaveLength(0);
  });

  it("carries the stage editor's funnel through the built bundle, hostile stage names included", () => {
    const rows = HAND_TYPED_FUNNEL.map((r) => [...r]);
    HOSTILE.slice(0, 3).forEach((name, i) => (rows[i + 1]![0] = name));
    const book = new FakeWorkbook({ Funnel: rows });
    const addon = openAddon(book);
    addon.bundle.call("showStageEditor");
    const served = book.ui.sidebars.at(-1)!.getContent();
    const data = servedPageData<StageEditorData>(served);
    expect(data.loaded?.funnel.stages.map((s) => s.name)).toEqual([
      ...HOSTILE.slice(0, 3),
      "Customer",
    ]);
    expect(data.funnels).toEqual([{ key: "Funnel", name: "Funnel" }]);
    // The page's own script and the data: nothing else runs.
    expect(elements(parse(served), "script")).toHaveLength(2);
  });
});
