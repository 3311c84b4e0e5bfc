import { pl as menu } from "../menu/pl";
import type { UiMessages } from "./en";
import { languageFormats } from "../format";

/** Polish UI messages. */
export function pl(): UiMessages {
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
        `Lejek „${name}” ma za dużo etapów do etapu wygranej (${count}); plany mieszczą najwyżej ${room}.`,
      cancel: "Anuluj",
      notAPlan:
        "„Odśwież plan” przebudowuje arkusz planu na podstawie jego lejka. Otwórz arkusz planu (utworzony przez Nowy plan) i spróbuj ponownie.",
      refreshed: (funnel) =>
        `Plan przebudowany na podstawie lejka „${funnel}”. Twoje dane wejściowe zostały zachowane.`,
      funnelMissing: (funnel) =>
        `Ten plan korzysta z lejka „${funnel}”, którego nie ma już w tym arkuszu kalkulacyjnym.`,
      exportSqlTitle: "Lejek jako SQL",
      exportSqlHint: "Skopiuj ten SQL do swojej hurtowni danych: liczy ten sam lejek z tabel CRM.",
      useMeasuredDays: "Użyj tych dni w lejku",
      measuredDaysAsk: (funnel) =>
        `Użyć zmierzonych dni w etapach w lejku „${funnel}”? Przed → po:`,
      measuredDaysSame: (funnel) =>
        `Lejek „${funnel}” ma już zmierzone dni: nie ma czego zmieniać.`,
      measuredDaysSaved: (funnel) => `Zmierzone dni w etapach zapisano w lejku „${funnel}”.`,
      notCohortsSheet:
        "Otwórz arkusz kohort (Nowy plan ▸ Kohorty i czas w etapach), wklej daty etapów i spróbuj ponownie.",
      noMeasuredDays:
        "Żaden etap nie ma jeszcze zmierzonej mediany: eksport potrzebuje rekordów z datami dwóch sąsiednich etapów.",
      measuredDayChange: (stage, before, after) => `${stage}: ${before} → ${after} dni`,
      measuredDaysKept: (stages) => `Bez zmian (brak pomiaru): ${stages}`,
      measuredDaysFailed: (reason) => `Dni nie zostały zapisane: ${reason}`,
      olderPlan:
        "Ten plan powstał we wcześniejszej wersji Funnel Math, więc Odśwież plan nie znajdzie jego bloków: utwórz nowy plan (Nowy plan ▸ …) i przenieś swoje dane.",
      rowsInsideBlocks: (rows) =>
        `Wiersze ${rows} wstawiono do tabel planu (lub z nich usunięto), więc nie wiadomo, do którego etapu należy każdy wiersz. Usuń wstawione wiersze (lub cofnij usunięcie) – własne wiersze dodawaj nad, pod lub między tabelami – i odśwież plan ponownie.`,
      markersLost:
        "Ukryte etykiety wierszy planu zniknęły (usunięto ukrytą kolumnę?), więc nie da się znaleźć jego bloków. Cofnij zmianę lub utwórz nowy plan.",
      columnsMoved:
        "Wewnątrz planu wstawiono lub usunięto kolumny, więc odświeżenie zapisałoby bloki w złym miejscu. Cofnij to (własne kolumny dodawaj na prawo od planu) i odśwież plan ponownie.",
      occupied: (cells) =>
        `Odświeżanie przerwane: Twoje komórki ${cells} leżą wewnątrz tabel planu, gdzie rozlewają się wyniki. Przenieś je poza tabele i odśwież plan ponownie. Nic nie zmieniono.`,
      removedTableFull: (plan) =>
        `Tabela „Usunięte etapy” w „${plan}” jest pełna: usuń niepotrzebne wpisy i spróbuj ponownie.`,
      refreshFailed: (reason) =>
        `Plan nie został odświeżony: Arkusze przerwały operację (${reason}). Wszystko jest jak przedtem; spróbuj ponownie.`,
      newPlanFailed: (reason) =>
        `Plan nie został utworzony: Arkusze przerwały operację (${reason}). Nic nie dodano; spróbuj ponownie.`,
      exportMisaligned:
        "Kolumny eksportu nie odpowiadają już etapom lejka (lejek zmienił się od odświeżenia arkusza). Uruchom Funnel Math ▸ Odśwież plan na tym arkuszu, sprawdź zmierzone dni i spróbuj ponownie.",
    },
    store: {
      noSuchFunnel: (key) => `Lejka „${key}” nie ma już w tym arkuszu kalkulacyjnym.`,
      invalid: "Niektóre etapy trzeba poprawić przed zapisaniem.",
      busy: "Ktoś inny właśnie zapisuje ten arkusz. Spróbuj ponownie za chwilę.",
      sheetGone: (key) => `Arkusz lejka zniknął: lejka „${key}” już nie ma.`,
      conflict: (sheet) =>
        `Tabela „${sheet}” zmieniła się w arkuszu, odkąd ją otworzyłeś. Wczytaj ją ponownie, aby zobaczyć nową wersję (niezapisane zmiany przepadną).`,
      nameRequired: "Nadaj nowemu lejkowi nazwę, np. EMEA.",
      renameRequired: "Podaj nazwę lejka.",
      newStagesInvalid: "Etapy nowego lejka wymagają poprawek: wybierz szablon i spróbuj ponownie.",
      sheetExists: (name) => `Arkusz „${name}” już istnieje: wybierz inną nazwę.`,
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
      lastStageNoDays: "Ostatni etap nie ma dni w etapie: zostaw to pole puste.",
      wonStageNoRate: "Na etapie wygranej kończy się pozyskanie: zostaw jego konwersję pustą.",
      wonStageNoDays: "Etap wygranej nie ma dni w etapie: zostaw to pole puste.",
      negativeDays: "Liczba dni w etapie nie może być ujemna.",
      notAPercentCell: (shown) => `„${shown}” to nie procent: podaj konwersję, np. 30%.`,
      notDays: (shown) => `„${shown}” to nie liczba dni: podaj np. 14.`,
      notAPercentTyped: (typed) => `„${typed}” to nie procent: podaj np. 30.`,
      crmNameTaken: (name, stage, stageName) =>
        `„${name}” należy już do etapu ${stage} („${stageName}”): nazwa z CRM może wskazywać tylko jeden etap.`,
      endNameTaken: (name, stage, stageName) =>
        `„${name}” to nazwa etapu ${stage} („${stageName}”): nazwa kończąca rekord nie może być jednocześnie etapem.`,
    },
  };
}
