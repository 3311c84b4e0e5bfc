/** Polish words of the function reference (see ./types.ts; terms: src/i18n/glossary.ts). */
import { plDetails } from "./details/pl";
import { plExamples } from "./examples/pl";
import type { FunctionDocsTranslation } from "./types";

const RAMP =
  "Część pełnej kwoty sprzedażowej, jaką nowy handlowiec realizuje w kolejnych miesiącach stażu, od pierwszego (0, 25%, 50%, 75%); po końcu listy 100%.";
const QUOTA_PER_REP =
  "Kwota sprzedażowa jednego handlowca po okresie wdrożenia na okres (na miesiąc w planie miesięcznym); jedna wartość albo jedna na okres.";
const ATTAINMENT =
  "Część kwoty sprzedażowej, jaką średnio realizuje handlowiec po okresie wdrożenia, jako ułamek (80% = 0,8), najwyżej 200%.";
const ATTRITION = "Część zespołu odchodząca w każdym okresie, jako ułamek (2% miesięcznie = 0,02).";
const CURRENT_REPS =
  "Handlowcy w zespole na początku pierwszego okresu, wszyscy po okresie wdrożenia.";
const STAGE_DATES =
  "Data wejścia każdego rekordu na każdy etap, jedna kolumna na etap (od góry lejka; wiersz nagłówka jest pomijany); puste, gdy rekord nigdy tam nie dotarł. Razem ze `stage_order` także historia etapów: ID rekordu, etap, data.";
const OTHER_COLUMNS =
  'Kolumny, których nagłówek nie nazywa żadnego etapu: "error" je wskazuje (widać wtedy literówkę w nazwie etapu), "ignore" je pomija, więc działa cały eksport wklejony tak, jak przyszedł ("Record ID", "Deal Name", … obok kolumn dat etapów). "ignore" odczytuje pierwszy wiersz jako nagłówki i wymaga stage_order.';
const STAGE_ORDER_DATES =
  "Etapy lejka od góry albo mapa etapów (nazwa w CRM, etap lejka), np. `Funnel_Map`: nazywa kolumny według ich wiersza nagłówka lub odczytuje historię etapów.";
const DEAL_AMOUNT = "Wartość każdej otwartej transakcji.";
const WIN_PROBABILITIES = "Prawdopodobieństwo wygrania każdej transakcji, wiersz po wierszu.";
const QUOTA = "Kwota sprzedażowa (cel sprzedaży) na okres.";
const CLOSED_WON = "Sprzedaż już wygrana w tym okresie.";
const BASIS =
  '"remaining" dzieli przez kwotę sprzedażową − wygrane, "quota" przez całą kwotę sprzedażową.';

