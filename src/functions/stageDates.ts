import { fail } from "./errors";
import type { Kind } from "./kinds";
import type { ParamDocs } from "./registry";
import { toRows } from "./shapes";

/**
 * `stage_dates` as rows of raw cells, read by the function once it knows its stage names
 * (src/functions/crmData). Every layout it reads has at least `minStages` columns (a history has
 * three), so fewer is an error here, in argument order.
 */
export function stageDatesRange(minStages: number): Kind<unknown[][]> {
  return {
    shape: "range",
    coerce(value, argument) {
      const rows = toRows(value, argument);
      const width = rows.length > 0 ? rows[0]!.length : 0;
      if (width < minStages) {
        fail(
          argument,
          `has ${width === 0 ? "no cells" : `${width} column${width === 1 ? "" : "s"}`} — select one column of dates per stage (at least ${minStages}), one row per record`,
        );
      }
      return rows;
    },
  };
}

/** How STAGE_DAYS and COHORT_CONVERSION document their `stage_dates` (build-time only). */
export const STAGE_DATES_DOCS: ParamDocs = {
  type: "block of dates (one row per record, one column per stage), or a stage history",
  description:
    "The date each record entered each stage, one column per stage (top first; a header row is skipped); empty where it never did. With stage_order, also a stage history: record id, stage, date.",
  example: "B2:H900",
};

/** How STAGE_DAYS and COHORT_CONVERSION document their `stage_order` (build-time only). */
export const STAGE_NAMES_DOCS: ParamDocs = {
  type: "row or column of stage names, or a stage map",
  description:
    "The funnel's stages top first, or a stage map (CRM name, funnel stage), such as Funnel_Map: names the columns by their header row, or reads a stage history.",
  example: "Funnel_Map",
  default: "none",
};

/** How STAGE_DAYS and COHORT_CONVERSION document their `other_columns` (build-time only). */
export const OTHER_COLUMNS_DOCS: ParamDocs = {
  description:
    'Columns whose title names no stage: "error" names them (a misspelt stage shows), "ignore" leaves them out, so a whole export pasted as it came (Record ID, Deal Name, … beside the stage date columns) works. "ignore" reads the first row as the titles and needs stage_order.',
  example: '"ignore"',
  default: '"error"',
};
