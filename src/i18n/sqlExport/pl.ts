import type { SqlExportMessages } from "./en";

/** Polish SQL export dialog. */
export function pl(): SqlExportMessages {
  return {
    layoutLog: "Dziennik rekordów (najdalszy etap)",
    layoutEvents: "Zdarzenia (id rekordu, etap)",
    layoutMatrix: "Daty etapów (kolumna na etap)",
    dialectBigQuery: "BigQuery (połączone arkusze)",
    query: "Zapytanie",
    copy: "Kopiuj",
    close: "Zamknij",
    stageColumn: "Kolumna etapu",
    recordIdColumn: "Kolumna id rekordu",
    dateColumn: (stage) => `Kolumna daty: ${stage}`,
    fixStageTable: "Najpierw popraw tabelę etapów lejka.",
    checkField: "Sprawdź wyróżnione pole.",
    copiedPaste: "Skopiowano. Wklej zapytanie do konsoli BigQuery lub edytora SQL.",
    copied: "Skopiowano.",
    pressCopy: "Naciśnij Ctrl+C (⌘C), aby skopiować zaznaczone zapytanie.",
    intro:
      "Zapytanie liczy w Twojej hurtowni te same wartości co STAGE_CONVERSION: wiersz na etap z liczbą rekordów, które do niego dotarły, i konwersją do następnego etapu.",
    funnel: "Lejek",
    layout: "Układ danych",
    dialect: "Dialekt SQL",
    table: "Tabela",
    columns: "Kolumny",
    noFunnel: "W tym arkuszu nie ma jeszcze lejka: utwórz go w edytorze etapów.",
  };
}
