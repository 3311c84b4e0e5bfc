/**
 * The data a served page carries (src/wire/pages.ts), read as the browser reads it: the content is
 * parsed by the HTML5 algorithm (parse5) and the JSON element's text is parsed as JSON.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { PAGE_DATA_ID } from "../src/wire/pages";

type Node = DefaultTreeAdapterMap["node"];

function find(node: Node): Node | undefined {
  if ("attrs" in node && node.attrs.some((a) => a.name === "id" && a.value === PAGE_DATA_ID))
    return node;
  const children: Node[] = "childNodes" in node ? node.childNodes : [];
  for (const child of children) {
    const found = find(child);
    if (found) return found;
  }
  return undefined;
}

export function servedPageData<T>(content: string): T {
  const element = find(parse(content));
  if (!element || !("childNodes" in element)) throw new Error("The page carries no data");
  const text = element.childNodes.map((c) => ("value" in c ? c.value : "")).join("");
  return JSON.parse(text) as T;
}
