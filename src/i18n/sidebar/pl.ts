import { pluralPl } from "../plural";
import type { SidebarMessages } from "./en";
import { languageFormats } from "../format";

/** Polish sidebar. */
export function pl(): SidebarMessages {
  const n = (count: number) => languageFormats("pl").number(count);
  return {
    listSeparator: ", ",
    funnel: "Lejek",
    newFunnel: "Nowy lejek",
    createFunnel: "Utwórz lejek",
    cancel: "Anuluj",
    createHint: "Dodaje arkusz z tabelą etapów i jej zakresami nazwanymi.",
    defaultFunnelName: "Lejek",
    funnelName: "Nazwa lejka",
    startFrom: "Zacznij od",
    emptyTitle: "Nie ma jeszcze lejka",
    emptyText:
      "Lejek to tabela etapów — Lead, MQL, SQL, Klient… — z właścicielami i konwersjami. Czytają ją formuły takie jak REQUIRED_LEADS.",
    reload: "Wczytaj ponownie",
    preset: "Szablon",
    choosePreset: "Wybierz szablon…",
    apply: "Zastosuj",
    presetHint:
      "Zastępuje poniższe etapy przykładowymi wartościami. Arkusz zmieni się dopiero po zapisaniu.",
    stages: "Etapy",
    topFirst: " · od góry lejka",
    addStage: "+ Dodaj etap",
    save: "Zapisz",
    saving: "Zapisywanie…",
    loading: "Wczytywanie…",
    unsaved: "Niezapisane zmiany.",
    choosePresetFirst: "Najpierw wybierz szablon.",
    presetApplied: (preset) =>
      `Zastosowano „${preset}” — jeszcze niezapisane. Konwersje są przykładowe: zastąp je swoimi.`,
    tableProblems: (count) =>
      count === 1
        ? "Tabela w arkuszu ma błąd. Popraw go poniżej i zapisz:"
        : `Tabela w arkuszu ma ${n(count)} ${pluralPl(count, { one: "błąd", few: "błędy", many: "błędów" })}. Popraw je poniżej i zapisz:`,
    rowProblem: (row, message) => `Wiersz ${row}: ${message}`,
    couldNotLoad: (error) => `Nie udało się wczytać lejka: ${error}`,
    reloaded: "Wczytano ponownie z arkusza.",
    notSavedFixFields: (count) =>
      count === 1
        ? "Nie zapisano: najpierw popraw wyróżnione pole."
        : `Nie zapisano: najpierw popraw wyróżnione pola (${n(count)}).`,
    saved: (sheet, time) => `Zapisano w arkuszu „${sheet}” o ${time}.`,
    savedChangedSince: (sheet, time) =>
      `Zapisano w arkuszu „${sheet}” o ${time}. To, co wpisano później, zostało zachowane, ale nie jest jeszcze zapisane.`,
    notSaved: "Nie zapisano.",
    couldNotSave: (error) => `Nie udało się zapisać: ${error}`,
    created: (sheet) => `Utworzono arkusz „${sheet}”.`,
    couldNotCreate: (error) => `Nie udało się utworzyć lejka: ${error}`,
    rename: "Zmień nazwę",
    renameTitle: "Zmień nazwę lejka",
    newName: "Nowa nazwa",
    renamed: (from, to) => `Zmieniono nazwę „${from}” na „${to}”.`,
    renameHint:
      "Zmienia nazwę arkusza. Formuły działają dalej: zakresy nazwane zachowują swoje nazwy.",
    couldNotRename: (error) => `Nie udało się zmienić nazwy: ${error}`,
    deleteFunnel: "Usuń lejek",
    deleteConfirm: (funnel) =>
      `Usunąć lejek „${funnel}”? Jego arkusz i zakresy nazwane zostaną usunięte.`,
    deleteConfirmPlans: (funnel, count, plans) =>
      count === 1
        ? `Usunąć lejek „${funnel}”? Jego arkusz i zakresy nazwane zostaną usunięte, a arkusz planu ${plans} pokaże błędy.`
        : `Usunąć lejek „${funnel}”? Jego arkusz i zakresy nazwane zostaną usunięte, a ${n(count)} ${pluralPl(count, { one: "arkusz planu pokaże", few: "arkusze planów pokażą", many: "arkuszy planów pokaże" })} błędy: ${plans}.`,
    deleteConfirmButton: "Usuń",
    deleted: (funnel) => `Usunięto lejek „${funnel}”.`,
    couldNotDelete: (error) => `Nie udało się usunąć lejka: ${error}`,
    unsavedPrompt: "Ten lejek ma niezapisane zmiany. Odrzucić je?",
    discard: "Odrzuć zmiany",
    keepEditing: "Edytuj dalej",
    endOfFunnel: "koniec lejka",
    toNext: (percent) => `${percent} do następnego etapu`,
    unnamedStage: "Etap bez nazwy",
    moveUp: (stage) => `Przesuń ${stage} w górę`,
    moveDown: (stage) => `Przesuń ${stage} w dół`,
    deleteStage: (stage) => `Usuń ${stage}`,
    up: "↑ W górę",
    down: "↓ W dół",
    delete: "Usuń",
    needsFixing: "wymaga poprawy",
    needsFixingTitle: "Ten etap wymaga poprawy",
    stageName: "Nazwa etapu",
    stageNamePlaceholder: "np. MQL",
    owner: "Właściciel",
    noOwner: "—",
    otherOwner: "Inny…",
    otherOwnerLabel: "Inny właściciel",
    otherOwnerPlaceholder: "Zespół lub osoba",
    conversionToNext: "Konwersja do następnego etapu (%)",
    daysInStage: "Dni na etapie",
    entryCriteria: "Kryteria wejścia",
    exitCriteria: "Kryteria wyjścia",
    wonStage: "Etap wygranej",
    wonStageHint:
      "Tu transakcja jest wygrana. Kolejne etapy są posprzedażowe: onboarding, adopcja, ekspansja.",
    understoodAs: (percent) => `odczytano jako ${percent}`,
    nameTooLong: (max, length) =>
      `Nazwa lejka jest nazwą jego arkusza, a nazwa arkusza może mieć najwyżej ${max} znaków: skróć ją (ma ${length}).`,
    crmSection: "Nazwy w Twoim CRM",
    crmNames: "Nazwy w CRM",
    crmNamesHint: "Po jednej w wierszu, tak jak zapisuje je eksport z CRM.",
    crmNamesPlaceholder: "Spotkanie umówione",
    endNames: "Nazwy kończące rekord",
    endNamesHint:
      "Przegrana, dyskwalifikacja, odejście: po jednej w wierszu, tak jak zapisuje je CRM. Nie należą do żadnego etapu.",
    endNamesPlaceholder: "Szansa przegrana",
  };
}
