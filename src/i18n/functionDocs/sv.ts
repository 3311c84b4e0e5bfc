/** Swedish words of the function reference (see ./types.ts; terms: src/i18n/glossary.ts). */
import { svDetails } from "./details/sv";
import { svExamples } from "./examples/sv";
import type { FunctionDocsTranslation } from "./types";

const RAMP =
  "Andel av en full kvot som en ny säljare presterar varje anställningsmånad, första månaden först (0, 25\u00a0%, 50\u00a0%, 75\u00a0%); 100\u00a0% efter listans slut.";
const QUOTA_PER_REP =
  "Kvoten för en fullt upprampad säljare per period (per månad i en månadsplan); ett värde eller ett per period.";
const ATTAINMENT =
  "Andel av kvoten som en fullt upprampad säljare i snitt stänger, som andel (80\u00a0% = 0,8), högst 200\u00a0%.";
const ATTRITION = "Andel av teamet som slutar varje period, som andel (2\u00a0% i månaden = 0,02).";
const CURRENT_REPS = "Säljare i teamet vid första periodens start, alla fullt upprampade.";
const STAGE_DATES =
  "Datumet då varje post gick in i varje steg, en kolumn per steg (översta först; en rubrikrad hoppas över); tomt där den aldrig gjorde det. Med `stage_order` även en steghistorik: post-id, steg, datum.";
const OTHER_COLUMNS =
  'Kolumner vars rubrik inte namnger något steg: "error" anger dem (så syns ett felstavat steg), "ignore" lämnar dem utanför, så att en hel export inklistrad som den kom ("Record ID", "Deal Name", … bredvid stegdatumkolumnerna) fungerar. "ignore" läser första raden som rubriker och kräver stage_order.';
const STAGE_ORDER_DATES =
  "Trattens steg uppifrån, eller en stegmappning (CRM-namn, trattsteg) som `Funnel_Map`: namnger kolumnerna efter deras rubrikrad, eller läser en steghistorik.";
const DEAL_AMOUNT = "Beloppet för varje öppen affär.";
const WIN_PROBABILITIES = "Varje affärs sannolikhet att vinnas, rad för rad.";
const QUOTA = "Kvot (mål för orderingång) för perioden.";
const CLOSED_WON = "Orderingång som redan är vunnen under perioden.";
const BASIS = '"remaining" delar med kvot − vunna affärer, "quota" med hela kvoten.';

