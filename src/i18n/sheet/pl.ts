import type { SheetMessages } from "./en";

/** Polish template sheets. */
export function pl(): SheetMessages {
  return {
    common: {
      inputs: "Dane wejściowe",
      stage: "Etap",
      month: "Miesiąc",
      total: "Razem",
      channel: "Kanał",
      averageDealSize: "Średnia wartość transakcji",
      firstMonth: "Pierwszy miesiąc",
      /** Beside example inputs that are still the example (a formula hides it once replaced). */
      exampleReplace: "Przykład — zastąp",
      conversionToNext: "Konwersja do następnego",
      yes: "Tak",
      no: "Nie",
      funnelLine: (funnel, rest) => `Lejek „${funnel}” · ${rest}`,
    },
    annual: {
      sheetName: "Plan roczny",
      title: "Odwrócony lejek na rok",
      subtitle: "zmieniaj zacieniowane dane wejściowe; reszta liczy się sama.",
      revenueTarget: "Cel przychodowy (rok)",
      requiredVolume: "Wymagany wolumen na etap",
      neededPerYear: "Potrzeba na rok",
      perQuarter: "Na kwartał",
      perMonth: "Na miesiąc",
      cumulativeConversion: "Skumulowana konwersja do klienta",
      roundingNote:
        "Na każdym etapie całe rekordy, jak domyślnie liczy REQUIRED_LEADS („end”): dokładna potrzeba etapu zaokrąglona w górę.",
      spreadNote:
        "Na kwartał i na miesiąc to roczna potrzeba rozłożona równo; każdą liczbę wyznaczają konwersje z tabeli etapów.",
      chartTitle: "Wymagany wolumen na etap (rok)",
      budget: "Budżet",
      costPerRecord: "Koszt rekordu",
      costPerStage: "Koszt etapu",
      totalBudget: "Łączny budżet pozyskania",
      impliedCac: "Wynikowy CAC",
      scenarios: "Scenariusze",
      low: "Niski",
      plan: "Bazowy",
      high: "Wysoki",
      stageToImprove: "Który etap poprawić",
      costNote:
        "Koszt rekordu × potrzeba na rok. Wpisz koszt dla każdego etapu (0, jeśli etap nie generuje dodatkowego kosztu).",
      scenarioNote: "Scenariusz niski i wysoki jako udział w celu: wpisz własne.",
      bestStage: "Etap do poprawy w pierwszej kolejności",
      lift: "Poprawa konwersji (względna)",
      cacChange: "Zmiana kosztu wygranej transakcji",
      sensitivityNote:
        "O ile tańsza będzie każda wygrana transakcja, jeśli tylko ten etap poprawi konwersję o wartość podaną wyżej (10%: 30% staje się 33%), przy kosztach rekordów z budżetu. Najbardziej ujemna wartość wskazuje etap, którym warto się zająć.",
    },
    monthly: {
      sheetName: "Cele miesięczne",
      title: "Cele miesięczne z cyklem sprzedaży",
      subtitle:
        "wolumen, który co miesiąc musi wejść na każdy etap, by transakcje zamknęły się na czas.",
      daysPerMonth: "Dni w miesiącu",
      revenuePerMonth: "Cel przychodowy na miesiąc",
      revenueTarget: "Cel przychodowy",
      volumeEntering: "Wolumen wchodzący na każdy etap",
      roundingNote:
        "Każda komórka jest zaokrąglana w górę do całych rekordów, więc suma wiersza może nieco przekraczać dokładną potrzebę.",
      salesCycle: (days, months) =>
        `="Cykl sprzedaży: "&${days}&" dni (około "&${months}&" mies.)."`,
      leadNote:
        "Równy lejek: plan się powtarza, więc wolumen dla transakcji pierwszych miesięcy wszedł przed rokiem w tym samym tempie — bez skoku w pierwszym miesiącu.",
      taperNote:
        "Ostatnie miesiące niosą lejek dla pierwszych transakcji przyszłego roku, w tym samym tempie. Dla pierwszego roku bez lejka opcja „ramp” funkcji FUNNEL_TARGETS startuje od zera.",
      quarterTotals: "Sumy kwartalne",
      quarter: (n) => `${n} kw.`,
      cumulativeNote:
        "Całe rekordy: narastająca suma każdego etapu jest zaokrąglana w górę, więc żaden miesiąc nie zostaje w tyle, a rok sumuje się do rocznego zapotrzebowania.",
    },
    channels: {
      sheetName: "CAC i LTV według kanałów",
      title: "CAC i LTV według kanałów",
      subtitle:
        "Wydatki i klienci na kanał za jeden okres; ARPA i churn są miesięczne, zwrot w miesiącach.",
      examples: {
        paidSearch: "Płatne wyszukiwanie",
        paidSocial: "Płatne social media",
        events: "Wydarzenia",
        contentSeo: "Content i SEO",
        outbound: "Outbound (SDR)",
      },
      acquisitionCost: "Koszt pozyskania",
      paid: "Płatny?",
      spend: "Wydatki",
      newCustomers: "Nowi klienci",
      cac: "CAC",
      cacNote: "Wydatki ÷ nowi klienci. Kanał bez nowych klientów ma pustą komórkę.",
      customerValue: "Wartość klienta",
      arpaMonthly: "ARPA (miesięcznie)",
      grossMargin: "Marża brutto",
      monthlyChurn: "Churn miesięczny",
      ltv: "LTV",
      ltvNote:
        "ARPA × marża brutto ÷ churn miesięczny: zysk brutto, jaki klient przynosi przez cały okres współpracy.",
      unitEconomics: "Ekonomika jednostkowa",
      ltvToCac: "LTV:CAC",
      paybackMonths: "Zwrot (miesiące)",
      ratioNote: "3× lub więcej to zwykle znak zdrowego kanału.",
      paybackNote:
        "CAC ÷ (ARPA × marża brutto): ile miesięcy zysku brutto zwraca koszt pozyskania.",
      blendedVsPaid: "CAC łączny a płatny",
      blended: "Łączny (wszystkie kanały)",
      paidOnly: "Płatny (zaznaczone kanały)",
      costPerLead: "Koszt leada",
      costPerOpportunity: "Koszt szansy sprzedaży",
      costPerRecordTable: "Koszt leada i szansy sprzedaży",
      leads: "Leady",
      opportunities: "Szanse sprzedaży",
      costPerLeadNote:
        "Wydatki ÷ leady i wydatki ÷ szanse sprzedaży dla każdego kanału; puste, gdy kanał ich nie ma.",
    },
    health: {
      sheetName: "Kondycja lejka",
      title: "Kondycja lejka",
      subtitle: "wpisz rzeczywiste wolumeny za okres i zobacz, gdzie rekordy utykają.",
      actualVsPlanned: "Konwersja rzeczywista a planowana",
      actualVolume: "Wolumen rzeczywisty",
      actualConversion: "Konwersja rzeczywista",
      plannedConversion: "Konwersja planowana",
      gap: "Różnica",
      relativeGap: "Różnica względna",
      conversionNote: "Odsetek rekordów etapu, które dotarły do następnego etapu.",
      stickiest: "Wąskie gardło",
      stickiestNote:
        "Etap, którego niedobór względem planu kosztuje najwięcej wygranych transakcji: popraw go najpierw.",
      leadVelocity: "Tempo wzrostu leadów (ostatnie miesiące)",
      qualifiedLeads: "Kwalifikowane leady",
      growth: "Wzrost m/m",
      chartTitle: "Konwersja rzeczywista a planowana",
      gapPoints: "Różnica (p.p.)",
      wonDealsLost: "Utracone transakcje",
      wonDealsLostNote:
        "Ile wygranych transakcji kosztuje niedobór na tym etapie: rekordy, które powinny przejść dalej, razy planowana konwersja od tego etapu do wygranej.",
      noneBelowPlan: "brak etapów poniżej planu",
    },
    sla: {
      sheetName: "Monitor SLA",
      title: "SLA marketingu i sprzedaży",
      subtitle:
        "Marketing zobowiązuje się do liczby MQL co miesiąc; sprzedaż do kontaktu z każdym w uzgodnionym czasie.",
      committedPerMonth: "Zobowiązanie MQL na miesiąc",
      followUpTarget: "Cel czasu reakcji (godziny)",
      commitment: "Zobowiązanie MQL",
      committed: "MQL – zobowiązanie",
      delivered: "MQL – dostarczone",
      deliveredShare: "Realizacja",
      gap: "Różnica",
      yearToDate: "Od początku roku",
      followUpTime: "Czas reakcji",
      targetHours: "Cel (godziny)",
      actualHours: "Rzeczywisty (godziny)",
      met: "Dotrzymano?",
      followUpNote: "Mediana godzin od przekazania MQL do pierwszego kontaktu sprzedaży.",
      chartTitle: "MQL: zobowiązanie a dostarczone",
      planSubtitle:
        "marketing co miesiąc zobowiązuje się do wolumenu jednego etapu z planu miesięcznego; sprzedaż do kontaktu z każdym w uzgodnionym czasie.",
      /** After the committed stage's name in a column head: "MQL — committed". */
      committedHead: "zobowiązanie",
      deliveredHead: "dostarczone",
      committedStage: "Etap zobowiązania",
      stageMissing: "Wpisz w „Etap zobowiązania” nazwę etapu tego lejka.",
      committedNote:
        "Zapotrzebowanie planu miesięcznego na etapie zobowiązania: cel, wartość transakcji i pierwszy miesiąc powyżej, konwersje i dni tego lejka (te same liczby co w Celach miesięcznych).",
    },
    planVsActual: {
      sheetName: "Plan a wykonanie",
      title: "Plan a wykonanie",
      subtitle:
        "wklej lub wpisz rzeczywiste wolumeny według etapów i miesięcy; plan pochodzi z lejka.",
      plan: "Plan",
      actual: "Wykonanie",
      attainment: "Realizacja planu",
      yearToDate: "Od początku roku",
      forecastYear: "Prognoza (rok)",
      gapToPlan: "Różnica do planu",
      behindNote: "Zacieniowane komórki są poniżej planu.",
      chartTitle: "Wygrane transakcje: plan a wykonanie",
      planTable: "Plan: wolumen wchodzący do każdego etapu",
      actualTable: "Wykonanie: wolumen wchodzący do każdego etapu",
      attainmentTable: "Realizacja planu (wykonanie ÷ plan)",
      forecastTable: "Od początku roku, prognoza i różnica do planu",
      planToDate: "Plan do dziś",
      actualToDate: "Wykonanie do dziś",
      planYear: "Plan (rok)",
      wonDeals: "Wygrane transakcje w miesiącu",
      actualNote:
        "Przykładowe dane za minione miesiące: wklej lub wpisz własne, wiersz na etap i kolumna na miesiąc.",
      forecastNote:
        "Prognoza = wykonanie do dziś + reszta planu × dotychczasowa realizacja: rok w tempie, w jakim etap realizuje własny plan. Luka = prognoza − plan.",
      planNote:
        "Plan miesięczny: cel roczny ÷ 12, konwersje i dni z lejka, całe rekordy (zaokrąglanie narastające).",
    },
    plans: {
      results: "Wyniki",
      lowShare: "Scenariusz niski (udział w celu)",
      highShare: "Scenariusz wysoki (udział w celu)",
      removedStages: "Usunięte etapy (dane zachowane)",
      removedStage: "Usunięty etap",
      removedNote:
        "Gdy etap zostanie usunięty z lejka, wpisane dla niego dane zostają tutaj pod dawną nazwą etapu: przenieś je do etapu lub wyczyść.",
      noStage: "(bez etapu)",
      missingDays:
        "Etap przed etapem wygranej nie ma dni w etapie: uzupełnij je w tabeli lejka (Edytor etapów), aby zobaczyć plan miesięczny.",
    },
    cohorts: {
      sheetName: "Kohorty",
      title: "Kohorty i czas w etapach",
      subtitle: "wklej eksport dat etapów: wiersz na rekord, kolumna z datą na etap.",
      export: "Eksport dat etapów",
      cohortConversion: "Konwersja według miesiąca kohorty",
      cohort: "Kohorta",
      records: "Rekordy",
      daysInStage: "Dni w etapie (mediana)",
      useDaysNote:
        "Funnel Math ▸ Użyj zmierzonych dni w lejku (przy otwartym arkuszu) zapisuje zmierzone mediany jako dni w etapie w tabeli etapów.",
      exportNote:
        "Przykładowe wiersze: zastąp je eksportem z CRM, kolumna z datą na każdy etap w kolejności tabeli etapów (pusta komórka: etap nieosiągnięty).",
      measured: "Zmierzone (mediana)",
      inTable: "W tabeli etapów",
      cohortNote: "Odsetek rekordów z danego miesiąca, które dotarły do etapu.",
    },
  };
}
