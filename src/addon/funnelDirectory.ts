/**
 * Finding a workbook's funnels (SPEC §4, §8): one pass over the named ranges, and one search for
 * tables typed in by hand — never by reading every sheet.
 *
 * A funnel the store made has `<key>_Stages` (and `<key>_Rates`) over its first column: that names
 * its key, its sheet and where its stages start, wherever rows or columns were since inserted
 * around it. A table typed in by hand has no named ranges yet: a TextFinder looks for the
 * "Exit criteria" header (in any of the five languages) across the workbook. Every table has one,
 * so when the search finds exactly as many as there are funnels with named ranges, there is
 * nothing else to look at; otherwise each match is placed, and one not at a known funnel's header
 * is read as a table typed by hand (its key comes from its sheet's name and is kept from its first
 * save on). Broken named ranges (their sheet was deleted) name no funnel but still block their
 * names.
 */
import { parseA1Range } from "../core/a1";
import { deriveKey, listOrder, uniqueKey } from "../core/funnelKey";
import { namedRangeNames, parseRangeName, RANGE_PARTS, type RangePart } from "../core/funnelRanges";
import type { NamedRangePort, RangePort, SheetPort, SpreadsheetPort } from "./sheetsPort";
import { CORE_COLUMNS, countDataRows, exitCriteriaLabels, readLayout } from "./stageTable";
import { escapeRegExp } from "../core/escapeRegExp";

export interface FunnelEntry {
  key: string;
  sheet: SheetPort;
  /** The sheet's name, which is the funnel's name. */
  name: string;
  /**
   * Where the table's header row should be (the row above `<key>_Stages`, or where the search
   * found a hand-typed header) and its first column. For a funnel found by its named ranges these
   * four are asked of Sheets when first read (SPEC §8: the list needs only keys and names, so only
   * the funnel a command acts on is placed).
   */
  headerRow: number;
  column: number;
  /** Stage rows the named ranges cover (acquisition and post-sale), or the hand-typed table's. */
  stageCount: number;
  /** Rows `<key>_Stages` covers (the stages down to the won stage); 0 for a hand-typed table. */
  acquisitionRows: number;
  /** This funnel's named ranges, by part (a broken one included: it can be pointed anew). */
  ranges: Partial<Record<RangePart, NamedRangePort>>;
  /** `<key>_Stages`'s range as the lookup fetched it (what an undo puts the name back on). */
  stagesRange?: RangePort;
  handTyped: boolean;
}

export interface FunnelDirectory {
  funnels: FunnelEntry[];
  find(key: string): FunnelEntry | undefined;
  /** Every named range by its lower-case name: Sheets refuses a name taken ignoring case. */
  named: ReadonlyMap<string, NamedRangePort>;
  /**
   * A key whose named ranges are all free, for a new funnel named `name`; `inUse` says whether a
   * candidate is still used elsewhere (by a deleted funnel's plans), asked only of a key that is
   * otherwise free.
   */
  freeKey(name: string, preferred?: string, inUse?: (key: string) => boolean): string;
}

/** Range.getA1Notation as a rectangle, or undefined when the named range is broken. */
export function rectOf(named: NamedRangePort) {
  const range = rangeOf(named);
  const rect = range ? parseA1Range(range.getA1Notation()) : undefined;
  return range && rect ? { range, rect } : undefined;
}

/** The named range's range, or undefined when it is a broken reference (its sheet was deleted). */
export function rangeOf(named: NamedRangePort): RangePort | undefined {
  try {
    return named.getRange();
  } catch {
    return undefined;
  }
}

/**
 * A funnel found by its `<key>_Stages` range, placed (the range's A1 notation, and the post-sale
 * range's) only when a command first reads where it is: a list of funnels asks nothing per funnel
 * beyond its named ranges' names and its sheet's name (SPEC §8).
 */
