import { languageFormats } from "../format";
import { pluralPl } from "../plural";
import type { NewPlanMessages } from "./en";

/** Polish New plan dialog. */
export function pl(): NewPlanMessages {
  const n = (count: number) => languageFormats("pl").number(count);
  return {
    intro: "Własne liczby planu: z nich powstają wszystkie tabele planu.",
    funnel: "Lejek",
    funnelStages: (count) =>
      `${n(count)} ${pluralPl(count, { one: "etap", few: "etapy", many: "etapów" })}`,
    target: "Cel przychodu (rok)",
    dealSize: "Średnia wartość transakcji",
    firstMonth: "Pierwszy miesiąc planu",
    currency: "Waluta",
    noCurrency: "Brak (same liczby)",
    fromPlan: (sheet) => `Wypełniono na podstawie planu z arkusza „${sheet}”.`,
    fromExample: "Przykładowe liczby: zastąp je własnymi.",
    amountNeeded: (example) => `Wpisz kwotę większą od 0, np. ${example}.`,
    monthNeeded: "Wybierz pierwszy miesiąc planu.",
    build: "Utwórz plan",
    cancel: "Anuluj",
    building: "Tworzę plan…",
    couldNotBuild: (error) => `Nie utworzono planu: ${error}`,
  };
}
