import type { StageTableMessages } from "./en";

export function sv(): StageTableMessages {
  return {
    header: {
      name: "Steg",
      owner: "Ansvarig",
      conversionToNext: "Konvertering till nästa steg",
      daysInStage: "Dagar i steget",
      entryCriteria: "Ingångskriterier",
      exitCriteria: "Utgångskriterier",
      wonStage: "Vunnet steg",
      crmNames: "Namn i CRM",
    },
    defaultFunnelName: "Tratt",
    stageIdsNote:
      "Funnel Math: stegens id:n nedan håller det du skrivit i planerna vid rätt steg. Låt dem vara som de är.",
    mapHeader: {
      crmName: "Namn i CRM",
      funnelStage: "Steg i tratten",
    },
    mapNote:
      "Skrivs från stegtabellens namn i CRM varje gång tratten sparas i stegredigeraren: ändra i tabellen, inte i den här listan.",
  };
}
