/** Polish remarks on the reference's examples (see ../types.ts). */
export const plExamples: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  REQUIRED_LEADS: {
    '"stage" (default): each stage rounded up before the one above':
      '"stage" (domyślnie): każdy etap zaokrąglony w górę przed etapem wyżej',
    "rounded up once, at the end": "zaokrąglenie w górę raz, na końcu",
    "exact fractions": "dokładne ułamki",
    "10 deals need 100 SQLs at a 10% close rate":
      "10 transakcji wymaga 100 SQL przy współczynniku wygranych 10%",
    "one row per target": "wiersz na każdy cel",
    scenarios: "scenariusze",
    "a 90% chance of 27 deals; the average plan (1 800; 180; 54; 27) makes it about half the time":
      "90% szans na 27 transakcji; plan średni (1\u00a0800; 180; 54; 27) udaje się mniej więcej co drugi raz",
    "a 30% close rate measured on 10 SQLs (3 won): 182 SQLs for a 90% chance, where a rate known for certain would need 109":
      "współczynnik wygranych 30% zmierzony na 10 SQL (3 wygrane): 182 SQL dla 90% szans, podczas gdy przy konwersji znanej na pewno wystarczyłoby 109",
  },
  STAGE_CONVERSION: {
    "a whole export as pasted: the columns whose titles name no stage are left out":
      "cały eksport tak, jak go wklejono: kolumny, których nagłówki nie nazywają żadnego etapu, są pomijane",
    "one rate per stage": "konwersja na każdy etap",
    "a CRM export of each record's furthest stage":
      "eksport z CRM z najdalszym etapem każdego rekordu",
    "a row of rates": "wiersz konwersji",
    "one column of stage dates per stage": "jedna kolumna dat na każdy etap",
    "a record log with its header, read through a stage map; the Closed Lost record can't be placed and is left out":
      'dziennik rekordów z nagłówkiem, odczytany przez mapę etapów; rekordu z "Closed Lost" nie da się przypisać i jest pomijany',
    "stage and status (Pipedrive); won counts at the last stage, open records are left out of their stage's rate":
      "etap i status (Pipedrive); wygrane liczą się na ostatnim etapie, otwarte rekordy są pomijane w konwersji swojego etapu",
    "a row of rates, one per funnel stage": "wiersz konwersji, po jednej na etap lejka",
    "HubSpot's Date entered columns with their header row (docs/crm-data.md)":
      'kolumny "Date entered" z HubSpot z wierszem nagłówka (`docs/crm-data.md`)',
  },
  CAC: {
    "per channel": "na kanał",
    "a channel with no spend entered yet stays empty":
      "kanał bez wpisanych jeszcze wydatków pozostaje pusty",
    "one month's cost lines": "pozycje kosztów jednego miesiąca",
    "one CAC per month": "jeden CAC na miesiąc",
    "cost lines in B:D summed per row": "pozycje kosztów z B:D sumowane w każdym wierszu",
  },
  FUNNEL_TARGETS: {
    "a 1.5-month lead time: half the 20 SQLs one month early, half two months early":
      "czas wyprzedzenia 1,5 miesiąca: połowa z 20 SQL miesiąc wcześniej, połowa dwa miesiące wcześniej",
    "steady: each period's 20 SQLs enter half one period, half two periods early; those due before period 1 (10 of period 1's and 10 of period 2's) wrap round to periods 4 and 3, as next cycle's":
      "steady: 20 SQL każdego okresu wchodzi w połowie okres wcześniej, w połowie dwa okresy wcześniej; te, które przypadłyby przed okresem 1 (10 z okresu 1 i 10 z okresu 2), przechodzą na okresy 4 i 3 jako SQL następnego cyklu",
    "ramp: the 30 SQLs due before period 1 are added to period 1; period 4 prospects for nothing":
      "ramp: 30 SQL, które przypadłyby przed okresem 1, dodaje się do okresu 1; okres 4 nie buduje pipeline’u na nic",
    "one row per stage, one column per month, whole numbers":
      "wiersz na etap, kolumna na miesiąc, liczby całkowite",
    "twelve months of 8 333.33 at a 10 000 deal: 10 deals over the year (1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0)":
      "dwanaście miesięcy po 8\u00a0333,33 przy transakcji 10\u00a0000: 10 transakcji w roku (1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0)",
  },
  PLAN_FORECAST: {
    "90 % of the plan so far: the 400 still planned are expected at 90 %":
      "dotąd 90% planu: z 400 wciąż zaplanowanych oczekuje się 90%",
    "a plan heavy in its first month: a straight run rate (5 400 ÷ 3 × 4 = 7 200) would read +200 while the stage is at 90 %":
      "plan z naciskiem na pierwszy miesiąc: prosta ekstrapolacja (5\u00a0400 ÷ 3 × 4 = 7\u00a0200) pokazałaby +200, choć etap jest na 90%",
    "one row per stage: only the first five months count":
      "wiersz na etap: liczy się tylko pierwszych pięć miesięcy",
  },
  STAGE_SENSITIVITY: {
    "per won deal, leads cost 1 333.3, MQLs 333.3 and SQLs 800: lifting the SQL close rate saves most":
      "na wygraną transakcję leady kosztują 1\u00a0333,3, MQL 333,3, a SQL 800: najwięcej oszczędza podniesienie współczynnika wygranych SQL",
    "one change per stage": "jedna zmiana na etap",
  },
  STAGE_DAYS: {
    "records (1 Jan, 11 Jan, 10 Feb), (5 Jan, 25 Jan, —), (10 Jan, —, —)":
      "rekordy (1 sty, 11 sty, 10 lut), (5 sty, 25 sty, —), (10 sty, —, —)",
    "a row of days, one per stage": "wiersz dni, po jednej wartości na etap",
    "a whole export as pasted: the columns whose titles name no stage are left out":
      "cały eksport tak, jak go wklejono: kolumny, których nagłówki nie nazywają żadnego etapu, są pomijane",
    "a stage history (record id, stage, date) read through a stage map":
      "historia etapów (ID rekordu, etap, data) odczytana przez mapę etapów",
  },
  COHORT_CONVERSION: {
    "records (3 Jan, 20 Jan, 1 Mar), (15 Jan, —, —), (2 Feb, 10 Feb, —), (20 Feb, 1 Apr, 15 Apr)":
      "rekordy (3 sty, 20 sty, 1 mar), (15 sty, —, —), (2 lut, 10 lut, —), (20 lut, 1 kwi, 15 kwi)",
    "the same records, stages reached within 30 days":
      "te same rekordy, etapy osiągnięte w ciągu 30 dni",
    "a stage history with its header row, read through a stage map":
      "historia etapów z wierszem nagłówka, odczytana przez mapę etapów",
  },
  FUNNEL_SQL: {
    "a BigQuery query": "zapytanie dla BigQuery",
    "one row per record with its furthest stage": "wiersz na rekord z jego najdalszym etapem",
    "a PostgreSQL query": "zapytanie dla PostgreSQL",
    "a DuckDB query": "zapytanie dla DuckDB",
    "a record log with its status column (Pipedrive's Stage and Status): won deals count at the last stage, open ones are left out of their stage's rate":
      'dziennik rekordów z kolumną statusu ("Stage" i "Status" w Pipedrive): wygrane transakcje liczą się na ostatnim etapie, otwarte są pomijane w konwersji swojego etapu',
    "open opportunities left out of the rate of the stage they sit at":
      "otwarte szanse sprzedaży pominięte w konwersji etapu, na którym się znajdują",
    "a stage history with the CRM's own stage names":
      "historia etapów z nazwami etapów z samego CRM",
  },
  HIRING_PLAN: {
    "four ramped reps book 20 000 each (25 000 × 80%) and the target needs five: the fifth is hired in month 1 and ramps (nothing in month 1, half in month 2), so months 1–2 stay short; the step up in month 4 is hired two months ahead, in month 2":
      "czterech handlowców po wdrożeniu zamyka po 20\u00a0000 (25\u00a0000 × 80%), a cel wymaga pięciu: piąty jest zatrudniany w miesiącu 1 i przechodzi wdrożenie (nic w miesiącu 1, połowa w miesiącu 2), więc w miesiącach 1–2 brakuje; na wzrost w miesiącu 4 zatrudnia się dwa miesiące wcześniej, w miesiącu 2",
    "five rows, one column per month": "pięć wierszy, kolumna na miesiąc",
    "the year's monthly targets, a four-month ramp, 2% attrition a month, eight reps today":
      "miesięczne cele na rok, czteromiesięczny okres wdrożenia, 2% odejść miesięcznie, obecnie ośmiu handlowców",
  },
  SALES_CAPACITY: {
    "Tunguz's example: a 750 000 annual quota (62 500 a month) at 70% attainment is 525 000 a year, 43 750 a month, once ramped (0%, 0%, 25%, 50%, 75%, then 100%)":
      "przykład Tomasza Tunguza: roczna kwota sprzedażowa 750\u00a0000 (62\u00a0500 miesięcznie) przy realizacji 70% to 525\u00a0000 rocznie, 43\u00a0750 miesięcznie po okresie wdrożenia (0%, 0%, 25%, 50%, 75%, potem 100%)",
    "three reps in their first period at 40% of ramp: 1.2 ramped reps":
      "trzech handlowców w pierwszym okresie na 40% wydajności: 1,2 handlowca po wdrożeniu",
    "seven ramped reps × 150 000 × 85%": "siedmiu handlowców po wdrożeniu × 150\u00a0000 × 85%",
  },
  PIPELINE_COVERAGE: {
    "35 000 of a 100 000 quota left to close, 120 000 open":
      "z kwoty sprzedażowej 100\u00a0000 zostało do zamknięcia 35\u00a0000, otwarte 120\u00a0000",
    "3× looks safe, but at a 22% win rate the team needs 1 ÷ 0.22 = 4.5×":
      "3× wygląda bezpiecznie, ale przy współczynniku wygranych 22% zespół potrzebuje 1 ÷ 0,22 = 4,5×",
    "against the whole quota": "względem całej kwoty sprzedażowej",
    "per rep: the second has already met quota":
      "na handlowca: drugi już zrealizował kwotę sprzedażową",
  },
  STAGE_COVERAGE: {
    "80 000 left to close: the 140 000 at Demo or later is 1.75×, short of the 5× a 20% win rate from Demo needs":
      'do zamknięcia zostało 80\u00a0000: 140\u00a0000 na etapie "Demo" lub dalej to 1,75×, mniej niż 5×, których wymaga współczynnik wygranych 20% od etapu "Demo"',
    "one line per stage": "wiersz na etap",
    "a CRM export of open deals against a stage table of win rates":
      "eksport otwartych transakcji z CRM względem tabeli etapów ze współczynnikami wygranych",
  },
  WEIGHTED_PIPELINE: {
    "45 000 at 70% closing 10 April, 18 500 at 85% on 28 March, 12 000 at 50% on 5 May; months March to May":
      "45\u00a0000 z 70% zamykane 10 kwietnia, 18\u00a0500 z 85% 28 marca, 12\u00a0000 z 50% 5 maja; miesiące od marca do maja",
    "two rows, one column per quarter": "dwa wiersze, kolumna na kwartał",
  },
  DEALS_PROBABILITY: {
    "15 SQLs closing at 25%: a 31% chance of 5 deals (NEGBINOM.DIST(10, 5, 0.25, TRUE) = 0.3135141 in Excel's documentation: at most 10 losses before the 5th win)":
      "15 SQL przy współczynniku wygranych 25%: 31% szans na 5 transakcji (`NEGBINOM.DIST(10; 5; 0,25; TRUE)` = 0,3135141 w dokumentacji Excela: najwyżej 10 przegranych przed 5. wygraną)",
    "200 MQLs, 60 SQLs and 20 opportunities in the funnel and 3 deals won: 20 deals expected, a 54% chance to reach them":
      "200 MQL, 60 SQL i 20 szans sprzedaży w lejku oraz 3 wygrane transakcje: oczekiwane 20 transakcji, 54% szans na ich osiągnięcie",
    "the 25% close rate measured on 12 opportunities: 15 deals are far less certain":
      "współczynnik wygranych 25% zmierzony na 12 szansach sprzedaży: 15 transakcji jest znacznie mniej pewnych",
  },
  BOOKINGS_PROBABILITY: {
    "six deals at 70% (12 285 in all, 8 600 weighted): the weighted forecast is a coin flip":
      "sześć transakcji po 70% (łącznie 12\u00a0285, ważone 8\u00a0600): prognoza ważona to rzut monetą",
    "the chance to make the quarter": "szansa na realizację celu kwartału",
    "quota in B1, closed won in B2": "kwota sprzedażowa w B1, wygrane w B2",
  },
  BOOKINGS_PERCENTILES: {
    "P(bookings ≤ 20 000) is exactly 10% (nothing, or only the 20 000 deal): a level met exactly counts, so P10 is 20 000":
      "P(sprzedaż ≤ 20\u00a0000) wynosi dokładnie 10% (nic albo tylko transakcja za 20\u00a0000): poziom osiągnięty dokładnie się liczy, więc P10 to 20\u00a0000",
    "six deals of 1 at 50%: Excel's documented BINOM.INV(6, 0.5, 0.75) = 4":
      "sześć transakcji po 1 z 50%: udokumentowane w Excelu `BINOM.INV(6; 0,5; 0,75)` = 4",
  },
};
