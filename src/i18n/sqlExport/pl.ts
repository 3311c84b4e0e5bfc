import type { SqlExportMessages } from "./en";

/** Polish SQL export dialog. */
export function pl(): SqlExportMessages {
  return {
    layoutLog: "Dziennik rekordów (najdalszy etap)",
    layoutHistory: "Historia etapów (id rekordu, etap)",
    layoutMatrix: "Daty etapów (kolumna na etap)",
    dialectBigQuery: "BigQuery (połączone arkusze)",
    query: "Zapytanie",
    copy: "Kopiuj",
    close: "Zamknij",
    stageColumn: "Kolumna etapu",
    statusColumn: "Kolumna statusu (opcjonalnie)",
    openRecords: "Otwarte rekordy",
    openInclude: "Licz jako (jeszcze) nieprzekonwertowane",
    openExclude: "Pomiń w konwersji ich etapu",
    openNeedsStatus:
      "Podaj kolumnę statusu (otwarta, wygrana, przegrana), aby pominąć otwarte rekordy.",
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
    loading: "Wczytywanie…",
    couldNotLoad: (error) => `Nie udało się odczytać etapów lejka: ${error}`,
    tableHelp:
      "Podaj tabelę jako projekt.zbiór.tabela (BigQuery) lub schemat.tabela: litery, cyfry, _ i -.",
    columnHelp: "Podaj nazwę kolumny (litery, cyfry, _ i -), np. deal_stage.",
    nameEmpty: "Nazwa jest pusta.",
    nameEmptyPart: (name) => `„${name}” ma pustą część (dwie kropki z rzędu albo kropkę na końcu).`,
    nameTooManyParts: (name) => `„${name}” ma więcej niż trzy części.`,
    nameCharacter: (name, character) =>
      `„${name}” zawiera „${character}”, a nazwa nie może tego zawierać.`,
    nameSpaces: (name) => `„${name}” zaczyna się lub kończy spacją albo ma dwie spacje z rzędu.`,
    nameTooLong: (name) => `„${name}” jest za długa.`,
    namePostgresLength: (name) =>
      `„${name}” przekracza 63 bajty, na które PostgreSQL pozwala w nazwach (zostałaby ucięta): podaj prawdziwą nazwę tabeli.`,
    stageUnwritable: (item) =>
      `Etap ${item} zawiera znak, którego tekst SQL nie przeniesie: wpisz nazwę ponownie w edytorze etapów.`,
    stageRepeats: (item, name, earlier) =>
      `Etap ${item} „${name}” powtarza etap ${earlier} (wielkość liter i spacje się nie liczą): zmień nazwę jednego z nich w edytorze etapów.`,
  };
}