export const sv: FunctionDocsTranslation = {
  phrases: {
    number: "tal",
    text: "text",
    range: "område",
    "number of days": "antal dagar",
    "number, or a range of numbers": "tal eller ett område med tal",
    "number, or a row or column of numbers": "tal eller en rad eller kolumn med tal",
    "block of dates (one row per record, one column per stage), or a stage history":
      "datumblock (en rad per post, en kolumn per steg) eller en steghistorik",
    "block of plan figures (rows of periods)": "block med plansiffror (rader med perioder)",
    "block of actual figures (rows of periods)": "block med utfall (rader med perioder)",
    "column of amounts": "kolumn med belopp",
    "column of dates": "kolumn med datum",
    "column of probabilities (fractions)": "kolumn med sannolikheter (andelar)",
    "column of stage names": "kolumn med stegnamn",
    "numbers, stage names, a stage history or a block of stage dates":
      "tal, stegnamn, en steghistorik eller ett block med stegdatum",
    "row of bookings targets": "rad med mål för orderingång",
    "row of hires per period": "rad med nyanställda per period",
    "row of revenue targets": "rad med intäktsmål",
    "row or column of costs": "rad eller kolumn med kostnader",
    "row or column of counts": "rad eller kolumn med antal",
    "row or column of counts (empty for known rates)":
      "rad eller kolumn med antal (tom för kända konverteringar)",
    "row or column of dates": "rad eller kolumn med datum",
    "row or column of days": "rad eller kolumn med dagar",
    "row or column of names, or two columns (column, stage)":
      "rad eller kolumn med namn, eller två kolumner (kolumn, steg)",
    "row or column of percentiles (fractions)": "rad eller kolumn med percentiler (andelar)",
    "row or column of ramp factors (fractions)":
      "rad eller kolumn med upprampningsfaktorer (andelar)",
    "row or column of rates (fractions)": "rad eller kolumn med konverteringar (andelar)",
    "row or column of stage names, or a stage map":
      "rad eller kolumn med stegnamn, eller en stegmappning",
    "row or column of text": "rad eller kolumn med text",
    "row or column of win rates (fractions)": "rad eller kolumn med vinstandelar (andelar)",
    "row or column of numbers": "rad eller kolumn med tal",
    none: "inget",
    "none (the average plan)": "inget (genomsnittsplanen)",
    "no limit": "ingen gräns",
    "no ramp": "ingen upprampning",
    "rates taken as known": "konverteringarna räknas som kända",
    "every period with an actual figure": "varje period med ett utfall",
  },
  functions: {
    REQUIRED_LEADS: {
      summary:
        "Omvänd tratt: volymen som behövs i varje steg för att nå ett intäktsmål, översta steget först, vunna affärer sist.",
      returns: "Volymen som behövs i varje steg, översta först, sist de vunna affärerna.",
      params: {
        revenue_target: "Intäkt att vinna, eller en kolumn med mål (ett per scenario).",
        avg_deal_size: "Genomsnittlig intäkt per vunnen affär; ett värde eller ett per scenario.",
        conversion_rates:
          "Konvertering till nästa steg för varje steg från toppen av tratten och nedåt, som andelar (30\u00a0% = 0,3); den sista konverterar till en vunnen affär.",
        rounding:
          'Hur volymerna avrundas: "stage", "end" eller "none" (med en konfidensnivå är volymerna hela poster och detta gäller inte).',
        confidence:
          "Planera för denna sannolikhet att nå de affärer som behövs, som en andel mellan 0 och 1 (90\u00a0% = 0,9).",
        rate_samples:
          "Antal poster varje konvertering mättes på, i linje med konverteringarna, för att vidga volymerna för konverteringar från små urval; kräver `confidence`.",
      },
    },
    STAGE_CONVERSION: {
      summary:
        "Konvertering från varje steg till nästa steg, från antal per steg eller en CRM-export: en postlogg, en steghistorik eller en stegdatummatris.",
      returns: "Konverteringen från varje steg till nästa steg; sista stegets cell är tom.",
      params: {
        data: "Antal per steg (översta först), en kolumn med varje posts steg (med valfri statuskolumn), en steghistorik (post-id, steg, datum) eller en stegdatummatris (en rad per post, en kolumn per steg); en rubrikrad hoppas över.",
        stage_order:
          "Stegnamnen, översta först, eller en stegmappning (CRM-namn, trattsteg) som `Funnel_Map`; krävs för allt utom antal och en enkel stegdatummatris.",
        method: 'För en stegdatummatris eller steghistorik: "reached" eller "strict".',
        open_records:
          'Poster som fortfarande är öppna i steget de står i: "include" räknar dem som (ännu) inte konverterade; "exclude" lämnar dem utanför konverteringen för det steget.',
        other_columns: OTHER_COLUMNS,
      },
    },
    CAC: {
      summary: "Kundanskaffningskostnad (CAC): kostnader för sälj och marknadsföring ÷ nya kunder.",
      returns: "Kostnaden för att skaffa en kund, per cell i indata.",
      params: {
        spend:
          "Kostnader för sälj och marknadsföring; ett område per kanal eller period, eller kostnadsposter sida vid sida.",
        new_customers: "Vunna nya kunder, i samma form som `spend` (eller ett enskilt värde).",
        lag_periods: "Antal perioder mellan kostnaden och kunderna den ger, ett heltal.",
      },
    },
    LTV: {
      summary: "Kundens livstidsvärde: ARPA × bruttomarginal ÷ churn.",
      returns: "Bruttovinsten (eller intäkten) som en kund ger under hela kundrelationen.",
      params: {
        arpa: "Genomsnittlig intäkt per konto och period (t.ex. per månad).",
        gross_margin: "Bruttomarginal som andel (80\u00a0% = 0,8); 1 för LTV räknat på intäkt.",
        churn_rate: "Andel kunder som förloras per period, som andel (2\u00a0% = 0,02), över 0.",
      },
    },
    CAC_PAYBACK: {
      summary:
        "Perioder (t.ex. månader) för att tjäna tillbaka CAC: CAC ÷ (ARPA × bruttomarginal).",
      returns: "Antalet perioder av bruttovinst som betalar tillbaka kundanskaffningskostnaden.",
      params: {
        cac: "Kundanskaffningskostnad (CAC), t.ex. resultatet av CAC.",
        arpa: "Genomsnittlig intäkt per konto och period.",
        gross_margin: "Bruttomarginal som andel (80\u00a0% = 0,8).",
      },
    },
    PIPELINE_VELOCITY: {
      summary:
        "Intäkt per dag som pipelinen ger: affärsmöjligheter × vinstandel × affärsstorlek ÷ säljcykelns dagar.",
      returns: "Intäkt per dag.",
      params: {
        opportunities: "Öppna kvalificerade affärsmöjligheter.",
        win_rate: "Andel affärsmöjligheter som vinns, som andel (25\u00a0% = 0,25).",
        avg_deal_size: "Genomsnittlig intäkt per vunnen affär.",
        sales_cycle_days: "Genomsnittligt antal dagar från affärsmöjlighet till avslut.",
      },
    },
    LEAD_VELOCITY: {
      summary:
        "Tillväxten av kvalificerade leads från period till period: (denna period − förra) ÷ förra.",
      returns: "Tillväxt per period som andel (0,1 = 10\u00a0%); första cellen är tom.",
      params: {
        counts: "Kvalificerade leads per period, äldsta först.",
      },
    },
    FUNNEL_TARGETS: {
      summary:
        "Omvänd tratt över tid: volymen som måste gå in i varje steg varje period för att affärerna ska stängas i tid.",
      returns:
        "Volymen som går in i varje steg (rader, översta först, vunna affärer sist) per period (kolumner).",
      params: {
        period_targets:
          "Intäktsmål per period, äldsta först (t.ex. en rad med 12 månader); 0 går bra, och en tom period har inget mål (den behåller sin kolumn).",
        avg_deal_size: "Genomsnittlig intäkt per vunnen affär; ett värde eller ett per period.",
        conversion_rates:
          "Konvertering till nästa steg för varje steg från toppen av tratten och nedåt, som andelar.",
        days_in_stage:
          "Genomsnittligt antal dagar en post står i varje steg innan den konverterar, i linje med konverteringarna.",
        days_per_period: "Dagar i en period: 30 för månader, 91 för kvartal, 7 för veckor.",
        rounding:
          '"none" för exakta volymer, "cumulative" för heltal vars radsummor är behovet avrundat uppåt (det planerna använder), eller "end" för att avrunda varje cell uppåt.',
        pipeline:
          '"steady" när pipelinen för de första perioderna redan gick in före dem i planens takt (och de sista perioderna bygger pipeline för nästa cykel), "ramp" när pipelinen börjar tom.',
      },
    },
    PLAN_FORECAST: {
      summary:
        "Takten mot planens egen kurva: hittills, måluppfyllelse, prognosen för hela planen och dess avvikelse mot plan, per steg.",
      returns:
        "En rad per serie: plan hittills, utfall hittills, måluppfyllelse (tom så länge planen hittills är 0), prognos, plan totalt, avvikelse (prognos − plan totalt).",
      params: {
        plan_by_period:
          "Planen: en rad per steg eller serie, en kolumn per period, t.ex. resultatet av FUNNEL_TARGETS.",
        actual_by_period:
          "Utfallet uppställt som planen; tomt där en period ännu inte är rapporterad. Får täcka bara de första perioderna.",
        periods_to_date:
          "Hur många av de första perioderna som räknas som rapporterade (t.ex. 5 för att lämna en pågående juni utanför).",
      },
    },
    STAGE_SENSITIVITY: {
      summary:
        "Vilket steg du ska förbättra: den relativa förändringen i kostnad per vunnen affär när varje konvertering höjs för sig.",
      returns:
        "Den relativa förändringen i kostnad per vunnen affär per stegs konvertering (negativ = billigare); det vunna stegets cell är tom.",
      params: {
        conversion_rates:
          "Konvertering till nästa steg för varje steg från toppen av tratten och nedåt, som andelar (30\u00a0% = 0,3).",
        cost_per_record:
          "Kostnaden för att bearbeta en post i varje steg (översta först), valfritt en till per vunnen kund; 0 går bra.",
        lift: "Relativ förbättring av varje konvertering, som en andel i (0; 10].",
      },
    },
    STAGE_DAYS: {
      summary:
        "Dagar i steget mätt ur CRM-data: från att posten går in i varje steg till att den går in i nästa steg, per steg.",
      returns: "En rad med dagar per steg (sista stegets cell är tom).",
      params: {
        stage_dates: STAGE_DATES,
        statistic: 'Hur intervallen sammanfattas: "median", "mean" eller "p90".',
        stage_order: STAGE_ORDER_DATES,
        other_columns: OTHER_COLUMNS,
      },
    },
    COHORT_CONVERSION: {
      summary:
        "Kohortanalys: per intagsperiod hur många poster som gick in och hur stor andel som nådde varje senare steg.",
      returns:
        "En rad per period: dess etikett, kohortens storlek och sedan andelen som når varje senare steg.",
      params: {
        stage_dates: STAGE_DATES,
        period: 'Kohortens längd: "month", "quarter" eller "week" (ISO-veckor).',
        within_days:
          "Räkna ett steg bara om det nåddes inom så här många dagar från kohortdatumet.",
        stage_order: STAGE_ORDER_DATES,
        other_columns: OTHER_COLUMNS,
      },
    },
    FUNNEL_SQL: {
      summary:
        "SQL-frågan som räknar fram STAGE_CONVERSION:s tal i BigQuery, PostgreSQL eller DuckDB, för data som är för stora för ett kalkylark.",
      returns: "Frågan, som text i en cell.",
      params: {
        stage_order: "Stegnamnen, översta först, eller en stegmappning (CRM-namn, trattsteg).",
        table: "Tabellen i datalagret, t.ex. `project.dataset.table` i BigQuery.",
        columns:
          "Kolumnnamnen: stegkolumnen och valfritt statuskolumnen (logg), post-id, steg och valfri datumkolumn (historik) eller datumkolumnerna (matris) – i stegordning, med stegens namn, eller som par av kolumn och steg.",
        layout: 'Hur tabellen lagrar posterna: "log", "history" ("events") eller "matrix".',
        dialect: 'SQL-dialekten: "bigquery", "postgres" eller "duckdb".',
        open_records:
          'Poster som fortfarande är öppna i steget de står i: "include" räknar dem som (ännu) inte konverterade; "exclude" lämnar dem utanför konverteringen för det steget (en logg med sin statuskolumn, eller layouterna "history" och "matrix" med stegmappningens namn för en förlorad affär).',
      },
    },
    HIRING_PLAN: {
      summary:
        "Säljare som en plan för orderingång behöver och när de ska anställas, med upprampningen: per period behövda säljare, nyanställningar, antal anställda, upprampade säljare och kapacitet för orderingång.",
      returns:
        "Fem rader (behövda säljare, nyanställningar, antal anställda, upprampade säljare, kapacitet för orderingång), en kolumn per period.",
      params: {
        period_targets:
          "Orderingång att stänga varje period, äldsta först (t.ex. en rad med planens 12 månadsmål).",
        quota_per_rep: QUOTA_PER_REP,
        ramp: RAMP,
        attainment: ATTAINMENT,
        attrition: ATTRITION,
        current_reps: CURRENT_REPS,
        rounding: '"whole" för att anställa hela säljare, "none" för exakta andelar.',
      },
    },
    SALES_CAPACITY: {
      summary:
        "Orderingången ett team klarar, period för period, utifrån nyanställningar, upprampning, måluppfyllelse och personalomsättning.",
      returns:
        "Tre rader (antal anställda, upprampade säljare, kapacitet för orderingång), en kolumn per period.",
      params: {
        hires: "Säljare som börjar varje period, äldsta först (t.ex. en rad med 12 månader).",
        quota_per_rep: QUOTA_PER_REP,
        ramp: RAMP,
        attainment: ATTAINMENT,
        attrition: ATTRITION,
        current_reps: CURRENT_REPS,
      },
    },
    SDRS_NEEDED: {
      summary:
        "SDR:er som en plan behöver: affärsmöjligheterna den behöver ÷ affärsmöjligheterna en SDR skapar, per period.",
      returns: "Behövda SDR:er per cell i indata.",
      params: {
        opportunities: "Affärsmöjligheter som planen behöver, per period (eller ett värde).",
        opportunities_per_sdr: "Affärsmöjligheter som en upprampad SDR skapar per period.",
        rounding: '"whole" för hela SDR:er (avrundat uppåt), "none" för exakta andelar.',
      },
    },
    PIPELINE_COVERAGE: {
      summary:
        "Pipelinetäckning: öppen pipeline ÷ den del av kvoten som återstår att stänga (kvot − vunna affärer), eller ÷ hela kvoten.",
      returns: "Täckning som multipel (3 = 3×), per cell i indata.",
      params: {
        open_pipeline:
          "Öppen pipeline som väntas stängas under perioden (summan av affärernas belopp).",
        quota: QUOTA,
        closed_won: CLOSED_WON,
        basis: BASIS,
      },
    },
    STAGE_COVERAGE: {
      summary:
        "Täckning för ”steg X eller senare”: per pipelinesteg den öppna pipelinen i det steget eller senare, dess täckning, den täckning stegets vinstandel kräver och den förväntade orderingången.",
      returns:
        "Per steg: pipeline i detta steg eller senare, täckning, täckning som behövs, förväntad orderingång.",
      params: {
        deal_stages: "Varje öppen affärs nuvarande steg.",
        deal_amounts: "Varje öppen affärs belopp, rad för rad med `deal_stages`.",
        stage_order: "De öppna pipelinestegen, tidigaste först.",
        win_rates: "Andel av affärerna i varje steg som vinns, i linje med `stage_order`.",
        quota: QUOTA,
        closed_won: CLOSED_WON,
        basis: BASIS,
      },
    },
    WEIGHTED_PIPELINE: {
      summary:
        "Öppen pipeline per stängningsperiod: per period affärernas belopp och deras viktade värde (belopp × sannolikhet att vinna).",
      returns: "Två rader: pipeline och viktad pipeline som stängs varje period.",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        close_dates: "Varje affärs förväntade stängningsdatum, rad för rad.",
        periods: "Ett datum i varje period i planen, t.ex. dess månadsrubriker.",
        period: 'Periodens längd: "month", "quarter" eller "week".',
      },
    },
    DEALS_PROBABILITY: {
      summary:
        "Sannolikheten att vinna minst de affärer som behövs från de poster som nu står i varje steg i tratten.",
      returns: "Sannolikheten (0 till 1) för minst så många vunna affärer, per mål.",
      params: {
        stage_volumes:
          "Poster som nu står i varje steg med en konvertering, översta först; valfritt en till, de affärer som redan är vunna.",
        conversion_rates:
          "Konvertering till nästa steg för varje steg, översta först, som andelar.",
        deals_needed: "Vunna affärer som behövs, eller en lista med mål (en sannolikhet var).",
        rate_samples:
          "Antal poster varje konvertering mättes på, i linje med konverteringarna, för att vidga oddsen för konverteringar från små urval.",
      },
    },
    BOOKINGS_PROBABILITY: {
      summary:
        "Sannolikheten att de öppna affärerna, var och en vunnen med sin egen sannolikhet, ger minst målet i orderingång.",
      returns: "Sannolikheten (0 till 1) att orderingången når målet, per mål.",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        goal: "Orderingång att nå, eller en lista med mål (en sannolikhet var).",
        closed_won: "Orderingång som redan är vunnen, räknad mot målet.",
      },
    },
    BOOKINGS_PERCENTILES: {
      summary:
        "Spannet av orderingång som de öppna affärerna kan ge: P10, P50 och P90 (eller valfria percentiler) av den exakta fördelningen av total orderingång.",
      returns: "Total orderingång vid varje percentil.",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        percentiles: "Vilka percentiler, som andelar (P10 = 0,1).",
        closed_won: "Orderingång som redan är vunnen, adderad till varje summa.",
      },
    },
  },
  examples: svExamples,
  details: svDetails,
};
