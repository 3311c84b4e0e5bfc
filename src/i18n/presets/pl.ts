import type { InboundPresetMessages, PresetMessages } from "./en";

/** Polish presets. */
export function inbound(): InboundPresetMessages {
  return {
    owners: {
      marketing: "Marketing",
      sdr: "SDR",
      sales: "Sprzedaż",
      customerSuccess: "Customer Success",
    },
    inbound: {
      name: "Inbound (pięć etapów)",
      description: "Wizyta → Lead → MQL → SQL → Klient. Przykładowe konwersje.",
      stages: { visit: "Wizyta", lead: "Lead", mql: "MQL", sql: "SQL", customer: "Klient" },
    },
  };
}

export function pl(): PresetMessages {
  return {
    ...inbound(),
    lifecycle: {
      name: "Cykl życia",
      description:
        "Od potencjalnego klienta do klienta, z właścicielami i kryteriami wejścia i wyjścia. Przykładowe konwersje.",
      stages: {
        prospect: {
          name: "Potencjalny klient",
          entry: "Znany kontakt w firmie docelowej",
          exit: "Wyraził zgodę na kontakt",
        },
        subscriber: {
          name: "Subskrybent",
          entry: "Wyraził zgodę na kontakt",
          exit: "Pasuje do ICP i ma przypisaną personę",
        },
        lead: {
          name: "Lead",
          entry: "Pasuje do ICP i ma przypisaną personę",
          exit: "Lead scoring powyżej progu i prośba o rozmowę",
        },
        mql: {
          name: "MQL",
          entry: "Lead scoring powyżej progu i prośba o rozmowę",
          exit: "SDR potwierdził zainteresowanie i umówił spotkanie z handlowcem (AE)",
        },
        sql: {
          name: "SQL",
          entry: "Umówione spotkanie z handlowcem (AE)",
          exit: "AE zakwalifikował: jest kwota i data zamknięcia",
        },
        opportunity: {
          name: "Szansa sprzedaży",
          entry: "Zakwalifikowana przez AE: jest kwota i data zamknięcia",
          exit: "Podpisane zamówienie",
        },
        customer: { name: "Klient", entry: "Podpisane zamówienie", exit: "" },
      },
    },
    waterfall: {
      name: "Demand Waterfall",
      description: "Zapytanie → MQL → SAL → SQL → Wygrana. Przykładowe konwersje.",
      stages: { inquiry: "Zapytanie", mql: "MQL", sal: "SAL", sql: "SQL", won: "Wygrana" },
    },
    bowtie: {
      name: "Bowtie (muszka)",
      description: "Pozyskanie i utrzymanie: od świadomości do ekspansji. Przykładowe konwersje.",
      stages: {
        awareness: "Świadomość",
        education: "Edukacja",
        selection: "Wybór",
        commit: "Decyzja",
        onboard: "Onboarding",
        impact: "Efekt",
        expansion: "Ekspansja",
      },
    },
  };
}
