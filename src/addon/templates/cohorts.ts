import { serialOfDay } from "../../core/localDates";
import { a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import {
  header,
  input,
  label,
  output,
  remark,
  section,
  spill,
  STAGE_ROOM,
  titledFor,
  type CellInput,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

/** Rows kept for a pasted export; the cohort table starts below them. */
export const EXPORT_ROWS = 500;
/** First row of the days-in-stage table (stages down column A). */
export const DAYS_FIRST_ROW = 6;
const EXAMPLE_RECORDS = 72;
const EXAMPLE_MONTHS = 6;
/** Example records move on with this chance, so every stage of a 7-stage funnel gets a few. */
const EXAMPLE_PROGRESS = 0.62;
const FALLBACK_DAYS = 10;
const DATE_FORMAT = "yyyy-mm-dd";
/** Rows of the cohort table that carry its formats: ten years of monthly cohorts. */
const COHORT_ROWS = 120;

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
 * Cohorts and time in stage (SPEC §6.7): a pasted stage-date export (one row per record, one date
 * column per stage, headed by the stage list) → days in stage measured by STAGE_DAYS (median),
 * beside the stage table's own days, and conversion by monthly intake cohort by
 * COHORT_CONVERSION. Only the stage columns of the export (those under a stage name) are read, so
 * the sheet follows the stage table. Funnel Math ▸ Use measured days in the funnel writes the
 * medians into the stage table (measuredDays.ts).
 */
export function cohorts(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  today: Date,
): SheetPlan {
  const t = m.cohorts;
  const { stages, days } = namedRangeNames(funnel.key);
  const daysFirst = DAYS_FIRST_ROW;
  const exportHeader = daysFirst + STAGE_ROOM + 4;
  const exportFirst = exportHeader + 1;
  const exportBlock = a1Range(exportFirst, 1, EXPORT_ROWS, STAGE_ROOM);
  // The stage columns of the export: as many as the funnel has stages (so the sheet follows it).
  const matrix = `ARRAY_CONSTRAIN(${exportBlock}, ${EXPORT_ROWS}, ROWS(${stages}))`;
  const cohortHeader = exportFirst + EXPORT_ROWS + 2;
  const examples = exampleStageDates(funnel, today);
  const exportCells: CellInput[][] = Array.from({ length: EXPORT_ROWS }, (_, r) =>
    Array.from({ length: STAGE_ROOM }, (_, c) => examples[r]?.[c] ?? ""),
  );

  return {
    baseName: t.sheetName,
    frozenRows: 2,
    columnWidths: {
      1: 200,
      ...Object.fromEntries(Array.from({ length: STAGE_ROOM + 1 }, (_, i) => [i + 2, 110])),
    },
    blocks: [
      ...titledFor(m.common.funnelLine, t.title, funnel, t.subtitle),
      section(daysFirst - 2, t.daysInStage),
      header(daysFirst - 1, 1, [[m.common.stage, t.measured, t.inTable]]),
      label(daysFirst, 1, spill(`={${stages}}`, STAGE_ROOM)),
      output(
        daysFirst,
        2,
        spill(`=TRANSPOSE(STAGE_DAYS(${matrix}, "median"))`, STAGE_ROOM),
        formats.decimal,
      ),
      output(daysFirst, 3, spill(`={${days}}`, STAGE_ROOM), formats.decimal),
      remark(daysFirst + STAGE_ROOM + 1, t.useDaysNote),

      section(exportHeader - 1, t.export),
      header(
        exportHeader,
        1,
        spill(`=TRANSPOSE(${stages})`, 1, STAGE_ROOM),
        undefined,
        t.exportNote,
      ),
      input(exportFirst, 1, exportCells, DATE_FORMAT),

      section(cohortHeader - 1, t.cohortConversion),
      header(cohortHeader, 1, [
        [
          t.cohort,
          t.records,
          `=ARRAYFORMULA(IF(${a1Range(exportHeader, 2, 1, STAGE_ROOM - 1)}="", "", ${a1Range(exportHeader, 2, 1, STAGE_ROOM - 1)}))`,
          ...new Array<string>(STAGE_ROOM - 2).fill(""),
        ],
      ]),
      output(
        cohortHeader + 1,
        1,
        spill(`=COHORT_CONVERSION(${matrix}, "month")`, COHORT_ROWS, STAGE_ROOM + 1),
        formats.percent,
        t.cohortNote,
      ),
      // The records column counts; the block is empty, the spill above fills it.
      output(cohortHeader + 1, 2, spill("", COHORT_ROWS), formats.integer),
    ],
    charts: [],
    highlights: [],
  };
}
