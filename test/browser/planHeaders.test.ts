/**
 * No header clips (SPEC §6, §11): every plan of every template, built on every preset's funnel in
 * each of the five languages through dist/Code.js, laid out in Chromium as Sheets draws it —
 * Sheets' default font (Arial 10 pt; Debian's Liberation Sans has Arial's metrics), each cell the
 * width the plan gave its column, with a 300 px sidebar open beside the grid — and each header or
 * label measured there: a cell that wraps must fit its longest unbreakable run (a word; CJK breaks
 * between characters), a cell that does not wrap must fit its whole text when the cell to its
 * right is filled (Sheets overflows text into an empty neighbour only). The width model in
 * src/addon/templates/textWidth.ts is an estimate; this measures the real text. The same plans
 * are checked for the compact layout: blocks in the first 40 rows, header rows frozen.
 */
import type { Page } from "playwright-core";
import { openAddon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { runNewPlan } from "../../fakes/newPlan";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { FakeSheet } from "../../fakes/sheet";
import { TEMPLATES } from "../../src/addon/templates/catalog";
import { LANGUAGES, type Language } from "../../src/i18n/languages";
import { presets } from "../../src/i18n/presets";
import type { Anchor } from "../../src/addon/templates/layout";
import { useBrowser } from "../harness/sidebarPage";
import { anchorsOf } from "../templates/templateHarness";

jest.setTimeout(180_000);

const browser = useBrowser();

/**
 * Sheets draws a cell's text inside a few pixels of padding and a 1 px grid line. Google does not
 * document them; Excel's are 2–3 px a side plus the grid line (ECMA-376 §18.3.1.13 and Microsoft's
 * forum answer on its padding), so the stricter 3 + 3 + 1 = 7 px is taken off each column's width.
 */
const CELL_CHROME = 7;
/** A 1280 px wide window (a small laptop) with the add-on's 300 px sidebar open (SPEC §5). */
const WINDOW = { width: 1280, height: 800 };
const SIDEBAR = 300;
/** Sheets' row numbers down the left and the vertical scroll bar. */
const GRID_CHROME = 46 + 15;

interface Cell {
  where: string;
  text: string;
  width: number;
  bold: boolean;
  size: number;
  wrap: boolean;
}

/**
 * A month header is a date drawn with its number format ("mmm yyyy", or y年m月 in Chinese:
 * src/i18n/sheetFormats.ts): drawn here with the language's short month names, as Sheets does.
 */
function shown(value: unknown, display: string, format: string, language: Language): string {
  if (!(value instanceof Date)) return display;
  const year = value.getFullYear();
  if (format.includes("年")) return `${year}年${value.getMonth() + 1}月`;
  const month = new Intl.DateTimeFormat(language, { month: "short" }).format(value);
  return format.includes("yyyy") ? `${month} ${year}` : display;
}

/** The header and label cells of a plan sheet with what Sheets needs to draw them. */
function headerCells(sheet: FakeSheet, language: Language): { cells: Cell[]; frozen: number } {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const display = range.getDisplayValues();
  const formats = range.getNumberFormats();
  const weights = range.getFontWeights();
  const sizes = range.getFontSizes();
  const wraps = range.getWraps();
  const colours = range.getFontColors();
  const backgrounds = range.getBackgrounds();
  const cells: Cell[] = [];
  display.forEach((line, r) =>
    line.forEach((text, c) => {
      if (text === "") return;
      const bold = weights[r]?.[c] === "bold";
      const wrap = wraps[r]?.[c] === true;
      // Headers are bold on grey and wrap; labels wrap (src/addon/templates/planGrid.ts). Other
      // text spills into an empty cell to its right: it clips only beside a filled one.
      const spills = (display[r]?.[c + 1] ?? "") === "";
      if (!wrap && (typeof values[r]?.[c] !== "string" || spills)) return;
      // Written in its own background's colour: a row marker nobody sees.
      if (
        (colours[r]?.[c] ?? "").toLowerCase() === (backgrounds[r]?.[c] || "#ffffff").toLowerCase()
      )
        return;
      cells.push({
        where: `${sheet.getName()}!R${r + 1}C${c + 1}`,
        text: shown(values[r]?.[c], text, formats[r]?.[c] ?? "", language),
        width: sheet.getColumnWidth(c + 1),
        bold,
        size: sizes[r]?.[c] ?? 10,
        wrap,
      });
    }),
  );
  let frozen = 0;
  for (let c = 1; c <= sheet.getFrozenColumns(); c++) frozen += sheet.getColumnWidth(c);
  return { cells, frozen };
}

/** Every plan of every template on every preset's funnel, built as a user of `language` would. */
function everyPlan(language: Language): { cells: Cell[]; frozen: number[]; plans: number } {
  const locale = language.replace("-", "_");
  const book = new FakeWorkbook({}, { locale });
  const addon = openAddon(book, new FakeLock(), new FakeSession(locale));
  const cells: Cell[] = [];
  const frozen: number[] = [];
  let plans = 0;
  presets(language).forEach((preset, i) => {
    const name = `F${i + 1}`;
    const created = addon.run<{ ok: boolean; message?: string }>("createFunnel", {
      name,
      stages: preset.stages,
      wonStageIndex: preset.wonStageIndex,
    });
    if (!created.ok) throw new Error(created.message);
    for (const template of TEMPLATES) {
      // A plan without a funnel is the same on every preset: built once.
      if (!template.needsFunnel && i > 0) continue;
      book.getSheetByName(name)!.activate();
      const before = book.getSheets().length;
      runNewPlan(addon, template.command);
      expect(book.getSheets().length).toBe(before + 1);
      const plan = book.getActiveSheet();
      // Compact (SPEC §6): every block starts in the first 40 rows, the header rows are frozen,
      // and so is the stage column where the plan has one.
      const anchors = Object.values(anchorsOf(plan) as unknown as Record<string, Anchor>);
      const late = anchors.filter((a) => a.row > 40).map((a) => `${plan.getName()} ${a.name}`);
      expect(late).toEqual([]);
      expect(plan.getFrozenRows()).toBeGreaterThan(0);
      expect(plan.getFrozenRows()).toBeLessThanOrEqual(40);
      expect(plan.getFrozenColumns()).toBeLessThanOrEqual(1);
      const found = headerCells(plan, language);
      cells.push(...found.cells);
      frozen.push(found.frozen);
      plans++;
    }
  });
  return { cells, frozen, plans };
}

/**
 * Lays the cells out in Chromium as Sheets draws them, in a window with the sidebar open, and
 * returns those whose text does not fit: each is a div of its column's width less the cell's
 * chrome, in Arial at its size and weight, wrapping between words (CJK between characters) where
 * the cell wraps; text wider than the div overflows it (scrollWidth > clientWidth).
 */
async function clipped(page: Page, cells: Cell[]): Promise<string[]> {
  await page.setViewportSize(WINDOW);
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:0;display:flex">` +
      `<main id="grid" style="flex:1;overflow:auto"></main>` +
      `<aside style="width:${SIDEBAR}px;flex:none"></aside></body>`,
  );
  return page.evaluate(
    ({ cells, chrome }) => {
      const grid = document.getElementById("grid")!;
      const out: string[] = [];
      const divs = cells.map((cell) => {
        const div = document.createElement("div");
        div.textContent = cell.text;
        div.style.cssText =
          `width:${cell.width - chrome}px;font-family:Arial;font-size:${cell.size}pt;` +
          `font-weight:${cell.bold ? "bold" : "normal"};white-space:${cell.wrap ? "normal" : "nowrap"};` +
          `word-break:normal;overflow-wrap:normal;overflow:hidden;line-height:normal`;
        grid.appendChild(div);
        return div;
      });
      divs.forEach((div, i) => {
        const cell = cells[i]!;
        if (div.scrollWidth > div.clientWidth)
          out.push(
            `${cell.where} “${cell.text}” needs ${div.scrollWidth + chrome} px of ${cell.width}`,
          );
      });
      return out;
    },
    { cells, chrome: CELL_CHROME },
  );
}

describe.each(LANGUAGES)("every plan in %s", (language) => {
  it("fits every header and label in its column, with the sidebar open", async () => {
    const { cells, frozen, plans } = everyPlan(language);
    expect(plans).toBeGreaterThanOrEqual(TEMPLATES.length);
    expect(cells.length).toBeGreaterThan(plans * 5);
    const page = await browser().newPage();
    try {
      // The measurement itself: a word as wide as the column must be found.
      const probe = [{ ...cells[0]!, where: "probe", text: "W".repeat(40) }];
      expect(await clipped(page, probe)).toHaveLength(1);
      expect(await clipped(page, cells)).toEqual([]);
      // The frozen stage column leaves the grid room to scroll beside the sidebar.
      const visible = await page.evaluate(() => document.getElementById("grid")!.clientWidth);
      expect(visible).toBe(WINDOW.width - SIDEBAR);
      for (const width of frozen) expect(width).toBeLessThan((visible - GRID_CHROME) / 2);
    } finally {
      await page.close();
    }
  });
});
