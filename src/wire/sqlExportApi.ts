/**
 * The server API of the *Export funnel as SQL…* dialog, shared by src/addon/sqlExportServer.ts and
 * the dialog's typed google.script.run client. The dialog opens with the funnel list and the first
 * funnel's stages (src/wire/pages.ts) and builds every query in the page: the server is asked only
 * for another funnel's stage names. Plain JSON only.
 */
export interface SqlExportApi {
  /** The funnel's stage names, top first, as its stage table holds them. */
  getFunnelStages(key: string): string[];
}
