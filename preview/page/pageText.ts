/**
 * The preview's words as the last drawn view gave them (the user's language), for the parts of
 * the page drawn between views — the cell editor, a dialog's close button, a chart, a message — and
 * for the static frame's screen-reader names (`data-label` / `data-title` in shell.ts).
 */
import { previewText, type PreviewText } from "../previewText";

let current: PreviewText = previewText("en");

/** The words of the user's language, as the last view gave them. */
export function pageText(): PreviewText {
  return current;
}

type LabelKey = {
  [K in keyof PreviewText]: K extends `${string}Label` ? K : never;
}[keyof PreviewText];

const isLabelKey = (key: string | undefined): key is LabelKey =>
  key !== undefined && key.endsWith("Label") && key in current;

/** Takes a view's words and names the frame's parts with them. */
export function useText(text: PreviewText): void {
  current = text;
  for (const node of document.querySelectorAll<HTMLElement>("[data-label]")) {
    const key = node.dataset.label;
    if (isLabelKey(key)) node.setAttribute("aria-label", text[key]);
  }
  for (const node of document.querySelectorAll<HTMLElement>("[data-title]")) {
    const key = node.dataset.title;
    if (isLabelKey(key)) node.title = text[key];
  }
}
