import type { SqlExportMessages } from "./en";

/** Swedish SQL export dialog. */
export function sv(): SqlExportMessages {
  return {
    layoutLog: "Postlogg (längst nådda steg)",
    layoutHistory: "Steghistorik (post-id, steg)",
    layoutMatrix: "Stegdatum (en kolumn per steg)",
    dialectBigQuery: "BigQuery (anslutna kalkylark)",
    query: "Frågan",
    copy: "Kopiera",
    close: "Stäng",
    stageColumn: "Kolumn för steg",
    statusColumn: "Statuskolumn (valfri)",
    openRecords: "Öppna poster",
    openInclude: "Räkna som (ännu) inte konverterade",
    openExclude: "Lämna utanför stegets konvertering",
    openNeedsStatus:
      "Ange statuskolumnen (öppen, vunnen, förlorad) för att lämna öppna poster utanför.",
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
    loading: "Läser in…",
    couldNotLoad: (error) => `Kunde inte läsa trattens steg: ${error}`,
    tableHelp:
      "Ange tabellen som projekt.dataset.tabell (BigQuery) eller schema.tabell, med bokstäver, siffror, _ och -.",
    columnHelp: "Ange ett kolumnnamn (bokstäver, siffror, _ och -), till exempel deal_stage.",
    nameEmpty: "Namnet är tomt.",
    nameEmptyPart: (name) =>
      `”${name}” har en tom del (två punkter i rad eller en punkt i en ände).`,
    nameTooManyParts: (name) => `”${name}” har fler än tre delar.`,
    nameCharacter: (name, character) =>
      `”${name}” innehåller ”${character}”, som ett namn inte får innehålla.`,
    nameSpaces: (name) => `”${name}” börjar eller slutar med ett mellanslag, eller har två i rad.`,
    nameTooLong: (name) => `”${name}” är för långt.`,
    namePostgresLength: (name) =>
      `”${name}” är längre än PostgreSQL:s namn på 63 byte (det skulle kortas av): använd tabellens riktiga namn.`,
    stageUnwritable: (item) =>
      `Steg ${item} innehåller ett tecken som SQL-text inte kan bära: skriv om namnet i stegredigeraren.`,
    stageRepeats: (item, name, earlier) =>
      `Steg ${item} ”${name}” upprepar steg ${earlier} (skiftläge och mellanslag räknas inte): byt namn på ett av dem i stegredigeraren.`,
  };
}
