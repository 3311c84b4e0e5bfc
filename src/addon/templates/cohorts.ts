import { MAX_PERIODS } from "../../core/cohorts";
import { serialOfDay } from "../../core/localDates";
import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import { Anchor, LayoutBuilder, STAGE_ROOM, type Layout } from "./layout";
import {
  header,
  input,
  label,
  output,
  remark,
  section,
  spill,
  textLiteral,
  titledFor,
  type CellInput,
  type Formats,
  type FunnelRef,
  type SheetPlan,
  type StageInputs,
} from "./sheetPlan";
import { stageRefs } from "./stageBlocks";

/** Rows kept for a pasted export. */
export const EXPORT_ROWS = 500;
const EXAMPLE_RECORDS = 72;
const EXAMPLE_MONTHS = 6;
/** Example records move on with this chance, so every stage of a 7-stage funnel gets a few. */
const EXAMPLE_PROGRESS = 0.62;
const FALLBACK_DAYS = 10;
const DATE_FORMAT = "yyyy-mm-dd";
/**
 * Columns kept for removed stages' dates: a funnel rarely loses more at once, and a pasted export
 * is big — past this the save asks the team to clear the oldest (planSync.ts).
 */
const REMOVED_COLUMNS = 10;
/** Rows of the cohort table that carry its formats: ten years of monthly cohorts. */
const COHORT_ROWS = 120;
/**
 * Columns read from a pasted CRM export: as many as the stage columns, so one IF picks either
 * whole. A HubSpot deals export with a pipeline's Date entered columns and a dozen other
 * properties fits; the block is the layout's last, so a wider paste spills into empty columns, not
 * into the plan — and the sheet says so (the block's one extra column is watched).
 */
export const PASTE_COLUMNS = STAGE_ROOM;

