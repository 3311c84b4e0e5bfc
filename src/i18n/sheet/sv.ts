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
      conversionToNext: "Konvertering till nästa steg",
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
      confidence: "Konfidensnivå",
      neededForConfidence: (level: string) => `="Behov för "&${level}&" % chans"`,
      confidenceNote:
        "Poster som behövs för att chansen att nå de vunna affärer som behövs ska vara minst konfidensnivån: posterna konverterar oberoende av varandra enligt tabellens konverteringar, så en plan byggd på medelvärden lyckas bara ungefär varannan gång.",
      roundingNote:
        "Hela poster i varje steg, som REQUIRED_LEADS ger dem som standard (avrundning steg för steg): vunna affärer avrundas uppåt, sedan varje steg ovanför uppåt från heltalet under det.",
      spreadNote:
        "Per kvartal och per månad är årsbehovet jämnt fördelat; stegtabellens konverteringar styr varje siffra.",
      chartTitle: "Volym som behövs per steg (år)",
      budget: "Budget",
      costPerRecord: "Kostnad per post",
      costPerStage: "Kostnad per steg",
      totalBudget: "Total budget för kundförvärv",
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
        "Hur mycket billigare varje vunnen affär blir om bara det här steget konverterar bättre med förbättringen ovan (10\u00a0%: 30\u00a0% blir 33\u00a0%), med budgetens kostnad per post. Den mest negativa siffran visar steget att arbeta med.",
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
      acquisitionCost: "Kundanskaffningskostnad",
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
        "CAC ÷ (ARPA × bruttomarginal): antal månaders bruttovinst för att tjäna in kundanskaffningskostnaden.",
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
      wonDealsLost: "Uteblivna vunna affärer",
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
    capacity: {
      sheetName: "Kapacitetsplan",
      title: "Kapacitetsplan",
      subtitle:
        "säljarna och SDR:erna som månadsplanen behöver, när de ska rekryteras givet upprampningen, och vilken försäljning teamet kan leverera.",
      team: "Team",
      quotaPerRep: "Kvot per upprampad säljare (månad)",
      attainment: "Genomsnittlig måluppfyllelse",
      attrition: "Personalomsättning (andel som slutar per månad)",
      currentReps: "Säljare i dag (upprampade)",
      opportunitiesPerSdr: "Affärsmöjligheter per SDR (månad)",
      sdrStage: "Steg som SDR:er lämnar över",
      exampleNote:
        "Exempelsiffror: ersätt dem med ditt teams. Kvot och personalomsättning gäller per månad, som planen.",
      sdrStageNote:
        "Det steg i tratten vars poster SDR:er skapar (här: steget före det vunna steget). Skriv ett annat stegs namn för att räkna på det.",
      ramp: "Upprampning",
      monthOfTenure: "Månad i tjänst",
      shareOfQuota: "Andel av kvoten",
      month: (n: number) => `Mån ${n}`,
      rampNote:
        "Andel av full kvot som en ny säljare säljer varje månad efter start (exempelvärden); 100\u00a0% efter den sista ifyllda månaden.",
      recommended: "Rekryteringsplan som målet kräver",
      yourPlan: "Din rekryteringsplan",
      repsNeeded: "Upprampade säljare som behövs",
      hires: "Rekryteringar",
      headcount: "Antal anställda",
      rampedReps: "Upprampade säljare",
      bookingsCapacity: "Försäljningskapacitet",
      gapToTarget: "Kapacitet − mål",
      hiresNote:
        "Varje månads underskott rekryteras så många månader i förväg som upprampningen är lång, så att nya säljare är upprampade när deras månad kommer; ett underskott före det rekryteras första månaden och syns i gapet.",
      yourHiresNote:
        "Skriv de rekryteringar du planerar per månad (exempel: en den tredje månaden, senare än planen ovan) för att se vilken försäljning det teamet kan leverera.",
      sdrs: "SDR:er",
      opportunitiesNeeded: (stage: string) => `=${stage}&" behövs"`,
      sdrsNeeded: "SDR:er som behövs",
      sdrNote:
        "Från månadsplanen (samma FUNNEL_TARGETS-siffror som i Månadsmål), ÷ affärsmöjligheter per SDR, avrundat uppåt till hela SDR:er.",
      unknownStage:
        "Steget som SDR:er lämnar över finns inte i tratten: skriv ett stegnamn från trattens tabell.",
      hiresInYear: "Rekryteringar under året",
      headcountAtEnd: "Antal anställda vid årets slut",
      capacityYear: "Försäljningskapacitet (år)",
      capacityShare: "Kapacitet ÷ mål",
      peakSdrs: "SDR:er som mest",
    },
    pipeline: {
      sheetName: "Pipelinetäckning",
      title: "Pipelinetäckning och prognos",
      subtitle:
        "klistra in dina öppna affärer; täckning och chanser räknas fram från trattens egna vinstandelar.",
      quota: "Kvot (period)",
      closedWon: "Vunnet hittills",
      firstMonth: "Periodens första månad",
      periodMonths: "Månader i perioden",
      exampleNote:
        "Exempelsiffror: exempelplanens kvartal (100\u00a0000 per år ÷ 4) med en affär redan vunnen. Skriv dina egna.",
      openPipeline: "Öppen pipeline som stängs i perioden",
      leftToClose: "Kvar att stänga (kvot − vunnet)",
      coverage: "Täckning av det som är kvar",
      coverageOfQuota: "Täckning av hela kvoten",
      coverageNeeded: "Täckning som dina vinstandelar kräver",
      coverageNote:
        "Öppen pipeline ÷ det som återstår att stänga. Jämför med täckningen dina vinstandelar kräver: pipeline ÷ dess förväntade försäljning (en vinstandel på 25\u00a0% kräver 4×, inte 3×).",
      odds: "Chansen att nå periodens mål",
      chance: "Chans att nå kvoten",
      chanceNote:
        "Exakt fördelning av försäljningen: varje affär som stängs i perioden vinns med sitt stegs vinstandel, oberoende av de andra; det som redan vunnits räknas mot kvoten.",
      range: "Spann för försäljningen (med vunnet)",
      percentile: "Percentil",
      bookings: "Försäljning",
      percentileNote:
        "P10 är en summa teamet överträffar 9 gånger av 10, P50 medianen, P90 en summa det når 1 gång av 10. Skriv andra nivåer om du vill.",
      weighted: "Viktad pipeline per stängningsmånad",
      pipelineRow: "Öppen pipeline",
      weightedRow: "Viktad (belopp × vinstandel)",
      byStage: "Täckning per steg (detta steg eller senare)",
      winRate: "Vinstandel från detta steg",
      atOrLater: "Pipeline i detta steg eller senare",
      coverageHeader: "Täckning",
      neededHeader: "Täckning som behövs",
      expected: "Förväntad försäljning",
      byStageNote:
        "Affärer som stängs i perioden i detta steg eller ett senare. Täckning som behövs är 1 ÷ vinstandelen från steget: ju senare steg, desto mindre pipeline krävs.",
      deals: "Öppna affärer",
      deal: "Affär",
      amount: "Belopp",
      closeDate: "Stängningsdatum",
      dealWinRate: "Vinstandel (dess steg)",
      dealsNote:
        "Exempelaffärer: klistra in ditt CRM:s öppna affärer här — stegnamn som i trattens tabell, belopp, förväntat stängningsdatum.",
      examples: [
        "Acme Corp",
        "Globex",
        "Initech",
        "Umbrella",
        "Stark Industries",
        "Wayne Enterprises",
        "Hooli",
        "Vandelay Imports",
        "Soylent",
        "Cyberdyne",
        "Tyrell",
        "Wonka",
      ],
      leftOut: (count: string) =>
        `=IF(${count}=0, "", ${count}&" affärer ligger i ett steg som inte är ett öppet steg i denna tratt: de räknas inte med. Använd stegnamnen från trattens tabell.")`,
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
        "Exempelrader: ersätt dem med dina datum, en datumkolumn per steg i stegtabellens ordning (tom cell: inte nått) — eller klistra in en hel CRM-export som den kom i området till höger om kohorttabellen: då läses den i stället.",
      measured: "Uppmätt (median)",
      inTable: "I stegtabellen",
      cohortNote: "Andel av varje månads intag som nådde respektive steg.",
      paste: "Din CRM-export: klistra in den här, med rubrikraden först",
      pasteTooLong: (records: number) =>
        `Bara de första ${records} posterna i inklistringsområdet läses, och den här exporten är längre: posterna under dem lämnas utanför tabellerna. Exportera en kortare period (filtrera på skapandedatum), eller ta bort rader du inte behöver.`,
      pasteTooWide: (columns: number) =>
        `Bara de första ${columns} kolumnerna i inklistringsområdet läses, och den här exporten är bredare: se till att datumkolumnerna per steg finns bland dem (ta bort kolumner du inte behöver, eller exportera färre).`,
      pasteNote:
        "Klistra in din CRM-export här precis som den kom, med rubrikraden först (en affärsexport från HubSpot med datumkolumnerna per steg fungerar som den är). Varje kolumnrubrik matchas mot ett steg via stegtabellens namn och namn i CRM; kolumner vars rubrik inte namnger något steg (post-id, affärsnamn) lämnas utanför — lägg till ett stegnamn som saknas under Namn i CRM. Så länge området är tomt läses stegkolumnerna till vänster.",
    },
  };
}