function placedLater(
  found: Pick<FunnelEntry, "key" | "sheet" | "name" | "ranges">,
  stages: RangePort,
): FunnelEntry {
  let place: Pick<FunnelEntry, "headerRow" | "column" | "stageCount" | "acquisitionRows">;
  const placed = () => {
    if (place) return place;
    const rect = parseA1Range(stages.getA1Notation());
    const post = found.ranges.postStages ? rectOf(found.ranges.postStages) : undefined;
    const rows = rect?.numRows ?? 0;
    place = {
      headerRow: (rect?.row ?? 1) - 1,
      column: rect?.column ?? 1,
      stageCount: rows + (post?.rect.numRows ?? 0),
      acquisitionRows: rows,
    };
    return place;
  };
  // Own, enumerable getters: a copy ({ ...entry }) reads them, and so places the funnel it copies.
  return {
    ...found,
    stagesRange: stages,
    handTyped: false,
    get headerRow() {
      return placed().headerRow;
    },
    get column() {
      return placed().column;
    },
    get stageCount() {
      return placed().stageCount;
    },
    get acquisitionRows() {
      return placed().acquisitionRows;
    },
  };
}

export function scanFunnels(ss: SpreadsheetPort): FunnelDirectory {
  const named = new Map<string, NamedRangePort>();
  const byKey = new Map<string, Partial<Record<RangePart, NamedRangePort>>>();
  for (const range of ss.getNamedRanges()) {
    const name = range.getName();
    named.set(name.toLowerCase(), range);
    const parsed = parseRangeName(name);
    if (!parsed) continue;
    const parts = byKey.get(parsed.key) ?? {};
    parts[parsed.part] = range;
    byKey.set(parsed.key, parts);
  }

  const funnels: FunnelEntry[] = [];
  for (const [key, ranges] of byKey) {
    // A funnel has its stages and its rates; a lone "<x>_Stages" of the user's is no funnel.
    if (!ranges.stages || !ranges.rates) continue;
    const stages = rangeOf(ranges.stages);
    if (!stages) continue;
    const sheet = stages.getSheet();
    funnels.push(placedLater({ key, sheet, name: sheet.getName(), ranges }, stages));
  }

  const labels = exitCriteriaLabels().map(escapeRegExp).join("|");
  const hits = ss.createTextFinder(`^\\s*(${labels})\\s*$`).useRegularExpression(true).findAll();
  if (hits.length !== funnels.length) {
    const known = new Set(funnels.map((f) => `${f.name}!${f.headerRow}:${f.column}`));
    const keys = new Set(funnels.map((f) => f.key.toLowerCase()));
    for (const hit of hits) {
      const sheet = hit.getSheet();
      const at = parseA1Range(hit.getA1Notation());
      const column = (at?.column ?? 0) - (CORE_COLUMNS.length - 1);
      if (!at || column < 1) continue;
      const name = sheet.getName();
      if (known.has(`${name}!${at.row}:${column}`)) continue;
      // A header above a funnel's stages with rows in between belongs to that funnel.
      if (funnels.some((f) => f.name === name && f.column === column && f.headerRow > at.row))
        continue;
      const table = readHandTyped(sheet, at.row, column);
      if (!table) continue;
      const key = uniqueKey(deriveKey(name), (k) => keyTaken(k, keys, named));
      keys.add(key.toLowerCase());
      known.add(`${name}!${at.row}:${column}`);
      funnels.push({
        key,
        sheet,
        name,
        headerRow: at.row,
        column,
        stageCount: table.stageCount,
        acquisitionRows: 0,
        ranges: {},
        handTyped: true,
      });
    }
  }

  funnels.sort(listOrder);
  return {
    funnels,
    named,
    find: (key) => funnels.find((f) => f.key === key),
    freeKey(name, preferred, inUse) {
      const keys = new Set(funnels.map((f) => f.key.toLowerCase()));
      return uniqueKey(
        preferred ?? deriveKey(name),
        (k) => keyTaken(k, keys, named, true) || (inUse?.(k) ?? false),
      );
    },
  };
}

