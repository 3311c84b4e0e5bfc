/** Russian remarks on the reference's examples (see ../types.ts). */
export const ruExamples: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  REQUIRED_LEADS: {
    '"stage" (default): each stage rounded up before the one above':
      '"stage" (по умолчанию): каждый этап округляется вверх до этапа выше',
    "rounded up once, at the end": "округление вверх один раз, в конце",
    "exact fractions": "точные дроби",
    "10 deals need 100 SQLs at a 10% close rate":
      "для 10 сделок нужно 100 SQL при доле выигранных 10\u00a0%",
    "one row per target": "строка на каждую цель",
    scenarios: "сценарии",
    "a 90% chance of 27 deals; the average plan (1 800; 180; 54; 27) makes it about half the time":
      "шанс 90\u00a0% получить 27 сделок; средний план (1\u00a0800; 180; 54; 27) удаётся примерно в половине случаев",
    "a 30% close rate measured on 10 SQLs (3 won): 182 SQLs for a 90% chance, where a rate known for certain would need 109":
      "доля выигранных 30\u00a0%, измеренная на 10 SQL (3 выиграно): 182 SQL для шанса 90\u00a0%, тогда как при точно известной конверсии хватило бы 109",
  },
  STAGE_CONVERSION: {
    "a whole export as pasted: the columns whose titles name no stage are left out":
      "целая выгрузка в том виде, в каком вставлена: столбцы, заголовки которых не называют ни одного этапа, не учитываются",
    "one rate per stage": "конверсия на каждый этап",
    "a CRM export of each record's furthest stage":
      "выгрузка из CRM с самым дальним этапом каждой записи",
    "a row of rates": "строка конверсий",
    "one column of stage dates per stage": "по столбцу дат на каждый этап",
    "a record log with its header, read through a stage map; the Closed Lost record can't be placed and is left out":
      'журнал записей с заголовком, прочитанный через карту этапов; запись "Closed Lost" не относится ни к одному этапу и не учитывается',
    "stage and status (Pipedrive); won counts at the last stage, open records are left out of their stage's rate":
      "этап и статус (Pipedrive); выигранные считаются на последнем этапе, открытые записи не учитываются в конверсии своего этапа",
    "a row of rates, one per funnel stage": "строка конверсий, по одной на этап воронки",
    "HubSpot's Date entered columns with their header row (docs/crm-data.md)":
      'столбцы HubSpot "Date entered" со строкой заголовков (`docs/crm-data.md`)',
  },
  CAC: {
    "per channel": "по каналам",
    "a channel with no spend entered yet stays empty":
      "канал, для которого затраты ещё не введены, остаётся пустым",
    "one month's cost lines": "статьи затрат одного месяца",
    "one CAC per month": "CAC на каждый месяц",
    "cost lines in B:D summed per row": "статьи затрат в `B:D` суммируются по строкам",
  },
  FUNNEL_TARGETS: {
    "a 1.5-month lead time: half the 20 SQLs one month early, half two months early":
      "срок подготовки 1,5 месяца: половина из 20 SQL — на месяц раньше, половина — на два",
    "steady: each period's 20 SQLs enter half one period, half two periods early; those due before period 1 (10 of period 1's and 10 of period 2's) wrap round to periods 4 and 3, as next cycle's":
      '"steady": 20 SQL каждого периода входят наполовину на период раньше, наполовину на два; те, что пришлись бы до периода 1 (10 из периода 1 и 10 из периода 2), переносятся на периоды 4 и 3 как SQL следующего цикла',
    "ramp: the 30 SQLs due before period 1 are added to period 1; period 4 prospects for nothing":
      '"ramp": 30 SQL, которые пришлись бы до периода 1, добавляются к периоду 1; период 4 ни на что не готовит пайплайн',
    "one row per stage, one column per month, whole numbers":
      "строка на этап, столбец на месяц, целые числа",
    "twelve months of 8 333.33 at a 10 000 deal: 10 deals over the year (1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0)":
      "двенадцать месяцев по 8\u00a0333,33 при сделке в 10\u00a0000: 10 сделок за год (1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0)",
  },
  PLAN_FORECAST: {
    "90 % of the plan so far: the 400 still planned are expected at 90 %":
      "пока выполнено 90\u00a0% плана: от оставшихся по плану 400 ожидается 90\u00a0%",
    "a plan heavy in its first month: a straight run rate (5 400 ÷ 3 × 4 = 7 200) would read +200 while the stage is at 90 %":
      "план с упором на первый месяц: простая экстраполяция (5\u00a0400 ÷ 3 × 4 = 7\u00a0200) показала бы +200, хотя этап идёт на 90\u00a0%",
    "one row per stage: only the first five months count":
      "строка на этап: учитываются только первые пять месяцев",
  },
  STAGE_SENSITIVITY: {
    "per won deal, leads cost 1 333.3, MQLs 333.3 and SQLs 800: lifting the SQL close rate saves most":
      "на одну выигранную сделку лиды стоят 1\u00a0333,3, MQL — 333,3, SQL — 800: больше всего экономит рост доли выигранных SQL",
    "one change per stage": "изменение на каждый этап",
  },
  STAGE_DAYS: {
    "records (1 Jan, 11 Jan, 10 Feb), (5 Jan, 25 Jan, —), (10 Jan, —, —)":
      "записи (1 янв., 11 янв., 10 февр.), (5 янв., 25 янв., —), (10 янв., —, —)",
    "a row of days, one per stage": "строка дней, по одному значению на этап",
    "a whole export as pasted: the columns whose titles name no stage are left out":
      "целая выгрузка в том виде, в каком вставлена: столбцы, заголовки которых не называют ни одного этапа, не учитываются",
    "a stage history (record id, stage, date) read through a stage map":
      "история этапов (ID записи, этап, дата), прочитанная через карту этапов",
  },
  COHORT_CONVERSION: {
    "records (3 Jan, 20 Jan, 1 Mar), (15 Jan, —, —), (2 Feb, 10 Feb, —), (20 Feb, 1 Apr, 15 Apr)":
      "записи (3 янв., 20 янв., 1 мар.), (15 янв., —, —), (2 февр., 10 февр., —), (20 февр., 1 апр., 15 апр.)",
    "the same records, stages reached within 30 days":
      "те же записи, этапы, достигнутые за 30 дней",
    "a stage history with its header row, read through a stage map":
      "история этапов со строкой заголовков, прочитанная через карту этапов",
  },
  FUNNEL_SQL: {
    "a BigQuery query": "запрос для BigQuery",
    "one row per record with its furthest stage": "строка на запись с её самым дальним этапом",
    "a PostgreSQL query": "запрос для PostgreSQL",
    "a DuckDB query": "запрос для DuckDB",
    "a record log with its status column (Pipedrive's Stage and Status): won deals count at the last stage, open ones are left out of their stage's rate":
      'журнал записей со столбцом статуса ("Stage" и "Status" в Pipedrive): выигранные сделки засчитываются на последнем этапе, открытые не учитываются в конверсии своего этапа',
    "open opportunities left out of the rate of the stage they sit at":
      "открытые сделки не учитываются в конверсии этапа, на котором находятся",
    "a stage history with the CRM's own stage names":
      "история этапов с названиями этапов из самой CRM",
  },
  HIRING_PLAN: {
    "four ramped reps book 20 000 each (25 000 × 80%) and the target needs five: the fifth is hired in month 1 and ramps (nothing in month 1, half in month 2), so months 1–2 stay short; the step up in month 4 is hired two months ahead, in month 2":
      "четыре менеджера на полной продуктивности закрывают по 20\u00a0000 (25\u00a0000 × 80\u00a0%), а цели нужно пять: пятого нанимают в месяце 1, и он выходит на продуктивность (в месяце 1 — ничего, в месяце 2 — половина), поэтому месяцы 1–2 недобирают; под рост в месяце 4 нанимают за два месяца, в месяце 2",
    "five rows, one column per month": "пять строк, столбец на месяц",
    "the year's monthly targets, a four-month ramp, 2% attrition a month, eight reps today":
      "месячные цели на год, выход на полную продуктивность за четыре месяца, текучесть 2\u00a0% в месяц, сейчас восемь менеджеров",
  },
  SALES_CAPACITY: {
    "Tunguz's example: a 750 000 annual quota (62 500 a month) at 70% attainment is 525 000 a year, 43 750 a month, once ramped (0%, 0%, 25%, 50%, 75%, then 100%)":
      "пример Томаша Тунгуза: годовой план продаж 750\u00a0000 (62\u00a0500 в месяц) при выполнении 70\u00a0% — это 525\u00a0000 в год, 43\u00a0750 в месяц после выхода на полную продуктивность (0\u00a0%, 0\u00a0%, 25\u00a0%, 50\u00a0%, 75\u00a0%, затем 100\u00a0%)",
    "three reps in their first period at 40% of ramp: 1.2 ramped reps":
      "три менеджера в первом периоде на 40\u00a0% продуктивности: 1,2 менеджера на полной продуктивности",
    "seven ramped reps × 150 000 × 85%":
      "семь менеджеров на полной продуктивности × 150\u00a0000 × 85\u00a0%",
  },
  PIPELINE_COVERAGE: {
    "35 000 of a 100 000 quota left to close, 120 000 open":
      "из плана продаж 100\u00a0000 осталось закрыть 35\u00a0000, открыто 120\u00a0000",
    "3× looks safe, but at a 22% win rate the team needs 1 ÷ 0.22 = 4.5×":
      "3× выглядит надёжно, но при доле выигранных 22\u00a0% команде нужно 1 ÷ 0,22 = 4,5×",
    "against the whole quota": "от всего плана продаж",
    "per rep: the second has already met quota": "по менеджерам: второй уже выполнил план продаж",
  },
  STAGE_COVERAGE: {
    "80 000 left to close: the 140 000 at Demo or later is 1.75×, short of the 5× a 20% win rate from Demo needs":
      'осталось закрыть 80\u00a0000: 140\u00a0000 на этапе "Demo" или дальше — это 1,75×, меньше тех 5×, которых требует доля выигранных 20\u00a0% с этапа "Demo"',
    "one line per stage": "строка на этап",
    "a CRM export of open deals against a stage table of win rates":
      "выгрузка открытых сделок из CRM против таблицы этапов с долями выигранных",
  },
  WEIGHTED_PIPELINE: {
    "45 000 at 70% closing 10 April, 18 500 at 85% on 28 March, 12 000 at 50% on 5 May; months March to May":
      "45\u00a0000 с вероятностью 70\u00a0% закрывается 10 апреля, 18\u00a0500 с 85\u00a0% — 28 марта, 12\u00a0000 с 50\u00a0% — 5 мая; месяцы с марта по май",
    "two rows, one column per quarter": "две строки, столбец на квартал",
  },
  DEALS_PROBABILITY: {
    "15 SQLs closing at 25%: a 31% chance of 5 deals (NEGBINOM.DIST(10, 5, 0.25, TRUE) = 0.3135141 in Excel's documentation: at most 10 losses before the 5th win)":
      "15 SQL при доле выигранных 25\u00a0%: шанс 31\u00a0% получить 5 сделок (`NEGBINOM.DIST(10; 5; 0,25; TRUE)` = 0,3135141 в документации Excel: не больше 10 проигрышей до 5-й победы)",
    "200 MQLs, 60 SQLs and 20 opportunities in the funnel and 3 deals won: 20 deals expected, a 54% chance to reach them":
      "в воронке 200 MQL, 60 SQL и 20 сделок, 3 сделки выиграны: ожидается 20 выигранных сделок, шанс достичь этого — 54\u00a0%",
    "the 25% close rate measured on 12 opportunities: 15 deals are far less certain":
      "доля выигранных 25\u00a0%, измеренная на 12 сделках: 15 сделок уже далеко не так надёжны",
  },
  BOOKINGS_PROBABILITY: {
    "six deals at 70% (12 285 in all, 8 600 weighted): the weighted forecast is a coin flip":
      "шесть сделок по 70\u00a0% (всего 12\u00a0285, взвешенно 8\u00a0600): взвешенный прогноз сбывается с шансом как у подброшенной монеты",
    "the chance to make the quarter": "шанс выполнить план квартала",
    "quota in B1, closed won in B2": "план продаж в `B1`, выигранное в `B2`",
  },
  BOOKINGS_PERCENTILES: {
    "P(bookings ≤ 20 000) is exactly 10% (nothing, or only the 20 000 deal): a level met exactly counts, so P10 is 20 000":
      "P(сумма сделок ≤ 20\u00a0000) ровно 10\u00a0% (ничего или только сделка на 20\u00a0000): точно достигнутый уровень засчитывается, поэтому P10 = 20\u00a0000",
    "six deals of 1 at 50%: Excel's documented BINOM.INV(6, 0.5, 0.75) = 4":
      "шесть сделок по 1 с вероятностью 50\u00a0%: в документации Excel `BINOM.INV(6; 0,5; 0,75)` = 4",
  },
};
