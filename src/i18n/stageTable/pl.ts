import type { StageTableMessages } from "./en";

export function pl(): StageTableMessages {
  return {
    header: {
      name: "Etap",
      owner: "Właściciel",
      conversionToNext: "Konwersja do następnego etapu",
      daysInStage: "Dni na etapie",
      entryCriteria: "Kryteria wejścia",
      exitCriteria: "Kryteria wyjścia",
      wonStage: "Etap wygranej",
      crmNames: "Nazwy w CRM",
    },
    defaultFunnelName: "Lejek",
    stageIdsNote:
      "Funnel Math: identyfikatory etapów poniżej trzymają to, co wpisano w planach, przy właściwym etapie. Nie zmieniaj ich.",
    mapHeader: {
      crmName: "Nazwa w CRM",
      funnelStage: "Etap lejka",
    },
    mapNote:
      "Zapisywane z kolumny „Nazwy w CRM” przy każdym zapisie lejka w edytorze etapów: zmieniaj tabelę, nie tę listę.",
  };
}
