/** Simplified Chinese remarks on the reference's examples (see ../types.ts). */
export const zhCNExamples: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  REQUIRED_LEADS: {
    '"stage" (default): each stage rounded up before the one above':
      '"stage"（默认）：每个阶段先向上取整，再算上一阶段',
    "rounded up once, at the end": "最后统一向上取整一次",
    "exact fractions": "精确分数",
    "10 deals need 100 SQLs at a 10% close rate": "赢单率 10% 时，10 笔赢单需要 100 个 SQL",
    "one row per target": "每个目标一行",
    scenarios: "多情景",
    "a 90% chance of 27 deals; the average plan (1 800; 180; 54; 27) makes it about half the time":
      "以 90% 的概率达到 27 笔赢单；平均计划（1,800; 180; 54; 27）只有约一半的机会达成",
    "a 30% close rate measured on 10 SQLs (3 won): 182 SQLs for a 90% chance, where a rate known for certain would need 109":
      "30% 的赢单率只基于 10 个 SQL（3 个赢单）测得：要有 90% 的把握需要 182 个 SQL，而确知的转化率只需 109 个",
  },
  STAGE_CONVERSION: {
    "a whole export as pasted: the columns whose titles name no stage are left out":
      "按原样粘贴的整份导出：标题未指明任何阶段的列不计入",
    "one rate per stage": "每个阶段一个转化率",
    "a CRM export of each record's furthest stage": "CRM 导出的每条记录到达的最远阶段",
    "a row of rates": "一行转化率",
    "one column of stage dates per stage": "每个阶段一列阶段日期",
    "a record log with its header, read through a stage map; the Closed Lost record can't be placed and is left out":
      '带标题的记录日志，通过阶段映射表读取；"Closed Lost" 的记录无法归入任何阶段，不计入',
    "stage and status (Pipedrive); won counts at the last stage, open records are left out of their stage's rate":
      "阶段和状态（Pipedrive）；赢单计入最后一个阶段，未结记录不计入其所在阶段的转化率",
    "a row of rates, one per funnel stage": "一行转化率，每个漏斗阶段一个",
    "HubSpot's Date entered columns with their header row (docs/crm-data.md)":
      'HubSpot 的 "Date entered" 列及其标题行（`docs/crm-data.md`）',
  },
  CAC: {
    "per channel": "按渠道",
    "a channel with no spend entered yet stays empty": "尚未填写费用的渠道保持为空",
    "one month's cost lines": "一个月的各项成本",
    "one CAC per month": "每月一个 CAC",
    "cost lines in B:D summed per row": "`B:D` 中的各项成本按行相加",
  },
  FUNNEL_TARGETS: {
    "a 1.5-month lead time: half the 20 SQLs one month early, half two months early":
      "提前期 1.5 个月：20 个 SQL 中一半提前一个月进入，一半提前两个月进入",
    "steady: each period's 20 SQLs enter half one period, half two periods early; those due before period 1 (10 of period 1's and 10 of period 2's) wrap round to periods 4 and 3, as next cycle's":
      '"steady"：每期的 20 个 SQL 一半提前一期、一半提前两期进入；本应在第 1 期之前进入的（第 1 期的 10 个和第 2 期的 10 个）轮转到第 4 期和第 3 期，作为下一周期的 SQL',
    "ramp: the 30 SQLs due before period 1 are added to period 1; period 4 prospects for nothing":
      '"ramp"：本应在第 1 期之前进入的 30 个 SQL 加到第 1 期；第 4 期不再为任何赢单储备管道',
    "one row per stage, one column per month, whole numbers": "每个阶段一行、每月一列，均为整数",
    "twelve months of 8 333.33 at a 10 000 deal: 10 deals over the year (1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0)":
      "十二个月每月 8,333.33，每笔交易 10,000：全年 10 笔赢单（1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0）",
  },
  PLAN_FORECAST: {
    "90 % of the plan so far: the 400 still planned are expected at 90 %":
      "截至目前完成计划的 90%：剩余计划的 400 预计也按 90% 完成",
    "a plan heavy in its first month: a straight run rate (5 400 ÷ 3 × 4 = 7 200) would read +200 while the stage is at 90 %":
      "首月占比很大的计划：简单按当前速度外推（5,400 ÷ 3 × 4 = 7,200）会显示 +200，而该阶段实际只完成了 90%",
    "one row per stage: only the first five months count": "每个阶段一行：只计前五个月",
  },
  STAGE_SENSITIVITY: {
    "per won deal, leads cost 1 333.3, MQLs 333.3 and SQLs 800: lifting the SQL close rate saves most":
      "每笔赢单中，线索成本 1,333.3、MQL 333.3、SQL 800：提高 SQL 的赢单率最省钱",
    "one change per stage": "每个阶段一个变化值",
  },
  STAGE_DAYS: {
    "records (1 Jan, 11 Jan, 10 Feb), (5 Jan, 25 Jan, —), (10 Jan, —, —)":
      "记录（1月1日, 1月11日, 2月10日）、（1月5日, 1月25日, —）、（1月10日, —, —）",
    "a row of days, one per stage": "一行天数，每个阶段一个",
    "a whole export as pasted: the columns whose titles name no stage are left out":
      "按原样粘贴的整份导出：标题未指明任何阶段的列不计入",
    "a stage history (record id, stage, date) read through a stage map":
      "通过阶段映射表读取的阶段历史（记录 ID、阶段、日期）",
  },
  COHORT_CONVERSION: {
    "records (3 Jan, 20 Jan, 1 Mar), (15 Jan, —, —), (2 Feb, 10 Feb, —), (20 Feb, 1 Apr, 15 Apr)":
      "记录（1月3日, 1月20日, 3月1日）、（1月15日, —, —）、（2月2日, 2月10日, —）、（2月20日, 4月1日, 4月15日）",
    "the same records, stages reached within 30 days": "同样的记录，只计 30 天内到达的阶段",
    "a stage history with its header row, read through a stage map":
      "带标题行的阶段历史，通过阶段映射表读取",
  },
  FUNNEL_SQL: {
    "a BigQuery query": "一条 BigQuery 查询",
    "one row per record with its furthest stage": "每条记录一行，附其到达的最远阶段",
    "a PostgreSQL query": "一条 PostgreSQL 查询",
    "a DuckDB query": "一条 DuckDB 查询",
    "a record log with its status column (Pipedrive's Stage and Status): won deals count at the last stage, open ones are left out of their stage's rate":
      '带状态列的记录日志（Pipedrive 的 "Stage" 和 "Status"）：赢单计入最后一个阶段，未结商机不计入其所在阶段的转化率',
    "open opportunities left out of the rate of the stage they sit at":
      "未结商机不计入其所在阶段的转化率",
    "a stage history with the CRM's own stage names": "使用 CRM 自身阶段名称的阶段历史",
  },
  HIRING_PLAN: {
    "four ramped reps book 20 000 each (25 000 × 80%) and the target needs five: the fifth is hired in month 1 and ramps (nothing in month 1, half in month 2), so months 1–2 stay short; the step up in month 4 is hired two months ahead, in month 2":
      "四名完成爬坡的销售各签约 20,000（25,000 × 80%），目标需要五名：第五名在第 1 个月招聘并开始爬坡（第 1 个月为零，第 2 个月一半），因此第 1–2 个月仍有缺口；第 4 个月的增量提前两个月在第 2 个月招聘",
    "five rows, one column per month": "五行，每月一列",
    "the year's monthly targets, a four-month ramp, 2% attrition a month, eight reps today":
      "全年各月目标、四个月爬坡期、每月 2% 离职率、目前八名销售",
  },
  SALES_CAPACITY: {
    "Tunguz's example: a 750 000 annual quota (62 500 a month) at 70% attainment is 525 000 a year, 43 750 a month, once ramped (0%, 0%, 25%, 50%, 75%, then 100%)":
      "一个常被引用的示例：年度配额 750,000（每月 62,500），达成率 70%，完成爬坡后每年 525,000、每月 43,750（0%、0%、25%、50%、75%，之后 100%）",
    "three reps in their first period at 40% of ramp: 1.2 ramped reps":
      "三名处于第一期、爬坡进度 40% 的销售：相当于 1.2 名完成爬坡的销售",
    "seven ramped reps × 150 000 × 85%": "七名完成爬坡的销售 × 150,000 × 85%",
  },
  PIPELINE_COVERAGE: {
    "35 000 of a 100 000 quota left to close, 120 000 open":
      "100,000 的配额还剩 35,000 待完成，未结商机 120,000",
    "3× looks safe, but at a 22% win rate the team needs 1 ÷ 0.22 = 4.5×":
      "3× 看起来稳妥，但赢单率为 22% 时团队需要 1 ÷ 0.22 = 4.5×",
    "against the whole quota": "相对于整个配额",
    "per rep: the second has already met quota": "按销售计算：第二名已完成配额",
  },
  STAGE_COVERAGE: {
    "80 000 left to close: the 140 000 at Demo or later is 1.75×, short of the 5× a 20% win rate from Demo needs":
      '还剩 80,000 待完成：处于 "Demo" 及以后阶段的 140,000 为 1.75×，低于从 "Demo" 起 20% 赢单率所需的 5×',
    "one line per stage": "每个阶段一行",
    "a CRM export of open deals against a stage table of win rates":
      "CRM 导出的未结商机，对照带赢单率的阶段表",
  },
  WEIGHTED_PIPELINE: {
    "45 000 at 70% closing 10 April, 18 500 at 85% on 28 March, 12 000 at 50% on 5 May; months March to May":
      "45,000（70%）于 4 月 10 日结单，18,500（85%）于 3 月 28 日，12,000（50%）于 5 月 5 日；月份为 3 月至 5 月",
    "two rows, one column per quarter": "两行，每季度一列",
  },
  DEALS_PROBABILITY: {
    "15 SQLs closing at 25%: a 31% chance of 5 deals (NEGBINOM.DIST(10, 5, 0.25, TRUE) = 0.3135141 in Excel's documentation: at most 10 losses before the 5th win)":
      "15 个 SQL、赢单率 25%：获得 5 笔赢单的概率为 31%（微软文档中 `NEGBINOM.DIST(10, 5, 0.25, TRUE)` = 0.3135141：第 5 次赢单前至多输单 10 次）",
    "200 MQLs, 60 SQLs and 20 opportunities in the funnel and 3 deals won: 20 deals expected, a 54% chance to reach them":
      "漏斗中有 200 个 MQL、60 个 SQL 和 20 个商机，已赢单 3 笔：预期 20 笔赢单，达到的概率为 54%",
    "the 25% close rate measured on 12 opportunities: 15 deals are far less certain":
      "25% 的赢单率只基于 12 个商机测得：15 笔赢单的把握要小得多",
  },
  BOOKINGS_PROBABILITY: {
    "six deals at 70% (12 285 in all, 8 600 weighted): the weighted forecast is a coin flip":
      "六笔赢单概率 70% 的商机（合计 12,285，加权 8,600）：加权预测的达成机会只有一半",
    "the chance to make the quarter": "完成本季度目标的概率",
    "quota in B1, closed won in B2": "配额在 `B1`，已赢单金额在 `B2`",
  },
  BOOKINGS_PERCENTILES: {
    "P(bookings ≤ 20 000) is exactly 10% (nothing, or only the 20 000 deal): a level met exactly counts, so P10 is 20 000":
      "P(签约金额 ≤ 20,000) 恰好为 10%（全部输单，或只赢下 20,000 那笔）：恰好达到的水平算作达到，因此 P10 为 20,000",
    "six deals of 1 at 50%: Excel's documented BINOM.INV(6, 0.5, 0.75) = 4":
      "六笔金额为 1、赢单概率 50% 的商机：微软文档中的 `BINOM.INV(6, 0.5, 0.75)` = 4",
  },
};
