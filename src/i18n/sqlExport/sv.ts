import type { SqlExportMessages } from "./en";

/** Swedish SQL export dialog. */
export function sv(): SqlExportMessages {
  return {
    layoutLog: "Postlogg (längst nådda steg)",
    layoutEvents: "Händelser (post-id, steg)",
    layoutMatrix: "Stegdatum (en kolumn per steg)",
    dialectBigQuery: "BigQuery (anslutna kalkylark)",
    query: "Frågan",
    copy: "Kopiera",
    close: "Stäng",
    stageColumn: "Kolumn för steg",
    recordIdColumn: "Kolumn för post-id",
    dateColumn: (stage) => `Datumkolumn för ${stage}`,
    fixStageTable: "Rätta först trattens stegtabell.",
    checkField: "Kontrollera det markerade fältet.",
    copiedPaste: "Kopierat. Klistra in i BigQuery-konsolen eller din SQL-editor.",
    copied: "Kopierat.",
    pressCopy: "Tryck Ctrl+C (⌘C) för att kopiera den markerade frågan.",
    intro:
      "Frågan räknar fram samma siffror som STAGE_CONVERSION i ditt datalager: en rad per steg med posterna som nådde steget och konverteringen till nästa steg.",
    funnel: "Tratt",
    layout: "Dataformat",
    dialect: "SQL-dialekt",
    table: "Tabell",
    columns: "Kolumner",
    noFunnel: "Kalkylarket har ingen tratt än: skapa en i stegredigeraren.",
  };
}
