/**
 * English text of the *Export funnel as SQL…* dialog (its own HTML page, which carries every
 * language and speaks the user's). SQL keywords, dialect names and column names stay as they are.
 */
export function en() {
  return {
    layoutLog: "Record log (furthest stage)",
    layoutEvents: "Events (record id, stage)",
    layoutMatrix: "Stage dates (a column each)",
    dialectBigQuery: "BigQuery (Connected Sheets)",
    query: "The query",
    copy: "Copy",
    close: "Close",
    stageColumn: "Stage column",
    recordIdColumn: "Record id column",
    dateColumn: (stage: string) => `${stage} date column`,
    fixStageTable: "Fix the funnel's stage table first.",
    checkField: "Check the highlighted field.",
    copiedPaste: "Copied. Paste it into the BigQuery console or your SQL editor.",
    copied: "Copied.",
    pressCopy: "Press Ctrl+C (⌘C) to copy the selected query.",
    intro:
      "The query computes STAGE_CONVERSION's numbers in your warehouse: one row per stage with the records that reached it and the conversion to the next stage.",
    funnel: "Funnel",
    layout: "Layout",
    dialect: "SQL dialect",
    table: "Table",
    columns: "Columns",
    noFunnel: "This spreadsheet has no funnel yet: create one in the stage editor.",
  };
}

export type SqlExportMessages = ReturnType<typeof en>;
