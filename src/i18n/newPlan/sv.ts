import { languageFormats } from "../format";
import type { NewPlanMessages } from "./en";

/** Swedish New plan dialog. */
export function sv(): NewPlanMessages {
  const n = (count: number) => languageFormats("sv").number(count);
  return {
    intro: "Planens egna siffror: alla planens tabeller byggs av dem.",
    funnel: "Tratt",
    funnelStages: (count) => `${n(count)} steg`,
    target: "Intäktsmål (år)",
    dealSize: "Genomsnittlig affärsstorlek",
    firstMonth: "Planens första månad",
    currency: "Valuta",
    noCurrency: "Ingen (bara tal)",
    fromPlan: (sheet) => `Ifyllt från planen på ”${sheet}”.`,
    fromExample: "Exempelsiffror: ersätt dem med era egna.",
    amountNeeded: (example) => `Ange ett belopp över 0, till exempel ${example}.`,
    monthNeeded: "Välj planens första månad.",
    build: "Bygg planen",
    cancel: "Avbryt",
    building: "Bygger planen…",
    couldNotBuild: (error) => `Planen byggdes inte: ${error}`,
  };
}
