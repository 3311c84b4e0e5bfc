/**
 * English text of the stage table itself (SPEC §4): its header row, the default funnel's name, the
 * note that keeps stage IDs, and the header of the CRM stage map. The table lives in the shared
 * sheet, so it is written in the spreadsheet's language — and read back in any of the five, so a
 * funnel made in one language loads in another (src/addon/stageTable.ts).
 */
export function en() {
  return {
    /** The header row, one label per column, in column order. */
    header: {
      name: "Stage",
      owner: "Owner",
      conversionToNext: "Conversion to next",
      daysInStage: "Days in stage",
      entryCriteria: "Entry criteria",
      exitCriteria: "Exit criteria",
      /** Optional column: a checkbox on the stage where a deal is won. */
      wonStage: "Won stage",
      /** Optional column: the names a CRM export uses for the stage, separated by ";". */
      crmNames: "CRM names",
    },
    /** The funnel New plan makes when the spreadsheet has none ("Funnel 2" when taken). */
    defaultFunnelName: "Funnel",
    /** First line of the note on the "Stage" header cell; the stage IDs follow, one per line. */
    stageIdsNote:
      "Funnel Math: the stage IDs below keep what you typed in plans beside the right stage. Leave them as they are.",
    /** Header of the two-column CRM stage map (the named range <key>_Map is the rows below it). */
    mapHeader: {
      crmName: "CRM name",
      funnelStage: "Funnel stage",
    },
    /** Note on the map's header: written from the table on every save. */
    mapNote:
      "Written from the stage table's CRM names each time the funnel is saved from the stage editor: edit the table, not this list.",
  };
}

export type StageTableMessages = ReturnType<typeof en>;