export const pl: FunctionDocsTranslation = {
  phrases: {
    number: "liczba",
    text: "tekst",
    range: "zakres",
    "number of days": "liczba dni",
    "number, or a range of numbers": "liczba lub zakres liczb",
    "number, or a row or column of numbers": "liczba albo wiersz lub kolumna liczb",
    "block of dates (one row per record, one column per stage), or a stage history":
      "blok dat (wiersz na rekord, kolumna na etap) lub historia etapów",
    "block of plan figures (rows of periods)": "blok wartości planu (wiersze okresów)",
    "block of actual figures (rows of periods)": "blok wykonania (wiersze okresów)",
    "column of amounts": "kolumna kwot",
    "column of dates": "kolumna dat",
    "column of probabilities (fractions)": "kolumna prawdopodobieństw (ułamki)",
    "column of stage names": "kolumna nazw etapów",
    "numbers, stage names, a stage history or a block of stage dates":
      "liczby, nazwy etapów, historia etapów lub blok dat etapów",
    "row of bookings targets": "wiersz celów sprzedaży",
    "row of hires per period": "wiersz zatrudnień na okres",
    "row of revenue targets": "wiersz celów przychodu",
    "row or column of costs": "wiersz lub kolumna kosztów",
    "row or column of counts": "wiersz lub kolumna liczebności",
    "row or column of counts (empty for known rates)":
      "wiersz lub kolumna liczebności (puste dla znanych konwersji)",
    "row or column of dates": "wiersz lub kolumna dat",
    "row or column of days": "wiersz lub kolumna dni",
    "row or column of names, or two columns (column, stage)":
      "wiersz lub kolumna nazw albo dwie kolumny (kolumna, etap)",
    "row or column of percentiles (fractions)": "wiersz lub kolumna percentyli (ułamki)",
    "row or column of ramp factors (fractions)":
      "wiersz lub kolumna współczynników okresu wdrożenia (ułamki)",
    "row or column of rates (fractions)": "wiersz lub kolumna konwersji (ułamki)",
    "row or column of stage names, or a stage map":
      "wiersz lub kolumna nazw etapów albo mapa etapów",
    "row or column of text": "wiersz lub kolumna tekstu",
    "row or column of win rates (fractions)":
      "wiersz lub kolumna współczynników wygranych (ułamki)",
    "row or column of numbers": "wiersz lub kolumna liczb",
    none: "brak",
    "none (the average plan)": "brak (plan średni)",
    "no limit": "bez limitu",
    "no ramp": "bez okresu wdrożenia",
    "rates taken as known": "konwersje traktowane jako znane",
    "every period with an actual figure": "każdy okres z wykonaniem",
  },
  functions: {
    REQUIRED_LEADS: {
      summary:
        "Odwrócony lejek: wolumen potrzebny na każdym etapie, by osiągnąć cel przychodu, od górnego etapu, na końcu wygrane transakcje.",
      returns: "Wolumen potrzebny na każdym etapie, od góry, na końcu wygrane transakcje.",
      params: {
        revenue_target: "Przychód do zdobycia albo kolumna celów (po jednym na scenariusz).",
        avg_deal_size:
          "Średni przychód z wygranej transakcji; jedna wartość albo jedna na scenariusz.",
        conversion_rates:
          "Konwersje do następnego etapu od góry lejka w dół, jako ułamki (30% = 0,3); ostatnia to konwersja w wygraną transakcję.",
        rounding:
          'Sposób zaokrąglania wolumenów: "stage", "end" lub "none" (z poziomem ufności wolumeny to całe rekordy i ten argument nie ma zastosowania).',
        confidence:
          "Planuj na tę szansę zdobycia potrzebnych transakcji, jako ułamek od 0 do 1 (90% = 0,9).",
        rate_samples:
          "Liczba rekordów, na których zmierzono każdą konwersję, w kolejności konwersji, by poszerzyć wolumeny dla konwersji z małych prób; wymaga `confidence`.",
      },
    },
    STAGE_CONVERSION: {
      summary:
        "Konwersja z każdego etapu do następnego etapu, z liczebności na etapach lub z eksportu z CRM: dziennika rekordów, historii etapów albo macierzy dat etapów.",
      returns:
        "Konwersja z każdego etapu do następnego etapu; komórka ostatniego etapu jest pusta.",
      params: {
        data: "Liczebności na etapach (od góry), kolumna z etapem każdego rekordu (z opcjonalną kolumną statusu), historia etapów (ID rekordu, etap, data) albo macierz dat etapów (wiersz na rekord, kolumna na etap); wiersz nagłówka jest pomijany.",
        stage_order:
          "Nazwy etapów od góry albo mapa etapów (nazwa w CRM, etap lejka), np. `Funnel_Map`; wymagana dla wszystkiego poza liczebnościami i zwykłą macierzą dat etapów.",
        method: 'Dla macierzy dat etapów lub historii etapów: "reached" albo "strict".',
        open_records:
          'Rekordy wciąż otwarte na swoim etapie: "include" liczy je jako (jeszcze) nieprzekonwertowane; "exclude" pomija je w konwersji tego etapu.',
        other_columns: OTHER_COLUMNS,
      },
    },
    CAC: {
      summary: "Koszt pozyskania klienta (CAC): wydatki na sprzedaż i marketing ÷ nowi klienci.",
      returns: "Koszt pozyskania jednego klienta dla każdej komórki danych wejściowych.",
      params: {
        spend:
          "Wydatki na sprzedaż i marketing; zakres na kanał lub okres albo pozycje kosztów obok siebie.",
        new_customers:
          "Pozyskani nowi klienci, w tym samym kształcie co `spend` (lub pojedyncza wartość).",
        lag_periods:
          "Liczba okresów między wydatkiem a klientami, których przynosi; liczba całkowita.",
      },
    },
    LTV: {
      summary: "Wartość klienta w całym okresie współpracy: ARPA × marża brutto ÷ churn.",
      returns: "Zysk brutto (lub przychód), jaki klient przynosi przez cały okres współpracy.",
      params: {
        arpa: "Średni przychód na konto na okres (np. na miesiąc).",
        gross_margin: "Marża brutto jako ułamek (80% = 0,8); 1 dla LTV liczonego z przychodu.",
        churn_rate: "Część klientów traconych w okresie, jako ułamek (2% = 0,02), powyżej 0.",
      },
    },
    CAC_PAYBACK: {
      summary:
        "Liczba okresów (np. miesięcy) potrzebnych do odzyskania CAC: CAC ÷ (ARPA × marża brutto).",
      returns: "Liczba okresów zysku brutto, które spłacają koszt pozyskania klienta.",
      params: {
        cac: "Koszt pozyskania klienta (CAC), np. wynik funkcji CAC.",
        arpa: "Średni przychód na konto na okres.",
        gross_margin: "Marża brutto jako ułamek (80% = 0,8).",
      },
    },
    PIPELINE_VELOCITY: {
      summary:
        "Przychód dziennie, jaki daje pipeline: szanse sprzedaży × współczynnik wygranych × wartość transakcji ÷ dni cyklu sprzedaży.",
      returns: "Przychód dziennie.",
      params: {
        opportunities: "Otwarte, zakwalifikowane szanse sprzedaży.",
        win_rate: "Odsetek wygranych szans sprzedaży, jako ułamek (25% = 0,25).",
        avg_deal_size: "Średni przychód z wygranej transakcji.",
        sales_cycle_days: "Średnia liczba dni od szansy sprzedaży do zamknięcia.",
      },
    },
    LEAD_VELOCITY: {
      summary:
        "Wzrost liczby zakwalifikowanych leadów okres do okresu: (ten okres − poprzedni) ÷ poprzedni.",
      returns: "Wzrost na okres jako ułamek (0,1 = 10%); pierwsza komórka jest pusta.",
      params: {
        counts: "Zakwalifikowane leady na okres, od najstarszego.",
      },
    },
    FUNNEL_TARGETS: {
      summary:
        "Odwrócony lejek w czasie: wolumen, który musi wejść na każdy etap w każdym okresie, by transakcje zamknęły się na czas.",
      returns:
        "Wolumen wchodzący na każdy etap (wiersze od góry, na końcu wygrane transakcje) na okres (kolumny).",
      params: {
        period_targets:
          "Cel przychodu na okres, od najstarszego (np. wiersz 12 miesięcy); 0 jest dozwolone, a pusty okres nie ma celu (zachowuje swoją kolumnę).",
        avg_deal_size: "Średni przychód z wygranej transakcji; jedna wartość albo jedna na okres.",
        conversion_rates: "Konwersje do następnego etapu od góry lejka w dół, jako ułamki.",
        days_in_stage:
          "Średnia liczba dni, jaką rekord spędza na każdym etapie przed konwersją, w kolejności konwersji.",
        days_per_period: "Dni w okresie: 30 dla miesięcy, 91 dla kwartałów, 7 dla tygodni.",
        rounding:
          '"none" dla dokładnych wolumenów, "cumulative" dla liczb całkowitych, których sumy w wierszu to potrzeby zaokrąglone w górę (tak liczą plany), albo "end", by zaokrąglić w górę każdą komórkę.',
        pipeline:
          '"steady", gdy pipeline dla pierwszych okresów wszedł już przed nimi w tempie planu (a ostatnie okresy budują pipeline na następny cykl), "ramp", gdy pipeline zaczyna od zera.',
      },
    },
    PLAN_FORECAST: {
      summary:
        "Tempo względem krzywej samego planu: do dziś, realizacja, prognoza dla całego planu i odchylenie od planu, dla każdego etapu.",
      returns:
        "Wiersz na serię: plan do dziś, wykonanie do dziś, realizacja (pusta, dopóki plan do dziś wynosi 0), prognoza, plan łącznie, odchylenie (prognoza − plan łącznie).",
      params: {
        plan_by_period:
          "Plan: wiersz na etap lub serię, kolumna na okres, np. wynik FUNNEL_TARGETS.",
        actual_by_period:
          "Wykonanie ułożone jak plan; puste tam, gdzie okres nie jest jeszcze raportowany. Może obejmować tylko pierwsze okresy.",
        periods_to_date:
          "Ile pierwszych okresów liczy się jako raportowane (np. 5, by pominąć trwający czerwiec).",
      },
    },
    STAGE_SENSITIVITY: {
      summary:
        "Który etap poprawić: względna zmiana kosztu wygranej transakcji, gdy każdą konwersję podnosi się osobno.",
      returns:
        "Względna zmiana kosztu wygranej transakcji dla konwersji każdego etapu (ujemna = taniej); komórka etapu wygranej jest pusta.",
      params: {
        conversion_rates:
          "Konwersje do następnego etapu od góry lejka w dół, jako ułamki (30% = 0,3).",
        cost_per_record:
          "Koszt obsługi jednego rekordu na każdym etapie (od góry), opcjonalnie jeszcze jeden na wygranego klienta; 0 jest dozwolone.",
        lift: "Względna poprawa każdej konwersji, jako ułamek z przedziału (0; 10].",
      },
    },
    STAGE_DAYS: {
      summary:
        "Dni na etapie zmierzone z danych CRM: od wejścia na każdy etap do wejścia na następny etap, dla każdego etapu.",
      returns: "Wiersz dni na etap (komórka ostatniego etapu jest pusta).",
      params: {
        stage_dates: STAGE_DATES,
        statistic: 'Jak podsumować odstępy: "median", "mean" lub "p90".',
        stage_order: STAGE_ORDER_DATES,
        other_columns: OTHER_COLUMNS,
      },
    },
    COHORT_CONVERSION: {
      summary:
        "Analiza kohortowa: dla każdego okresu naboru, ile rekordów weszło i jaka część dotarła do każdego dalszego etapu.",
      returns:
        "Wiersz na okres: jego etykieta, wielkość kohorty, a dalej część, która dotarła do każdego dalszego etapu.",
      params: {
        stage_dates: STAGE_DATES,
        period: 'Długość kohorty: "month", "quarter" lub "week" (tygodnie ISO).',
        within_days: "Licz etap tylko wtedy, gdy osiągnięto go w tylu dniach od daty kohorty.",
        stage_order: STAGE_ORDER_DATES,
        other_columns: OTHER_COLUMNS,
      },
    },
    FUNNEL_SQL: {
      summary:
        "Zapytanie SQL, które liczy wyniki STAGE_CONVERSION w BigQuery, PostgreSQL lub DuckDB, dla danych zbyt dużych na arkusz kalkulacyjny.",
      returns: "Zapytanie jako tekst w jednej komórce.",
      params: {
        stage_order: "Nazwy etapów od góry albo mapa etapów (nazwa w CRM, etap lejka).",
        table: "Tabela w hurtowni danych, np. `project.dataset.table` w BigQuery.",
        columns:
          "Nazwy kolumn: kolumna etapu i opcjonalnie kolumna statusu (dziennik), ID rekordu, etap i opcjonalna data (historia) albo kolumny dat (macierz) – w kolejności etapów, nazwane jak etapy lub jako pary kolumna i etap.",
        layout: 'Jak tabela przechowuje rekordy: "log", "history" ("events") lub "matrix".',
        dialect: 'Dialekt SQL: "bigquery", "postgres" lub "duckdb".',
        open_records:
          'Rekordy wciąż otwarte na swoim etapie: "include" liczy je jako (jeszcze) nieprzekonwertowane; "exclude" pomija je w konwersji tego etapu (dziennik z kolumną statusu albo układy "history" i "matrix" z nazwami przegranej w mapie etapów).',
      },
    },
    HIRING_PLAN: {
      summary:
        "Handlowcy potrzebni do planu sprzedaży i kiedy ich zatrudnić, z uwzględnieniem okresu wdrożenia: na okres potrzebni handlowcy, zatrudnienia, stan zespołu, handlowcy po wdrożeniu i możliwa sprzedaż.",
      returns:
        "Pięć wierszy (potrzebni handlowcy, zatrudnienia, stan zespołu, handlowcy po wdrożeniu, możliwa sprzedaż), kolumna na okres.",
      params: {
        period_targets:
          "Sprzedaż do zamknięcia w każdym okresie, od najstarszego (np. wiersz 12 miesięcznych celów z planu).",
        quota_per_rep: QUOTA_PER_REP,
        ramp: RAMP,
        attainment: ATTAINMENT,
        attrition: ATTRITION,
        current_reps: CURRENT_REPS,
        rounding: '"whole", by zatrudniać całych handlowców, "none" dla dokładnych ułamków.',
      },
    },
    SALES_CAPACITY: {
      summary:
        "Sprzedaż, jaką zespół może zrealizować okres po okresie, z zatrudnień, okresu wdrożenia, realizacji kwoty i odejść.",
      returns:
        "Trzy wiersze (stan zespołu, handlowcy po wdrożeniu, możliwa sprzedaż), kolumna na okres.",
      params: {
        hires: "Handlowcy dołączający w każdym okresie, od najstarszego (np. wiersz 12 miesięcy).",
        quota_per_rep: QUOTA_PER_REP,
        ramp: RAMP,
        attainment: ATTAINMENT,
        attrition: ATTRITION,
        current_reps: CURRENT_REPS,
      },
    },
    SDRS_NEEDED: {
      summary:
        "SDR-y potrzebni do planu: potrzebne szanse sprzedaży ÷ szanse sprzedaży, które pozyskuje jeden SDR, na okres.",
      returns: "Potrzebni SDR-y dla każdej komórki danych wejściowych.",
      params: {
        opportunities: "Szanse sprzedaży potrzebne w planie, na okres (lub jedna wartość).",
        opportunities_per_sdr:
          "Szanse sprzedaży, które jeden SDR po okresie wdrożenia pozyskuje na okres.",
        rounding: '"whole" dla całych SDR-ów (zaokrąglone w górę), "none" dla dokładnych ułamków.',
      },
    },
    PIPELINE_COVERAGE: {
      summary:
        "Pokrycie pipeline’em: otwarty pipeline ÷ część kwoty sprzedażowej pozostała do zamknięcia (kwota − wygrane) albo ÷ cała kwota.",
      returns: "Pokrycie jako krotność (3 = 3×) dla każdej komórki danych wejściowych.",
      params: {
        open_pipeline:
          "Otwarty pipeline, który ma się zamknąć w okresie (suma wartości transakcji).",
        quota: QUOTA,
        closed_won: CLOSED_WON,
        basis: BASIS,
      },
    },
    STAGE_COVERAGE: {
      summary:
        "Pokrycie „etap X lub dalszy”: dla każdego etapu pipeline’u otwarty pipeline na tym etapie lub dalej, jego pokrycie, pokrycie wymagane przez współczynnik wygranych etapu i oczekiwana sprzedaż.",
      returns:
        "Na etap: pipeline na tym etapie lub dalej, pokrycie, potrzebne pokrycie, oczekiwana sprzedaż.",
      params: {
        deal_stages: "Bieżący etap każdej otwartej transakcji.",
        deal_amounts: "Wartość każdej otwartej transakcji, wiersz po wierszu z `deal_stages`.",
        stage_order: "Etapy otwartego pipeline’u, od najwcześniejszego.",
        win_rates: "Odsetek transakcji wygrywanych na każdym etapie, w kolejności `stage_order`.",
        quota: QUOTA,
        closed_won: CLOSED_WON,
        basis: BASIS,
      },
    },
    WEIGHTED_PIPELINE: {
      summary:
        "Otwarty pipeline według okresu zamknięcia: dla każdego okresu wartości transakcji i ich wartość ważona (wartość × prawdopodobieństwo wygranej).",
      returns: "Dwa wiersze: pipeline i ważony pipeline zamykające się w każdym okresie.",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        close_dates: "Oczekiwana data zamknięcia każdej transakcji, wiersz po wierszu.",
        periods: "Data w każdym okresie planu, np. jego nagłówki miesięcy.",
        period: 'Długość okresu: "month", "quarter" lub "week".',
      },
    },
    DEALS_PROBABILITY: {
      summary:
        "Szansa wygrania co najmniej potrzebnej liczby transakcji z rekordów, które są teraz na każdym etapie lejka.",
      returns:
        "Prawdopodobieństwo (od 0 do 1) co najmniej tylu wygranych transakcji, dla każdego celu.",
      params: {
        stage_volumes:
          "Rekordy, które są teraz na każdym etapie z konwersją, od góry; opcjonalnie jeszcze jedna wartość: transakcje już wygrane.",
        conversion_rates: "Konwersje do następnego etapu, od góry, jako ułamki.",
        deals_needed: "Potrzebne wygrane transakcje albo lista celów (szansa dla każdego).",
        rate_samples:
          "Liczba rekordów, na których zmierzono każdą konwersję, w kolejności konwersji, by poszerzyć szanse dla konwersji z małych prób.",
      },
    },
    BOOKINGS_PROBABILITY: {
      summary:
        "Szansa, że otwarte transakcje, każda wygrana z własnym prawdopodobieństwem, przyniosą co najmniej cel sprzedaży.",
      returns: "Prawdopodobieństwo (od 0 do 1), że sprzedaż osiągnie cel, dla każdego celu.",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        goal: "Sprzedaż do osiągnięcia albo lista celów (szansa dla każdego).",
        closed_won: "Sprzedaż już wygrana, wliczana do celu.",
      },
    },
    BOOKINGS_PERCENTILES: {
      summary:
        "Zakres sprzedaży, jaki mogą przynieść otwarte transakcje: P10, P50 i P90 (lub dowolne percentyle) dokładnego rozkładu łącznej sprzedaży.",
      returns: "Łączna sprzedaż przy każdym percentylu.",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        percentiles: "Które percentyle, jako ułamki (P10 = 0,1).",
        closed_won: "Sprzedaż już wygrana, dodawana do każdej sumy.",
      },
    },
  },
  examples: plExamples,
  details: plDetails,
};