/** A deterministic pseudo-random number in [0, 1) for the example (same sheet every time). */
function noise(seed: number): number {
  const x = Math.sin(seed * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
}

/**
 * Example stage dates (date serials) for the funnel's stages: records entering over the last
 * EXAMPLE_MONTHS months, each moving on with EXAMPLE_PROGRESS after about the stage's planned days;
 * a stage that would be reached after today is not reached yet.
 */
export function exampleStageDates(funnel: FunnelRef, today: Date): (number | string)[][] {
  const todaySerial = serialOfDay(today.getFullYear(), today.getMonth(), today.getDate());
  const firstSerial = serialOfDay(today.getFullYear(), today.getMonth() - EXAMPLE_MONTHS, 1);
  const span = todaySerial - firstSerial;
  return Array.from({ length: EXAMPLE_RECORDS }, (_, r) => {
    const row: (number | string)[] = new Array<number | string>(funnel.stageCount).fill("");
    let date = firstSerial + Math.floor((r / EXAMPLE_RECORDS) * span);
    row[0] = date;
    for (let s = 1; s < funnel.stageCount; s++) {
      if (noise(r * 31 + s) >= EXAMPLE_PROGRESS) break;
      const planned = funnel.days[s - 1];
      const days = typeof planned === "number" && planned > 0 ? planned : FALLBACK_DAYS;
      date += Math.max(0, Math.round(days * (0.55 + noise(r * 17 + s * 7))));
      if (date > todaySerial) break;
      row[s] = date;
    }
    return row;
  });
}

/**
 * The days-in-stage table over the stage room at the top, its note beside it; under it the
 * export — one date column per stage, headed by the stage list, each column keyed to its stage
 * in a hidden row above the header — then the columns of removed stages, and the cohort table to
 * their right.
 */
export function cohortsLayout() {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const days = l.stageTable("days", 3, { row: title.lastRow + 3, col: 1 });
  l.add("note", { rows: 1, cols: 1 }, l.rightOf(days.block));
  const keys = l.add("keys", { rows: 1, cols: STAGE_ROOM }, l.below(days.block, 2));
  const exportHead = l.add("export.header", { rows: 1, cols: STAGE_ROOM }, l.below(keys, 0));
  const exportBody = l.add(
    "export.body",
    { rows: EXPORT_ROWS, cols: STAGE_ROOM },
    l.below(exportHead, 0),
    "stageInput",
  );
  const removed = l.add(
    "removed",
    { rows: EXPORT_ROWS + 1, cols: REMOVED_COLUMNS },
    l.rightOf(exportHead),
    "removed",
  );
  const cohort = l.add(
    "cohort",
    { rows: COHORT_ROWS + 1, cols: STAGE_ROOM + 1 },
    l.rightOf(removed),
  );
  // The hidden marker column sits in the gap before the paste area, so no paste reaches it.
  l.markerAt(cohort.lastCol + 1);
  const paste = l.add(
    "paste",
    // One column more than is read: a paste reaching it is told so (paste.warning).
    { rows: EXPORT_ROWS + 1, cols: PASTE_COLUMNS + 1 },
    l.rightOf(cohort, 2),
    "input",
  );
  // Over the paste area's title: a warning when a paste reaches past the columns read.
  l.add("paste.warning", { rows: 1, cols: 1 }, { row: paste.row - 2, col: paste.col });
  l.freeze(days.header.row, 1);
  void exportBody;
  return l.build() as Layout<
    | "title"
    | `days${"" | ".header" | ".body"}`
    | "note"
    | "keys"
    | "export.header"
    | "export.body"
    | "removed"
    | "cohort"
    | "paste"
    | "paste.warning"
  >;
}

export type CohortsLayout = ReturnType<typeof cohortsLayout>;

/** Each export column follows its stage (keyed in the hidden row); removed stages' go right. */
export function cohortsStageInputs(layout: CohortsLayout): StageInputs {
  const a = layout.anchors;
  const removed = a.removed;
  return {
    axis: "columns",
    input: a["export.body"],
    keys: a.keys,
    removed: new Anchor(
      "removed.body",
      removed.row + 1,
      removed.col,
      removed.rows - 1,
      removed.cols,
    ),
    removedNames: new Anchor("removed.names", removed.row, removed.col, 1, removed.cols),
  };
}

/**
 * Cohorts and time in stage (SPEC §6.7): a stage-date export → days in stage measured by
 * STAGE_DAYS (median), beside the stage table's own days, and conversion by monthly intake cohort
 * by COHORT_CONVERSION. Two places hold the export:
 * - the paste area (right of the cohort table): a CRM export as it came, header row included.
 *   Its column titles are matched to stages through the funnel's stage map (`<key>_Map`: the
 *   stage table's names and CRM names), columns whose titles name no stage are left out
 *   (`other_columns` "ignore"), so the sheet follows the stage table by name. While it holds
 *   anything, the sheet reads it;
 * - otherwise the stage columns (headed by the stage list; example dates at first): only those
 *   under a stage name are read, and each belongs to its stage (planSync.ts).
 * Funnel Math ▸ Use measured days in the funnel writes the medians into the stage table
 * (measuredDays.ts).
 */
export function cohorts(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  today: Date,
  layout: CohortsLayout = cohortsLayout(),
): SheetPlan {
  const t = m.cohorts;
  const a = layout.anchors;
  const { stages, days, map } = namedRangeNames(funnel.key);
  const exportBlock = a["export.body"].a1();
  const exportHead = a["export.header"];
  const paste = a.paste;
  const pasteHead = paste.range(0, 0, 1, PASTE_COLUMNS);
  // The export the sheet reads: the paste area once anything is in its header row, else the stage
  // columns under their header (the stage list). Both are the same size, so IF picks one whole.
  const keyed = exportHead.range(0, 0, EXPORT_ROWS + 1, STAGE_ROOM);
  const data = `IF(COUNTA(${pasteHead})>0, ${paste.range(0, 0, paste.rows, PASTE_COLUMNS)}, ${keyed})`;
  // Column titles are read through the funnel's stage map, which names each stage and its CRM
  // names; a funnel without CRM names has no map yet (src/addon/crmMap.ts) — the name is unknown
  // (#NAME?) — and its stage list names the stages until the store writes one: the sheet follows
  // the stage table without a Refresh. Titles that name no stage — Record ID, Deal Name, an empty
  // stage column — are left out ("ignore").
  const stageOrder = `IFERROR(${map}, ${stages})`;
  // Results are capped at the room they have: a map may have more rows than the funnel has stages.
  const measured = `ARRAY_CONSTRAIN(TRANSPOSE(STAGE_DAYS(${data}, "median", ${stageOrder}, "ignore")), ${STAGE_ROOM}, 1)`;
  const cohortTable = `ARRAY_CONSTRAIN(COHORT_CONVERSION(${data}, "month", , ${stageOrder}, "ignore"), ${MAX_PERIODS}, ${STAGE_ROOM + 1})`;
  // An empty export (cleared to paste the team's own, or moved away with removed stages) shows
  // empty tables, not an error in each of their cells. Days in stage need dates anywhere in the
  // stage columns (a stage new at the top has none yet, the others keep their medians); cohorts
  // are grouped by the top stage's date, so they need dates in its column. A paste needs only
  // its header row.
  const whenDates = (formula: string, guard: string) =>
    `=ARRAYFORMULA(IF(AND(COUNTA(${pasteHead})=0, COUNT(${guard})=0), "", ${formula}))`;
  const examples = exampleStageDates(funnel, today);
  const exportCells: CellInput[][] = Array.from({ length: EXPORT_ROWS }, (_, r) =>
    Array.from({ length: STAGE_ROOM }, (_, c) => examples[r]?.[c] ?? ""),
  );
  const body = a["days.body"];
  const cohort = a.cohort;
  const removed = a.removed;

  return {
    baseName: t.sheetName,
    layout,
    stages: stageRefs(funnel),
    stageInputs: cohortsStageInputs(layout),
    blocks: [
      ...titledFor(a.title, m.common.funnelLine, t.title, funnel, t.subtitle),
      section({ row: a.days.row - 1, col: a.days.col }, t.daysInStage),
      header(a["days.header"].row, a["days.header"].col, [[m.common.stage, t.measured, t.inTable]]),
      label(body.row, body.col, spill(`={${stages}}`, STAGE_ROOM)),
      output(
        body.row,
        body.col + 1,
        spill(whenDates(measured, exportBlock), STAGE_ROOM),
        formats.decimal,
      ),
      output(body.row, body.col + 2, spill(`={${days}}`, STAGE_ROOM), formats.decimal),
      remark({ row: a.note.row, col: a.note.col }, t.useDaysNote),

      section({ row: a.keys.row - 1, col: a.keys.col }, t.export),
      header(
        exportHead.row,
        exportHead.col,
        spill(`=TRANSPOSE(${stages})`, 1, STAGE_ROOM),
        undefined,
        t.exportNote,
      ),
      input(a["export.body"].row, a["export.body"].col, exportCells, DATE_FORMAT),
      section({ row: removed.row - 1, col: removed.col }, m.plans.removedStages),
      header(
        removed.row,
        removed.col,
        [new Array<CellInput>(REMOVED_COLUMNS).fill("")],
        undefined,
        m.plans.removedNote,
      ),
      label(
        removed.row + 1,
        removed.col,
        Array.from({ length: EXPORT_ROWS }, () => new Array<CellInput>(REMOVED_COLUMNS).fill("")),
        DATE_FORMAT,
      ),

      section({ row: cohort.row - 1, col: cohort.col }, t.cohortConversion),
      header(cohort.row, cohort.col, [
        [
          t.cohort,
          t.records,
          `=ARRAYFORMULA(IF(${exportHead.range(0, 1, 1, STAGE_ROOM - 1)}="", "", ${exportHead.range(0, 1, 1, STAGE_ROOM - 1)}))`,
          ...new Array<string>(STAGE_ROOM - 2).fill(""),
        ],
      ]),
      output(
        cohort.row + 1,
        cohort.col,
        spill(whenDates(cohortTable, a["export.body"].column(0)), COHORT_ROWS, STAGE_ROOM + 1),
        formats.percent,
        t.cohortNote,
      ),
      // The records column counts; the block is empty, the spill above fills it.
      output(cohort.row + 1, cohort.col + 1, spill("", COHORT_ROWS), formats.integer),

      section({ row: paste.row - 1, col: paste.col }, t.paste),
      output(a["paste.warning"].row, a["paste.warning"].col, [[pasteWarning(paste, t)]]),
      input(
        paste.row,
        paste.col,
        Array.from({ length: paste.rows }, () => new Array<CellInput>(paste.cols).fill("")),
        undefined,
        t.pasteNote,
      ),
    ],
    charts: [],
    highlights: [],
  };
}

/**
 * The paste area's warning: a paste is read only inside the area, so the sheet says when one
 * reaches past it — into the watched column after the area (too wide), or into the row under it
 * (longer than the EXPORT_ROWS records read; an export has no empty rows, so a longer one always
 * fills that row). Never a silent cut: the tables would show part of an export as if whole.
 * The row under the area is outside the plan's frame: read, never written.
 */
function pasteWarning(paste: Anchor, t: SheetMessages["cohorts"]): string {
  const wide = `COUNTA(${paste.range(0, PASTE_COLUMNS, paste.rows, 1)})>0`;
  const long = `COUNTA(${paste.range(paste.rows, 0, 1, paste.cols)})>0`;
  const tooWide = textLiteral(t.pasteTooWide(PASTE_COLUMNS));
  const tooLong = textLiteral(t.pasteTooLong(EXPORT_ROWS));
  return `=IF(${wide}, ${tooWide} & IF(${long}, " " & ${tooLong}, ""), IF(${long}, ${tooLong}, ""))`;
}
