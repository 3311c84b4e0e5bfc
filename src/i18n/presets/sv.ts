import type { InboundPresetMessages, PresetMessages } from "./en";

/** Swedish presets. */
export function inbound(): InboundPresetMessages {
  return {
    owners: {
      marketing: "Marknad",
      sdr: "SDR",
      sales: "Sälj",
      customerSuccess: "Customer Success",
    },
    inbound: {
      name: "Inbound (fem steg)",
      description: "Besök → Lead → MQL → SQL → Kund. Exempelvärden.",
      stages: { visit: "Besök", lead: "Lead", mql: "MQL", sql: "SQL", customer: "Kund" },
    },
  };
}

export function sv(): PresetMessages {
  return {
    ...inbound(),
    lifecycle: {
      name: "Livscykel",
      description:
        "Från prospekt till kund, med ansvariga och in- och utgångskriterier. Exempelvärden.",
      stages: {
        prospect: {
          name: "Prospekt",
          entry: "Känd kontakt på ett målkonto",
          exit: "Har samtyckt till att höra från oss",
        },
        subscriber: {
          name: "Prenumerant",
          entry: "Har samtyckt till att höra från oss",
          exit: "Passar idealkundprofilen (ICP) och har en persona",
        },
        lead: {
          name: "Lead",
          entry: "Passar idealkundprofilen (ICP) och har en persona",
          exit: "Leadpoäng över tröskeln och har bett om ett samtal",
        },
        mql: {
          name: "MQL",
          entry: "Leadpoäng över tröskeln och har bett om ett samtal",
          exit: "SDR har bekräftat intresset och bokat ett möte med en säljare (AE)",
        },
        sql: {
          name: "SQL",
          entry: "Möte med en säljare (AE) är bokat",
          exit: "AE har kvalificerat den, med belopp och beräknat stängningsdatum",
        },
        opportunity: {
          name: "Affärsmöjlighet",
          entry: "Kvalificerad av AE, med belopp och beräknat stängningsdatum",
          exit: "Signerad order",
        },
        customer: { name: "Kund", entry: "Signerad order", exit: "" },
      },
    },
    waterfall: {
      name: "Demand Waterfall",
      description: "Förfrågan → MQL → SAL → SQL → Vunnen. Exempelvärden.",
      stages: { inquiry: "Förfrågan", mql: "MQL", sal: "SAL", sql: "SQL", won: "Vunnen" },
    },
    bowtie: {
      name: "Bowtie (flugan)",
      description:
        "Nykundsförsäljning plus kundvård: från kännedom till merförsäljning. Exempelvärden.",
      stages: {
        awareness: "Kännedom",
        education: "Utbildning",
        selection: "Val",
        commit: "Beslut",
        onboard: "Onboarding",
        impact: "Effekt",
        expansion: "Merförsäljning",
      },
    },
  };
}