/**
 * One funnel by its key, from `<key>_Stages` alone — three calls (four once placed), however many
 * funnels and sheets the workbook has — for commands about one funnel (load, usage). Undefined
 * when there is no such range: a table typed by hand is found by the whole pass.
 */
export function locateFunnel(ss: SpreadsheetPort, key: string): FunnelEntry | undefined {
  const range = ss.getRangeByName(namedRangeNames(key).stages);
  if (!range) return undefined;
  const sheet = range.getSheet();
  return placedLater({ key, sheet, name: sheet.getName(), ranges: {} }, range);
}

/**
 * One funnel by its key with its named ranges (a write points them anew or removes them), found
 * from its own sheet: `<key>_Stages`, its sheet, that sheet's named ranges, then each of the
 * funnel's names not on that sheet asked for by name — a handful of calls however many funnels
 * and sheets the workbook has (SPEC §8). Undefined when `<key>_Stages`, `_Rates` or `_Days` is
 * not on that sheet, or another of its names points elsewhere (moved by hand): the whole pass
 * then decides, as it does for a table typed by hand. An optional name (post-sale, CRM map) left
 * broken elsewhere (its sheet deleted) is not seen here: getRangeByName has no range for it.
 */
export function locateFunnelToWrite(ss: SpreadsheetPort, key: string): FunnelEntry | undefined {
  const names = namedRangeNames(key);
  const stages = ss.getRangeByName(names.stages);
  if (!stages) return undefined;
  const sheet = stages.getSheet();
  const ranges: Partial<Record<RangePart, NamedRangePort>> = {};
  for (const named of sheet.getNamedRanges()) {
    const parsed = parseRangeName(named.getName());
    if (parsed?.key === key) ranges[parsed.part] = named;
  }
  // The store gives every funnel these three: one missing here was moved or broken by hand.
  if (!ranges.stages || !ranges.rates || !ranges.days) return undefined;
  for (const part of RANGE_PARTS)
    if (!ranges[part] && ss.getRangeByName(names[part])) return undefined;
  return placedLater({ key, sheet, name: sheet.getName(), ranges }, stages);
}

/**
 * One funnel by its key as the whole pass lists it — a funnel only with its rates, its stage count
 * with the post-sale stages — in at most seven calls, however many funnels the workbook has.
 */
export function locateListedFunnel(ss: SpreadsheetPort, key: string): FunnelEntry | undefined {
  const names = namedRangeNames(key);
  const entry = locateFunnel(ss, key);
  if (!entry || !ss.getRangeByName(names.rates)) return undefined;
  const post = ss.getRangeByName(names.postStages);
  const postRect = post ? parseA1Range(post.getA1Notation()) : undefined;
  return { ...entry, stageCount: entry.stageCount + (postRect?.numRows ?? 0) };
}

/**
 * Whether a key is taken: another funnel's, or one of its names is a live named range. A broken
 * named range (its sheet deleted) can be reused by a new funnel; with `brokenBlocks` it blocks too.
 */
function keyTaken(
  key: string,
  keys: ReadonlySet<string>,
  named: ReadonlyMap<string, NamedRangePort>,
  reuseBroken = false,
): boolean {
  if (keys.has(key.toLowerCase())) return true;
  return Object.values(namedRangeNames(key)).some((name) => {
    const existing = named.get(name.toLowerCase());
    if (!existing) return false;
    // The exact name of a broken range is ours to repair; anything else blocks the key.
    if (reuseBroken && existing.getName() === name && !rectOf(existing)) return false;
    return true;
  });
}

/** A table typed by hand at (row, column): its header must read as a stage table's. */
function readHandTyped(
  sheet: SheetPort,
  row: number,
  column: number,
): { stageCount: number } | undefined {
  const values = sheet.getDataRange().getValues();
  const block = values.slice(row - 1).map((line) => line.slice(column - 1));
  const layout = readLayout(block[0]);
  if (!layout) return undefined;
  return { stageCount: countDataRows(block, layout.length) };
}
