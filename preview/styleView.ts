/**
 * Reads the formatting the FakeWorkbook records on a cell into CSS-ready values. The fake grows
 * new formatting over time, so this reads optional fields by name and ignores what it does not know.
 */
import type { CellStyleView } from "./viewTypes";

type StoredCell = object;

function field(cell: StoredCell, name: string): unknown {
  return (cell as Record<string, unknown>)[name];
}

function text(cell: StoredCell, name: string): string | undefined {
  const v = field(cell, name);
  return typeof v === "string" && v !== "" ? v : undefined;
}

export function styleOf(cell: StoredCell): CellStyleView {
  const style: CellStyleView = {};
  const background = text(cell, "background");
  if (background) style.background = background;
  if (text(cell, "fontWeight") === "bold") style.bold = true;
  if (text(cell, "fontStyle") === "italic") style.italic = true;
  const color = text(cell, "fontColor");
  if (color) style.color = color;
  const size = field(cell, "fontSize");
  if (typeof size === "number" && size > 0) style.fontSize = size;
  const family = text(cell, "fontFamily");
  if (family) style.fontFamily = family;
  const fontLine = text(cell, "fontLine");
  if (fontLine === "underline") style.underline = true;
  if (fontLine === "line-through") style.strikethrough = true;
  const align = text(cell, "horizontalAlignment")?.toLowerCase();
  if (align === "left" || align === "center" || align === "right") style.align = align;
  // The fake records which outer sides have a border, not their colour: draw Sheets' soft grey.
  const sides = text(cell, "border")?.split(",") ?? [];
  const line = "1px solid #9aa0a6";
  if (sides.includes("top")) style.borderTop = line;
  if (sides.includes("right")) style.borderRight = line;
  if (sides.includes("bottom")) style.borderBottom = line;
  if (sides.includes("left")) style.borderLeft = line;
  return style;
}
