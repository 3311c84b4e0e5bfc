import { pl as menu } from "../menu/pl";
import type { UiMessages } from "./en";
import { languageFormats } from "../format";

/** Polish UI messages. */
export function pl(): UiMessages {
  const n = (count: number) => languageFormats("pl").number(count);
  const days = (value: number | null) => (value === null ? "—" : n(value));
  return {
    menu: menu(),
    reference: {
      title: "Funkcje Funnel Math",
      hint: "Wpisz funkcję w komórce, np. =REQUIRED_LEADS(, a zobaczysz, co oznacza każdy argument.",
    },
    sidebarTitle: "Etapy lejka",
    plans: {
      createdDefaultFunnel: (name) =>
        `Utworzono tabelę etapów „${name}” z szablonu Inbound. Edytujesz ją w Funnel Math ▸ Edytor etapów.`,
      noNamedRanges: (name) =>
        `Tabela „${name}” nie ma jeszcze zakresów nazwanych. Otwórz Funnel Math ▸ Edytor etapów, zapisz lejek i utwórz plan ponownie.`,
      chooseFunnelTitle: "Który lejek?",
      createPlan: "Utwórz plan",
      chooseFunnelFor: (plan) => `${plan}: który lejek?`,
      newPlanFor: (plan) => `Nowy plan: ${plan}`,
      badFigure: (field) => `Liczby planu są nieprawidłowe (${field}): otwórz Nowy plan ponownie.`,
      tooManyStages: (name, count, room) =>
        `Lejek „${name}” ma za dużo etapów do etapu wygranej (${n(count)}); plany mieszczą najwyżej ${n(room)}.`,
      cancel: "Anuluj",
      notAPlan:
        "„Odśwież plan” przebudowuje arkusz planu na podstawie jego lejka. Otwórz arkusz planu (utworzony przez Nowy plan) i spróbuj ponownie.",
      refreshed: (funnel) =>
        `Plan przebudowany na podstawie lejka „${funnel}”. Twoje dane wejściowe zostały zachowane.`,
      viewFunnelGone: (gone, used) =>
        `Widoczny arkusz powstał z lejka „${gone}”, którego nie ma już w tym arkuszu kalkulacyjnym: zamiast niego używany jest „${used}”.`,
      viewFunnelGoneChoose: (gone) =>
        `Widoczny arkusz powstał z lejka „${gone}”, którego nie ma już w tym arkuszu kalkulacyjnym: wybierz inny lejek.`,
      funnelMissing: (funnel) =>
        `Ten plan korzysta z lejka „${funnel}”, którego nie ma już w tym arkuszu kalkulacyjnym.`,
      exportSqlTitle: "Lejek jako SQL",
      exportSqlHint: "Skopiuj ten SQL do swojej hurtowni danych: liczy ten sam lejek z tabel CRM.",
      useMeasuredDays: "Użyj tych dni w lejku",
      measuredDaysAsk: (funnel) =>
        `Użyć zmierzonych dni na etapach w lejku „${funnel}”? Przed → po:`,
      measuredDaysSame: (funnel) =>
        `Lejek „${funnel}” ma już zmierzone dni: nie ma czego zmieniać.`,
      measuredDaysSaved: (funnel) => `Zmierzone dni na etapach zapisano w lejku „${funnel}”.`,
      notCohortsSheet:
        "Otwórz arkusz kohort (Nowy plan ▸ Kohorty i czas na etapach), wklej daty etapów i spróbuj ponownie.",
      noMeasuredDays:
        "Żaden etap nie ma jeszcze zmierzonej mediany: eksport potrzebuje rekordów z datami dwóch sąsiednich etapów.",
      measuredDayChange: (stage, before, after) =>
        `${stage}: ${days(before)} → ${days(after)} ${after === 1 ? "dzień" : after !== null && !Number.isInteger(after) ? "dnia" : "dni"}`,
      measuredDaysKept: (stages) => `Bez zmian (brak pomiaru): ${stages}`,
      measuredDaysFailed: (reason) => `Dni nie zostały zapisane: ${reason}`,
      olderPlan:
        "Ten plan powstał we wcześniejszej wersji Funnel Math, więc Funnel Math nie znajdzie jego bloków: utwórz nowy plan (Nowy plan ▸ …) i przenieś swoje dane.",
      rowsInsideBlocks: (rows) =>
        `Wiersze ${rows} wstawiono do tabel planu (lub z nich usunięto), więc nie wiadomo, do którego etapu należy każdy wiersz. Usuń wstawione wiersze (lub cofnij usunięcie) – własne wiersze dodawaj nad, pod lub między tabelami – i odśwież plan ponownie.`,
      markersLost:
        "Ukryte etykiety wierszy planu zniknęły (usunięto ukrytą kolumnę?), więc nie da się znaleźć jego bloków. Cofnij zmianę lub utwórz nowy plan.",
      columnsMoved:
        "Wewnątrz planu wstawiono lub usunięto kolumny, więc odświeżenie zapisałoby bloki w złym miejscu. Cofnij to (własne kolumny dodawaj na prawo od planu) i odśwież plan ponownie.",
      occupied: (cells) =>
        `Odświeżanie przerwane: Twoje komórki ${cells} leżą wewnątrz tabel planu, gdzie rozlewają się wyniki. Przenieś je poza tabele i odśwież plan ponownie. Nic nie zmieniono.`,
      tooManyRemoved: (plan, room) =>
        `Ten zapis usuwa więcej etapów z wpisanymi danymi, niż pomieści tabela „Usunięte etapy” w „${plan}” (miejsc: ${room}). Wyczyść w „${plan}” dane, których już nie potrzebujesz, albo usuwaj etapy w kilku zapisach i spróbuj ponownie.`,
      removedTableFull: (plan) =>
        `Tabela „Usunięte etapy” w „${plan}” jest pełna: usuń niepotrzebne wpisy i spróbuj ponownie.`,
      refreshFailed: "Plan nie został odświeżony: Arkusze przerwały operację.",
      newPlanFailed: "Plan nie został utworzony: Arkusze przerwały operację.",
      exportMisaligned:
        "Kolumny eksportu nie odpowiadają już etapom lejka (lejek zmienił się od odświeżenia arkusza). Uruchom Funnel Math ▸ Odśwież plan na tym arkuszu, sprawdź zmierzone dni i spróbuj ponownie.",
    },
    store: {
      noSuchFunnel: (key) => `Lejka „${key}” nie ma już w tym arkuszu kalkulacyjnym.`,
      invalid: "Niektóre etapy trzeba poprawić przed zapisaniem.",
      busy: "Ktoś inny właśnie zapisuje ten arkusz. Spróbuj ponownie za chwilę.",
      sheetGone: (key) => `Arkusz lejka zniknął: lejka „${key}” już nie ma.`,
      conflict: (sheet) =>
        `Tabela „${sheet}” zmieniła się w arkuszu od chwili jej otwarcia. Wczytaj ją ponownie, aby zobaczyć nową wersję (niezapisane zmiany przepadną).`,
      nameRequired: "Nadaj nowemu lejkowi nazwę, np. EMEA.",
      renameRequired: "Podaj nazwę lejka.",
      newStagesInvalid: "Etapy nowego lejka wymagają poprawek: wybierz szablon i spróbuj ponownie.",
      sheetExists: (name) => `Arkusz „${name}” już istnieje: wybierz inną nazwę.`,
      nameNotText: "Nazwa lejka musi być tekstem, np. EMEA.",
      nameTooLong: (max, length) =>
        `Nazwa lejka jest też nazwą jego arkusza, a nazwa arkusza może mieć najwyżej ${max} znaków: skróć ją (ma ${length}).`,
      badRequest: (detail) =>
        `Edytor etapów przesłał dane, których dodatek nie potrafi odczytać (${detail}). Otwórz edytor etapów ponownie i spróbuj jeszcze raz.`,
      requestProblem: {
        missing: "brak",
        wrongType: "niewłaściwego typu",
        empty: "puste",
      },
      fingerprintMissing:
        "Zapis nie wskazuje, od której wersji tabeli zaczęto edycję, więc zmiany wprowadzone w arkuszu w międzyczasie mogłyby przepaść: wczytaj lejek ponownie i zapisz jeszcze raz.",
      lastSheet: "Plik musi mieć co najmniej jeden arkusz: dodaj inny arkusz, zanim usuniesz ten.",
      sheetTooNarrow: (sheet, columns, needed) =>
        `Arkusz „${sheet}” ma tylko ${columns} kolumn, a tabela etapów potrzebuje ${needed}: dodaj kolumny w arkuszu i zapisz ponownie.`,
      columnInTheWay: (header, cell) =>
        `Tabela potrzebuje kolumny „${header}”, ale w komórce ${cell} obok tabeli coś jest: przenieś to i zapisz ponownie.`,
      mapInTheWay: (cell) =>
        `Mapa etapów CRM obok tabeli potrzebuje komórki ${cell}, w której coś jest: przenieś to i zapisz ponownie.`,
      cellTooLong: (row, column, length, max) =>
        `Wiersz ${row}, ${column}: ${length} znaków, a komórka mieści najwyżej ${max}. Skróć tekst i zapisz ponownie.`,
      headerMissing: (sheet, row) =>
        `Wiersz nagłówka tabeli „${sheet}” (Etap, Właściciel…) powinien być w wierszu ${row}, tuż nad pierwszym etapem, ale go tam nie ma: przywróć go i wczytaj ponownie.`,
      headerApart: (sheet, headerRow, firstRow) =>
        `W arkuszu „${sheet}” między nagłówkiem tabeli (wiersz ${headerRow}) a jej pierwszym etapem (wiersz ${firstRow}) dodano wiersze: usuń je, aby nagłówek stał tuż nad etapami, i wczytaj ponownie.`,
      saveFailed: (step) =>
        `Nie udało się zapisać etapów: Arkusze przerwały pracę podczas ${step}.`,
      createFailed: (name, step) =>
        `Nie udało się utworzyć lejka „${name}”: Arkusze przerwały pracę podczas ${step}.`,
      renameFailed: (name, step) =>
        `Nie udało się zmienić nazwy lejka „${name}”: Arkusze przerwały pracę podczas ${step}.`,
      deleteFailed: (name, step) =>
        `Nie udało się usunąć lejka „${name}”: Arkusze przerwały pracę podczas ${step}.`,
      restored: "Wszystko jest tak jak przedtem, nic nie przepadło. Spróbuj ponownie.",
      notRestored: "Części zmian nie udało się cofnąć: sprawdź arkusz i wczytaj ponownie.",
      steps: {
        reading: "odczytu tabeli",
        makingRoom: "robienia miejsca pod tabelą",
        writingStages: "zapisu etapów",
        formattingRates: "formatowania współczynników konwersji",
        clearingOldRows: "czyszczenia starych wierszy pod tabelą",
        markingWonStage: "oznaczania etapu wygranej polami wyboru",
        namingRanges: "ustawiania zakresów nazwanych lejka na tabelę",
        keepingStageIds: "zapisu identyfikatorów etapów",
        writingMap: "zapisu mapy etapów CRM",
        updatingPlans: "przenoszenia danych z planów razem z etapami",
        addingSheet: "dodawania arkusza lejka",
        renamingSheet: "zmiany nazwy arkusza lejka",
        renamingPlans: "zmiany nazwy lejka w jego planach",
        removingRanges: "usuwania zakresów nazwanych lejka",
        deletingSheet: "usuwania arkusza lejka",
      },
    },
    validation: {
      tooManyStages: (max) =>
        `Lejek może mieć najwyżej ${max} etapów: połącz lub usuń część z nich przed zapisaniem.`,
      tooFewStages:
        "Lejek potrzebuje co najmniej dwóch etapów: gdzie rekordy wchodzą i gdzie kończą.",
      nameRequired: "Nadaj etapowi nazwę.",
      duplicateName: (first, name) =>
        `Etap ${first} już nazywa się „${name}” — każdy etap potrzebuje własnej nazwy.`,
      lastStageNoRate: "Na ostatnim etapie lejek się kończy: zostaw jego konwersję pustą.",
      rateRequired: "Podaj odsetek przechodzący do następnego etapu, np. 30%.",
      rateOutOfRange: (fraction) =>
        `${languageFormats("pl").percent(fraction)} to niemożliwa wartość: podaj konwersję powyżej 0% i najwyżej 100%.`,
      lastStageNoDays: "Ostatni etap nie ma liczby dni na etapie: zostaw to pole puste.",
      wonStageNoRate: "Na etapie wygranej kończy się pozyskanie: zostaw jego konwersję pustą.",
      wonStageNoDays: "Etap wygranej nie ma liczby dni na etapie: zostaw to pole puste.",
      negativeDays: "Liczba dni na etapie nie może być ujemna.",
      notAPercentCell: (shown) => `„${shown}” to nie procent: podaj konwersję, np. 30%.`,
      notDays: (shown) => `„${shown}” to nie liczba dni: podaj np. 14.`,
      notAPercentTyped: (typed) => `„${typed}” to nie procent: podaj np. 30.`,
      ambiguousNumber: (shown, grouped, decimal) =>
        `„${shown}” może oznaczać ${grouped} (przecinek oddziela tysiące) albo ${decimal} (przecinek dziesiętny): wpisz ${grouped} lub ${decimal}.`,
      oneWonStage: (row) =>
        `Etapem wygranej może być tylko jeden etap, a w wierszu ${row} pole jest już zaznaczone: odznacz jedno z nich.`,
      endNamesPlace: (row) =>
        `Wiersz ${row} ma nazwy w CRM, ale nie ma etapu: nazwy kończące rekord (przegrana, dyskwalifikacja) wpisuje się w jednym wierszu pod ostatnim etapem.`,
      crmNameSeparator: (name) =>
        `„${name}”: nazwa w CRM nie może zawierać „;” ani podziału wiersza, bo oddzielają one nazwy w tabeli.`,
      crmNameTooLong: (max) => `Nazwa w CRM może mieć najwyżej ${max} znaków.`,
      crmNameTaken: (name, stage, stageName) =>
        `„${name}” należy już do etapu ${stage} („${stageName}”): nazwa z CRM może wskazywać tylko jeden etap.`,
      endNameTaken: (name, stage, stageName) =>
        `„${name}” to nazwa etapu ${stage} („${stageName}”): nazwa kończąca rekord nie może być jednocześnie etapem.`,
    },
  };
}
