import type { SheetMessages } from "./en";

/** Swedish template sheets. */
export function sv(): SheetMessages {
  return {
    common: {
      inputs: "Indata",
      stage: "Steg",
      month: "Månad",
      total: "Totalt",
      channel: "Kanal",
      averageDealSize: "Genomsnittligt affärsvärde",
      firstMonth: "Första månad",
      /** Beside example inputs that are still the example (a formula hides it once replaced). */
      exampleReplace: "Exempel — ersätt",
      conversionToNext: "Konvertering till nästa",
      yes: "Ja",
      no: "Nej",
      funnelLine: (funnel, rest) => `Tratt ”${funnel}” · ${rest}`,
    },
    annual: {
      sheetName: "Årsplan",
      title: "Omvänd tratt för året",
      subtitle: "ändra de skuggade indata; allt annat räknas fram.",
      revenueTarget: "Intäktsmål (år)",
      requiredVolume: "Volym som behövs per steg",
      neededPerYear: "Behov per år",
      perQuarter: "Per kvartal",
      perMonth: "Per månad",
      cumulativeConversion: "Ackumulerad konvertering till kund",
      roundingNote:
        "Hela poster i varje steg, som REQUIRED_LEADS ger dem som standard (”end”): varje stegs exakta behov, avrundat uppåt.",
      spreadNote:
        "Per kvartal och per månad är årsbehovet jämnt fördelat; stegtabellens konverteringar styr varje siffra.",
      chartTitle: "Volym som behövs per steg (år)",
      budget: "Budget",
      costPerRecord: "Kostnad per post",
      costPerStage: "Kostnad per steg",
      totalBudget: "Total förvärvsbudget",
      impliedCac: "Beräknad CAC",
      scenarios: "Scenarier",
      low: "Lågt",
      plan: "Plan",
      high: "Högt",
      stageToImprove: "Vilket steg ska förbättras",
      costNote:
        "Kostnad per post × behov per år. Ange en kostnad för varje steg (0 där steget inte kostar något extra).",
      scenarioNote: "Lågt och högt scenario som andel av målet: skriv in egna.",
      bestStage: "Bästa steget att förbättra",
      lift: "Förbättring av konverteringen (relativ)",
      cacChange: "Förändring av kostnad per vunnen affär",
      sensitivityNote:
        "Hur mycket billigare varje vunnen affär blir om bara det här steget konverterar bättre med förbättringen ovan (10 %: 30 % blir 33 %), med budgetens kostnad per post. Den mest negativa siffran visar steget att arbeta med.",
    },
    monthly: {
      sheetName: "Månadsmål",
      title: "Månadsmål med säljcykelns fördröjning",
      subtitle:
        "volym som måste komma in i varje steg varje månad för att affärerna ska stängas i tid.",
      daysPerMonth: "Dagar per månad",
      revenuePerMonth: "Intäktsmål per månad",
      revenueTarget: "Intäktsmål",
      volumeEntering: "Volym in i varje steg",
      roundingNote:
        "Varje cell avrundas uppåt till hela poster, så en rads summa kan överstiga det exakta behovet med några få.",
      salesCycle: (days, months) =>
        `="Säljcykel: "&${days}&" dagar (ungefär "&${months}&" månader)."`,
      leadNote:
        "Jämn pipeline: planen upprepas, så volymen för de första månadernas affärer kom in före året i samma takt — ingen klump i första månaden.",
      taperNote:
        "De sista månaderna bär pipelinen för nästa års första affärer, i samma takt. För ett första år utan pipeline börjar FUNNEL_TARGETS alternativ ”ramp” från noll.",
      quarterTotals: "Summa per kvartal",
      quarter: (n) => `K${n}`,
      cumulativeNote:
        "Hela poster: varje stegs löpande summa avrundas uppåt, så ingen månad hamnar efter och året summerar till årsbehovet.",
    },
    channels: {
      sheetName: "CAC och LTV per kanal",
      title: "CAC och LTV per kanal",
      subtitle:
        "Kostnad och kunder per kanal för en period; ARPA och churn är per månad, återbetalningstiden i månader.",
      examples: {
        paidSearch: "Betald sök",
        paidSocial: "Betald social",
        events: "Event",
        contentSeo: "Innehåll och SEO",
        outbound: "Outbound (SDR)",
      },
      acquisitionCost: "Förvärvskostnad",
      paid: "Betald?",
      spend: "Kostnad",
      newCustomers: "Nya kunder",
      cac: "CAC",
      cacNote: "Kostnad ÷ nya kunder. En kanal utan nya kunder visar en tom cell.",
      customerValue: "Kundvärde",
      arpaMonthly: "ARPA (per månad)",
      grossMargin: "Bruttomarginal",
      monthlyChurn: "Churn per månad",
      ltv: "LTV",
      ltvNote:
        "ARPA × bruttomarginal ÷ churn per månad: bruttovinsten en kund ger under hela kundtiden.",
      unitEconomics: "Enhetsekonomi",
      ltvToCac: "LTV:CAC",
      paybackMonths: "Återbetalningstid (mån)",
      ratioNote: "3× eller mer brukar räknas som en sund kanal.",
      paybackNote:
        "CAC ÷ (ARPA × bruttomarginal): antal månaders bruttovinst för att tjäna in förvärvskostnaden.",
      blendedVsPaid: "Blandad mot betald CAC",
      blended: "Blandad (alla kanaler)",
      paidOnly: "Betald (markerade kanaler)",
      costPerLead: "Kostnad per lead",
      costPerOpportunity: "Kostnad per affärsmöjlighet",
      costPerRecordTable: "Kostnad per lead och per affärsmöjlighet",
      leads: "Leads",
      opportunities: "Affärsmöjligheter",
      costPerLeadNote:
        "Kostnad ÷ leads och kostnad ÷ affärsmöjligheter per kanal; tomt där kanalen inte har några.",
    },
    health: {
      sheetName: "Trattens hälsa",
      title: "Trattens hälsa",
      subtitle: "ange faktisk volym för en period och se var posterna fastnar.",
      actualVsPlanned: "Faktisk mot planerad konvertering",
      actualVolume: "Faktisk volym",
      actualConversion: "Faktisk konvertering",
      plannedConversion: "Planerad konvertering",
      gap: "Avvikelse",
      relativeGap: "Relativ avvikelse",
      conversionNote: "Andel av stegets poster som nådde nästa steg.",
      stickiest: "Största flaskhalsen",
      stickiestNote:
        "Steget vars underskott mot planen kostar flest vunna affärer: åtgärda det först.",
      leadVelocity: "Leadhastighet (senaste månaderna)",
      qualifiedLeads: "Kvalificerade leads",
      growth: "Tillväxt mot föregående månad",
      chartTitle: "Faktisk mot planerad konvertering",
      gapPoints: "Avvikelse (procentenheter)",
      wonDealsLost: "Förlorade affärer",
      wonDealsLostNote:
        "Vunna affärer som stegets underskott kostar: posterna som borde ha gått vidare, gånger den planerade konverteringen därifrån till vunnen affär.",
      noneBelowPlan: "inget steg under plan",
    },
    sla: {
      sheetName: "SLA-uppföljning",
      title: "SLA mellan marknad och sälj",
      subtitle:
        "Marknad lovar ett antal MQL:er varje månad; sälj lovar att följa upp varje MQL inom överenskommen tid.",
      committedPerMonth: "Utlovade MQL:er per månad",
      followUpTarget: "Mål för uppföljning (timmar)",
      commitment: "MQL-åtagande",
      committed: "Utlovade MQL:er",
      delivered: "Levererade MQL:er",
      deliveredShare: "Leverans",
      gap: "Avvikelse",
      yearToDate: "Hittills i år",
      followUpTime: "Uppföljningstid",
      targetHours: "Mål (timmar)",
      actualHours: "Utfall (timmar)",
      met: "Uppfyllt?",
      followUpNote: "Median i timmar från överlämnad MQL till säljs första kontakt.",
      chartTitle: "Utlovade mot levererade MQL:er",
      planSubtitle:
        "marknad lovar ett stegs volym ur månadsplanen varje månad; sälj följer upp varje post inom överenskommen tid.",
      /** After the committed stage's name in a column head: "MQL — committed". */
      committedHead: "utlovade",
      deliveredHead: "levererade",
      committedStage: "Utlovat steg",
      stageMissing: "Skriv namnet på ett steg i den här tratten i ”Utlovat steg”.",
      committedNote:
        "Månadsplanens behov i det utlovade steget: målet, affärsstorleken och första månaden ovan, trattens konverteringar och dagar (samma siffror som Månadsmål).",
    },
    planVsActual: {
      sheetName: "Plan mot utfall",
      title: "Plan mot utfall",
      subtitle:
        "klistra in eller skriv faktisk volym per steg och månad; planen kommer från tratten.",
      plan: "Plan",
      actual: "Utfall",
      attainment: "Måluppfyllelse",
      yearToDate: "Hittills i år",
      forecastYear: "Prognos (år)",
      gapToPlan: "Avvikelse mot plan",
      behindNote: "Skuggade celler ligger efter planen.",
      chartTitle: "Vunna affärer: plan mot utfall",
      planTable: "Plan: volym in i varje steg",
      actualTable: "Utfall: volym in i varje steg",
      attainmentTable: "Måluppfyllelse (utfall ÷ plan)",
      forecastTable: "Hittills i år, prognos och avvikelse mot plan",
      planToDate: "Plan hittills",
      actualToDate: "Utfall hittills",
      planYear: "Plan (år)",
      wonDeals: "Vunna affärer per månad",
      actualNote:
        "Exempelsiffror för passerade månader: klistra in eller skriv egna, en rad per steg och en kolumn per månad.",
      forecastNote:
        "Prognos = utfall hittills + resten av planen × måluppfyllelse hittills: året i den takt steget har hållit mot sin egen plan. Avvikelse = prognos − plan.",
      planNote:
        "Månadsplanen: årsmålet ÷ 12, trattens konverteringar och dagar, hela poster (ackumulerad avrundning).",
    },
    plans: {
      results: "Resultat",
      lowShare: "Lågt scenario (andel av målet)",
      highShare: "Högt scenario (andel av målet)",
      removedStages: "Borttagna steg (indata sparade)",
      removedStage: "Borttaget steg",
      removedNote:
        "När ett steg tas bort ur tratten sparas det som skrevs för det här, under stegets dåvarande namn: kopiera tillbaka det till ett steg eller rensa det.",
      noStage: "(inget steg)",
      missingDays:
        "Dagar i steget saknas för ett steg före det vunna steget: fyll i det i trattens tabell (Stegredigerare) för att se månadsplanen.",
    },
    cohorts: {
      sheetName: "Kohorter",
      title: "Kohorter och tid per steg",
      subtitle:
        "klistra in en export med datum per steg: en rad per post, en datumkolumn per steg.",
      export: "Export med datum per steg",
      cohortConversion: "Konvertering per kohortmånad",
      cohort: "Kohort",
      records: "Poster",
      daysInStage: "Dagar i steget (median)",
      useDaysNote:
        "Funnel Math ▸ Använd uppmätta dagar i tratten (med det här bladet öppet) skriver in de uppmätta medianerna som Dagar i steget i stegtabellen.",
      exportNote:
        "Exempelrader: ersätt dem med er CRM-export, en datumkolumn per steg i stegtabellens ordning (tom cell: inte nått).",
      measured: "Uppmätt (median)",
      inTable: "I stegtabellen",
      cohortNote: "Andel av varje månads intag som nådde respektive steg.",
    },
  };
}
