/** Swedish remarks on the reference's examples (see ../types.ts). */
export const svExamples: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  REQUIRED_LEADS: {
    '"stage" (default): each stage rounded up before the one above':
      '"stage" (standard): varje steg avrundas uppåt före steget ovanför',
    "rounded up once, at the end": "avrundas uppåt en gång, i slutet",
    "exact fractions": "exakta bråk",
    "10 deals need 100 SQLs at a 10% close rate":
      "10 affärer kräver 100 SQL med 10\u00a0% vinstandel",
    "one row per target": "en rad per mål",
    scenarios: "scenarier",
    "a 90% chance of 27 deals; the average plan (1 800; 180; 54; 27) makes it about half the time":
      "90\u00a0% chans till 27 affärer; genomsnittsplanen (1\u00a0800; 180; 54; 27) lyckas ungefär varannan gång",
    "a 30% close rate measured on 10 SQLs (3 won): 182 SQLs for a 90% chance, where a rate known for certain would need 109":
      "en vinstandel på 30\u00a0% mätt på 10 SQL (3 vunna): 182 SQL för 90\u00a0% chans, där en säkert känd konvertering skulle behöva 109",
  },
  STAGE_CONVERSION: {
    "a whole export as pasted: the columns whose titles name no stage are left out":
      "en hel export som den klistrats in: kolumnerna vars rubriker inte namnger något steg lämnas utanför",
    "one rate per stage": "en konvertering per steg",
    "a CRM export of each record's furthest stage": "en CRM-export med varje posts längsta steg",
    "a row of rates": "en rad med konverteringar",
    "one column of stage dates per stage": "en kolumn med stegdatum per steg",
    "a record log with its header, read through a stage map; the Closed Lost record can't be placed and is left out":
      'en postlogg med rubrik, läst via en stegmappning; posten i "Closed Lost" kan inte placeras och räknas inte',
    "stage and status (Pipedrive); won counts at the last stage, open records are left out of their stage's rate":
      "steg och status (Pipedrive); vunna räknas i sista steget, öppna poster lämnas utanför konverteringen för sitt steg",
    "a row of rates, one per funnel stage": "en rad med konverteringar, en per trattsteg",
    "HubSpot's Date entered columns with their header row (docs/crm-data.md)":
      'HubSpots kolumner "Date entered" med sin rubrikrad (`docs/crm-data.md`)',
  },
  CAC: {
    "per channel": "per kanal",
    "a channel with no spend entered yet stays empty":
      "en kanal utan inmatade kostnader förblir tom",
    "one month's cost lines": "en månads kostnadsposter",
    "one CAC per month": "en CAC per månad",
    "cost lines in B:D summed per row": "kostnadsposterna i B:D summeras per rad",
  },
  FUNNEL_TARGETS: {
    "a 1.5-month lead time: half the 20 SQLs one month early, half two months early":
      "en ledtid på 1,5 månader: hälften av de 20 SQL en månad i förväg, hälften två månader i förväg",
    "steady: each period's 20 SQLs enter half one period, half two periods early; those due before period 1 (10 of period 1's and 10 of period 2's) wrap round to periods 4 and 3, as next cycle's":
      "steady: varje periods 20 SQL går in till hälften en period och till hälften två perioder i förväg; de som skulle in före period 1 (10 av period 1:s och 10 av period 2:s) flyttas runt till period 4 och 3, som nästa cykels",
    "ramp: the 30 SQLs due before period 1 are added to period 1; period 4 prospects for nothing":
      "ramp: de 30 SQL som skulle in före period 1 läggs på period 1; period 4 bygger inte pipeline för något",
    "one row per stage, one column per month, whole numbers":
      "en rad per steg, en kolumn per månad, heltal",
    "twelve months of 8 333.33 at a 10 000 deal: 10 deals over the year (1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0)":
      "tolv månader à 8\u00a0333,33 med affärer på 10\u00a0000: 10 affärer under året (1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0)",
  },
  PLAN_FORECAST: {
    "90 % of the plan so far: the 400 still planned are expected at 90 %":
      "90\u00a0% av planen hittills: de 400 som återstår i planen väntas bli 90\u00a0%",
    "a plan heavy in its first month: a straight run rate (5 400 ÷ 3 × 4 = 7 200) would read +200 while the stage is at 90 %":
      "en plan med tyngdpunkt i första månaden: en rak framskrivning (5\u00a0400 ÷ 3 × 4 = 7\u00a0200) skulle visa +200 medan steget ligger på 90\u00a0%",
    "one row per stage: only the first five months count":
      "en rad per steg: bara de fem första månaderna räknas",
  },
  STAGE_SENSITIVITY: {
    "per won deal, leads cost 1 333.3, MQLs 333.3 and SQLs 800: lifting the SQL close rate saves most":
      "per vunnen affär kostar leads 1\u00a0333,3, MQL 333,3 och SQL 800: att höja vinstandelen för SQL sparar mest",
    "one change per stage": "en förändring per steg",
  },
  STAGE_DAYS: {
    "records (1 Jan, 11 Jan, 10 Feb), (5 Jan, 25 Jan, —), (10 Jan, —, —)":
      "poster (1 jan, 11 jan, 10 feb), (5 jan, 25 jan, —), (10 jan, —, —)",
    "a row of days, one per stage": "en rad med dagar, en per steg",
    "a whole export as pasted: the columns whose titles name no stage are left out":
      "en hel export som den klistrats in: kolumnerna vars rubriker inte namnger något steg lämnas utanför",
    "a stage history (record id, stage, date) read through a stage map":
      "en steghistorik (post-id, steg, datum) läst via en stegmappning",
  },
  COHORT_CONVERSION: {
    "records (3 Jan, 20 Jan, 1 Mar), (15 Jan, —, —), (2 Feb, 10 Feb, —), (20 Feb, 1 Apr, 15 Apr)":
      "poster (3 jan, 20 jan, 1 mar), (15 jan, —, —), (2 feb, 10 feb, —), (20 feb, 1 apr, 15 apr)",
    "the same records, stages reached within 30 days": "samma poster, steg som nåtts inom 30 dagar",
    "a stage history with its header row, read through a stage map":
      "en steghistorik med rubrikrad, läst via en stegmappning",
  },
  FUNNEL_SQL: {
    "a BigQuery query": "en BigQuery-fråga",
    "one row per record with its furthest stage": "en rad per post med dess längsta steg",
    "a PostgreSQL query": "en PostgreSQL-fråga",
    "a DuckDB query": "en DuckDB-fråga",
    "a record log with its status column (Pipedrive's Stage and Status): won deals count at the last stage, open ones are left out of their stage's rate":
      'en postlogg med sin statuskolumn (Pipedrives "Stage" och "Status"): vunna affärer räknas i sista steget, öppna lämnas utanför konverteringen för sitt steg',
    "open opportunities left out of the rate of the stage they sit at":
      "öppna affärsmöjligheter lämnas utanför konverteringen för steget de står i",
    "a stage history with the CRM's own stage names":
      "en steghistorik med CRM-systemets egna stegnamn",
  },
  HIRING_PLAN: {
    "four ramped reps book 20 000 each (25 000 × 80%) and the target needs five: the fifth is hired in month 1 and ramps (nothing in month 1, half in month 2), so months 1–2 stay short; the step up in month 4 is hired two months ahead, in month 2":
      "fyra upprampade säljare stänger 20\u00a0000 var (25\u00a0000 × 80\u00a0%) och målet kräver fem: den femte anställs i månad 1 och rampas upp (inget i månad 1, hälften i månad 2), så månad 1–2 blir korta; ökningen i månad 4 anställs två månader i förväg, i månad 2",
    "five rows, one column per month": "fem rader, en kolumn per månad",
    "the year's monthly targets, a four-month ramp, 2% attrition a month, eight reps today":
      "årets månadsmål, fyra månaders upprampning, 2\u00a0% personalomsättning i månaden, åtta säljare i dag",
  },
  SALES_CAPACITY: {
    "Tunguz's example: a 750 000 annual quota (62 500 a month) at 70% attainment is 525 000 a year, 43 750 a month, once ramped (0%, 0%, 25%, 50%, 75%, then 100%)":
      "Tunguz exempel: en årskvot på 750\u00a0000 (62\u00a0500 i månaden) med 70\u00a0% måluppfyllelse ger 525\u00a0000 om året, 43\u00a0750 i månaden, efter upprampningen (0\u00a0%, 0\u00a0%, 25\u00a0%, 50\u00a0%, 75\u00a0%, sedan 100\u00a0%)",
    "three reps in their first period at 40% of ramp: 1.2 ramped reps":
      "tre säljare i sin första period på 40\u00a0% av upprampningen: 1,2 upprampade säljare",
    "seven ramped reps × 150 000 × 85%": "sju upprampade säljare × 150\u00a0000 × 85\u00a0%",
  },
  PIPELINE_COVERAGE: {
    "35 000 of a 100 000 quota left to close, 120 000 open":
      "35\u00a0000 av en kvot på 100\u00a0000 kvar att stänga, 120\u00a0000 öppet",
    "3× looks safe, but at a 22% win rate the team needs 1 ÷ 0.22 = 4.5×":
      "3× ser tryggt ut, men med 22\u00a0% vinstandel behöver teamet 1 ÷ 0,22 = 4,5×",
    "against the whole quota": "mot hela kvoten",
    "per rep: the second has already met quota": "per säljare: den andra har redan nått sin kvot",
  },
  STAGE_COVERAGE: {
    "80 000 left to close: the 140 000 at Demo or later is 1.75×, short of the 5× a 20% win rate from Demo needs":
      '80\u00a0000 kvar att stänga: de 140\u00a0000 i "Demo" eller senare är 1,75×, under de 5× som en vinstandel på 20\u00a0% från "Demo" kräver',
    "one line per stage": "en rad per steg",
    "a CRM export of open deals against a stage table of win rates":
      "en CRM-export av öppna affärer mot en stegtabell med vinstandelar",
  },
  WEIGHTED_PIPELINE: {
    "45 000 at 70% closing 10 April, 18 500 at 85% on 28 March, 12 000 at 50% on 5 May; months March to May":
      "45\u00a0000 med 70\u00a0% som stängs 10 april, 18\u00a0500 med 85\u00a0% den 28 mars, 12\u00a0000 med 50\u00a0% den 5 maj; månaderna mars till maj",
    "two rows, one column per quarter": "två rader, en kolumn per kvartal",
  },
  DEALS_PROBABILITY: {
    "15 SQLs closing at 25%: a 31% chance of 5 deals (NEGBINOM.DIST(10, 5, 0.25, TRUE) = 0.3135141 in Excel's documentation: at most 10 losses before the 5th win)":
      "15 SQL med 25\u00a0% vinstandel: 31\u00a0% chans till 5 affärer (`NEGBINOM.DIST(10; 5; 0,25; TRUE)` = 0,3135141 i Excels dokumentation: högst 10 förluster före den 5:e vinsten)",
    "200 MQLs, 60 SQLs and 20 opportunities in the funnel and 3 deals won: 20 deals expected, a 54% chance to reach them":
      "200 MQL, 60 SQL och 20 affärsmöjligheter i tratten och 3 vunna affärer: 20 affärer väntas, 54\u00a0% chans att nå dem",
    "the 25% close rate measured on 12 opportunities: 15 deals are far less certain":
      "vinstandelen 25\u00a0% mätt på 12 affärsmöjligheter: 15 affärer är långt mindre säkra",
  },
  BOOKINGS_PROBABILITY: {
    "six deals at 70% (12 285 in all, 8 600 weighted): the weighted forecast is a coin flip":
      "sex affärer med 70\u00a0% (12\u00a0285 totalt, 8\u00a0600 viktat): den viktade prognosen är som att singla slant",
    "the chance to make the quarter": "chansen att nå kvartalets mål",
    "quota in B1, closed won in B2": "kvoten i B1, vunnet i B2",
  },
  BOOKINGS_PERCENTILES: {
    "P(bookings ≤ 20 000) is exactly 10% (nothing, or only the 20 000 deal): a level met exactly counts, so P10 is 20 000":
      "P(orderingång ≤ 20\u00a0000) är exakt 10\u00a0% (ingenting, eller bara affären på 20\u00a0000): en nivå som nås exakt räknas, så P10 är 20\u00a0000",
    "six deals of 1 at 50%: Excel's documented BINOM.INV(6, 0.5, 0.75) = 4":
      "sex affärer på 1 med 50\u00a0%: Excels dokumenterade `BINOM.INV(6; 0,5; 0,75)` = 4",
  },
};
