/**
 * English text of the *Export funnel as SQL…* dialog (its own HTML page, which carries every
 * language and speaks the user's). SQL keywords, dialect names and column names stay as they are.
 */
export function en() {
  return {
    layoutLog: "Record log (furthest stage)",
    layoutHistory: "Stage history (record id, stage)",
    layoutMatrix: "Stage dates (a column each)",
    dialectBigQuery: "BigQuery (Connected Sheets)",
    query: "The query",
    copy: "Copy",
    close: "Close",
    stageColumn: "Stage column",
    statusColumn: "Status column (optional)",
    openRecords: "Open records",
    openInclude: "Count as not converted (yet)",
    openExclude: "Leave out of their stage's rate",
    openNeedsStatus: "Give the status column (open, won, lost) to leave open records out.",
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
    loading: "Loading…",
    couldNotLoad: (error: string) => `Could not read the funnel's stages: ${error}`,
    tableHelp:
      "Give the table as project.dataset.table (BigQuery) or schema.table, with letters, digits, _ and -.",
    columnHelp: "Give a column name (letters, digits, _ and -), such as deal_stage.",
    nameEmpty: "The name is empty.",
    nameEmptyPart: (name: string) =>
      `"${name}" has an empty part (two dots in a row, or a dot at an end).`,
    nameTooManyParts: (name: string) => `"${name}" has more than three parts.`,
    nameCharacter: (name: string, character: string) =>
      `"${name}" holds "${character}", which a name cannot contain.`,
    nameSpaces: (name: string) => `"${name}" starts or ends with a space, or has two in a row.`,
    nameTooLong: (name: string) => `"${name}" is too long.`,
    namePostgresLength: (name: string) =>
      `"${name}" is longer than PostgreSQL's 63-byte names (it would be cut short): use the table's real name.`,
    stageUnwritable: (item: number) =>
      `Stage ${item} holds a character SQL text cannot carry: retype its name in the stage editor.`,
    stageRepeats: (item: number, name: string, earlier: number) =>
      `Stage ${item} "${name}" repeats stage ${earlier} (case and spaces don't count): rename one in the stage editor.`,
  };
}

export type SqlExportMessages = ReturnType<typeof en>;
