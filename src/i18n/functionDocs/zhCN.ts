/** Simplified Chinese words of the function reference (see ./types.ts; terms: src/i18n/glossary.ts). */
import { zhCNDetails } from "./details/zhCN";
import { zhCNExamples } from "./examples/zhCN";
import type { FunctionDocsTranslation } from "./types";

const RAMP =
  "新销售入职后每个月达成完整配额的比例，从第一个月开始（0、25%、50%、75%）；列表结束后为 100%。";
const QUOTA_PER_REP = "一名完成爬坡的销售每期的配额（月度计划中为每月）；一个值，或每期一个值。";
const ATTAINMENT = "完成爬坡的销售平均达成配额的比例，以小数表示（80% = 0.8），最高 200%。";
const ATTRITION = "每期离职的团队比例，以小数表示（每月 2% = 0.02）。";
const CURRENT_REPS = "第一期开始时团队中的销售人数，均已完成爬坡。";
const STAGE_DATES =
  "每条记录进入各阶段的日期，每个阶段一列（自漏斗顶部起；标题行会被跳过）；从未进入的留空。提供 `stage_order` 时也可以是阶段历史：记录 ID、阶段、日期。";
const OTHER_COLUMNS =
  '标题未指明任何阶段的列："error" 会指出这些列（拼错的阶段名称因此一目了然），"ignore" 则不计入这些列，这样按原样粘贴的整份导出（阶段日期列旁还有 "Record ID"、"Deal Name" 等列）也能使用。"ignore" 把第一行读作标题，并且需要 stage_order。';
const STAGE_ORDER_DATES =
  "漏斗各阶段（自顶部起），或阶段映射表（CRM 中的名称、漏斗阶段），例如 `Funnel_Map`：按标题行识别各列，或读取阶段历史。";
const DEAL_AMOUNT = "每笔未结商机的金额。";
const WIN_PROBABILITIES = "每笔商机的赢单概率，逐行对应。";
const QUOTA = "本期配额（签约金额目标）。";
const CLOSED_WON = "本期已赢单的签约金额。";
const BASIS = '"remaining" 表示除以配额 − 已赢单金额，"quota" 表示除以整个配额。';

export const zhCN: FunctionDocsTranslation = {
  phrases: {
    number: "数字",
    text: "文本",
    range: "区域",
    "number of days": "天数",
    "number, or a range of numbers": "数字或数字区域",
    "number, or a row or column of numbers": "数字，或一行/一列数字",
    "block of dates (one row per record, one column per stage), or a stage history":
      "日期区域（每条记录一行、每个阶段一列）或阶段历史",
    "block of plan figures (rows of periods)": "计划数值区域（各行按期排列）",
    "block of actual figures (rows of periods)": "实际数值区域（各行按期排列）",
    "column of amounts": "金额列",
    "column of dates": "日期列",
    "column of probabilities (fractions)": "概率列（小数）",
    "column of stage names": "阶段名称列",
    "numbers, stage names, a stage history or a block of stage dates":
      "数字、阶段名称、阶段历史或阶段日期区域",
    "row of bookings targets": "一行签约金额目标",
    "row of hires per period": "一行各期新招聘人数",
    "row of revenue targets": "一行收入目标",
    "row or column of costs": "一行/一列成本",
    "row or column of counts": "一行/一列数量",
    "row or column of counts (empty for known rates)": "一行/一列数量（转化率已知时留空）",
    "row or column of dates": "一行/一列日期",
    "row or column of days": "一行/一列天数",
    "row or column of names, or two columns (column, stage)": "一行/一列名称，或两列（列名、阶段）",
    "row or column of percentiles (fractions)": "一行/一列百分位数（小数）",
    "row or column of ramp factors (fractions)": "一行/一列爬坡系数（小数）",
    "row or column of rates (fractions)": "一行/一列转化率（小数）",
    "row or column of stage names, or a stage map": "一行/一列阶段名称，或阶段映射表",
    "row or column of text": "一行/一列文本",
    "row or column of win rates (fractions)": "一行/一列赢单率（小数）",
    "row or column of numbers": "一行/一列数字",
    none: "无",
    "none (the average plan)": "无（平均计划）",
    "no limit": "无限制",
    "no ramp": "无爬坡期",
    "rates taken as known": "转化率视为已知",
    "every period with an actual figure": "所有已有实际数值的期间",
  },
  functions: {
    REQUIRED_LEADS: {
      summary: "反向漏斗：达成收入目标时各阶段所需的数量，自顶部阶段起，最后为赢单数。",
      returns: "各阶段所需的数量，自顶部起，最后为赢单数。",
      params: {
        revenue_target: "要赢得的收入，或一列目标（每个情景一个）。",
        avg_deal_size: "每笔赢单的平均收入；一个值，或每个情景一个值。",
        conversion_rates:
          "自漏斗顶部向下各阶段的下一阶段转化率，以小数表示（30% = 0.3）；最后一个为转化为赢单的比率。",
        rounding:
          '数量的取整方式："stage"、"end" 或 "none"（指定置信水平时，数量本身就是整数条记录，此参数不适用）。',
        confidence: "按达成所需赢单数的这一概率做计划，以 0 到 1 之间的小数表示（90% = 0.9）。",
        rate_samples:
          "每个转化率所依据的记录数，与转化率一一对应，用于在转化率来自小样本时放宽数量；需要同时提供 `confidence`。",
      },
    },
    STAGE_CONVERSION: {
      summary:
        "各阶段到下一阶段的转化率，可由各阶段数量或 CRM 导出数据计算：记录日志、阶段历史或阶段日期矩阵。",
      returns: "各阶段到下一阶段的转化率，最后一个阶段的单元格为空。",
      params: {
        data: "各阶段数量（自顶部起）、每条记录所在阶段的一列（可附状态列）、阶段历史（记录 ID、阶段、日期）或阶段日期矩阵（每条记录一行、每个阶段一列）；标题行会被跳过。",
        stage_order:
          "阶段名称（自顶部起），或阶段映射表（CRM 中的名称、漏斗阶段），例如 `Funnel_Map`；除各阶段数量和普通阶段日期矩阵外都必须提供。",
        method: '用于阶段日期矩阵或阶段历史："reached" 或 "strict"。',
        open_records:
          '仍停留在所在阶段的未结记录："include" 将其计为（尚）未转化；"exclude" 将其排除在该阶段的转化率之外。',
        other_columns: OTHER_COLUMNS,
      },
    },
    CAC: {
      summary: "获客成本（CAC）：销售和市场费用 ÷ 新客户数。",
      returns: "获取一个客户的成本，按输入的每个单元格计算。",
      params: {
        spend: "销售和市场费用；可按渠道或期间给出区域，也可并排列出各项成本。",
        new_customers: "新赢得的客户数，形状与 `spend` 相同（或为单个值）。",
        lag_periods: "费用与其带来的客户之间相隔的期数，为整数。",
      },
    },
    LTV: {
      summary: "客户生命周期价值：ARPA × 毛利率 ÷ 流失率。",
      returns: "一个客户在整个生命周期内带来的毛利（或收入）。",
      params: {
        arpa: "每个账户每期的平均收入（例如每月）。",
        gross_margin: "毛利率，以小数表示（80% = 0.8）；按收入计算 LTV 时为 1。",
        churn_rate: "每期流失的客户比例，以小数表示（2% = 0.02），须大于 0。",
      },
    },
    CAC_PAYBACK: {
      summary: "收回 CAC 所需的期数（例如月数）：CAC ÷ (ARPA × 毛利率)。",
      returns: "收回获客成本所需的毛利期数。",
      params: {
        cac: "获客成本（CAC），例如 CAC 函数的结果。",
        arpa: "每个账户每期的平均收入。",
        gross_margin: "毛利率，以小数表示（80% = 0.8）。",
      },
    },
    PIPELINE_VELOCITY: {
      summary: "商机管道每天产生的收入：商机数 × 赢单率 × 交易金额 ÷ 销售周期天数。",
      returns: "每天的收入。",
      params: {
        opportunities: "未结的合格商机数。",
        win_rate: "赢单的商机比例，以小数表示（25% = 0.25）。",
        avg_deal_size: "每笔赢单的平均收入。",
        sales_cycle_days: "从商机到结单的平均天数。",
      },
    },
    LEAD_VELOCITY: {
      summary: "合格线索的环比增长：(本期 − 上期) ÷ 上期。",
      returns: "每期增长，以小数表示（0.1 = 10%），第一个单元格为空。",
      params: {
        counts: "每期的合格线索数，从最早一期开始。",
      },
    },
    FUNNEL_TARGETS: {
      summary: "按时间展开的反向漏斗：为使交易按时结单，每期必须进入各阶段的数量。",
      returns: "每期（列）进入各阶段（行，自顶部起，最后为赢单数）的数量。",
      params: {
        period_targets:
          "每期的收入目标，从最早一期开始（例如一行 12 个月）；可以为 0，空白的一期没有目标（仍保留其列）。",
        avg_deal_size: "每笔赢单的平均收入；一个值，或每期一个值。",
        conversion_rates: "自漏斗顶部向下各阶段的下一阶段转化率，以小数表示。",
        days_in_stage: "记录在转化前于各阶段停留的平均天数，与转化率一一对应。",
        days_per_period: "一期的天数：月为 30，季度为 91，周为 7。",
        rounding:
          '"none" 为精确数量，"cumulative" 为整数且各行合计等于向上取整后的需求（计划即用此方式），"end" 为每个单元格都向上取整。',
        pipeline:
          '"steady" 表示头几期的商机管道已在此前按计划节奏进入（最后几期为下一周期储备管道），"ramp" 表示商机管道从零开始。',
      },
    },
    PLAN_FORECAST: {
      summary:
        "对照计划自身曲线的进度：截至目前、达成率、整个计划的预测及与计划的差距，按阶段列出。",
      returns:
        "每个序列一行：截至目前的计划、截至目前的实际、达成率（截至目前的计划为 0 时为空）、预测、计划合计、差距（预测 − 计划合计）。",
      params: {
        plan_by_period: "计划：每个阶段或序列一行，每期一列，例如 FUNNEL_TARGETS 的结果。",
        actual_by_period: "与计划布局相同的实际数值；尚未报告的期间留空。可以只覆盖前几期。",
        periods_to_date: "前多少期计为已报告（例如填 5，以排除尚在进行中的 6 月）。",
      },
    },
    STAGE_SENSITIVITY: {
      summary: "应改进哪个阶段：单独提高每个转化率时，每笔赢单成本的相对变化。",
      returns: "每个阶段转化率对应的每笔赢单成本相对变化（负值 = 更便宜），赢单阶段的单元格为空。",
      params: {
        conversion_rates: "自漏斗顶部向下各阶段的下一阶段转化率，以小数表示（30% = 0.3）。",
        cost_per_record:
          "在各阶段处理一条记录的成本（自顶部起），可再加一个每个赢单客户的成本；可以为 0。",
        lift: "每个转化率的相对提升，以 (0, 10] 之间的小数表示。",
      },
    },
    STAGE_DAYS: {
      summary: "根据 CRM 数据测得的阶段停留天数：从进入各阶段到进入下一阶段，按阶段列出。",
      returns: "一行各阶段天数（最后一个阶段的单元格为空）。",
      params: {
        stage_dates: STAGE_DATES,
        statistic: '区间的汇总方式："median"、"mean" 或 "p90"。',
        stage_order: STAGE_ORDER_DATES,
        other_columns: OTHER_COLUMNS,
      },
    },
    COHORT_CONVERSION: {
      summary: "同期群分析：每个进入期间有多少条记录进入，以及到达其后各阶段的比例。",
      returns: "每期一行：期间标签、同期群规模，然后是到达其后各阶段的比例。",
      params: {
        stage_dates: STAGE_DATES,
        period: '同期群长度："month"、"quarter" 或 "week"（ISO 周）。',
        within_days: "只有在同期群日期后这么多天内到达的阶段才计入。",
        stage_order: STAGE_ORDER_DATES,
        other_columns: OTHER_COLUMNS,
      },
    },
    FUNNEL_SQL: {
      summary:
        "在 BigQuery、PostgreSQL 或 DuckDB 中计算 STAGE_CONVERSION 结果的 SQL，适用于电子表格容纳不下的数据。",
      returns: "查询语句，作为一个文本单元格。",
      params: {
        stage_order: "阶段名称（自顶部起），或阶段映射表（CRM 中的名称、漏斗阶段）。",
        table: "数据仓库中的表，例如 BigQuery 中的 `project.dataset.table`。",
        columns:
          "列名：阶段列及可选的状态列（日志）、记录 ID、阶段和可选的日期列（历史），或各日期列（矩阵）——按阶段顺序、以阶段命名，或以“列、阶段”成对给出。",
        layout: '表中记录的存放方式："log"、"history"（"events"）或 "matrix"。',
        dialect: 'SQL 方言："bigquery"、"postgres" 或 "duckdb"。',
        open_records:
          '仍停留在所在阶段的未结记录："include" 将其计为（尚）未转化；"exclude" 将其排除在该阶段的转化率之外（带状态列的日志，或 "history" 和 "matrix" 布局并需阶段映射表中的输单名称）。',
      },
    },
    HIRING_PLAN: {
      summary:
        "签约计划需要多少销售以及考虑爬坡后何时招聘：每期所需销售、招聘人数、在岗人数、完成爬坡的销售和签约产能。",
      returns: "五行（所需销售、招聘人数、在岗人数、完成爬坡的销售、签约产能），每期一列。",
      params: {
        period_targets: "每期需完成的签约金额，从最早一期开始（例如计划中一行 12 个月度目标）。",
        quota_per_rep: QUOTA_PER_REP,
        ramp: RAMP,
        attainment: ATTAINMENT,
        attrition: ATTRITION,
        current_reps: CURRENT_REPS,
        rounding: '"whole" 表示按整人招聘，"none" 表示精确小数。',
      },
    },
    SALES_CAPACITY: {
      summary: "根据招聘、爬坡、配额达成率和离职率，团队每期能完成的签约金额。",
      returns: "三行（在岗人数、完成爬坡的销售、签约产能），每期一列。",
      params: {
        hires: "每期入职的销售人数，从最早一期开始（例如一行 12 个月）。",
        quota_per_rep: QUOTA_PER_REP,
        ramp: RAMP,
        attainment: ATTAINMENT,
        attrition: ATTRITION,
        current_reps: CURRENT_REPS,
      },
    },
    SDRS_NEEDED: {
      summary: "计划所需的 SDR 人数：计划所需商机数 ÷ 一名 SDR 每期产生的商机数。",
      returns: "按输入的每个单元格计算所需的 SDR 人数。",
      params: {
        opportunities: "计划每期所需的商机数（或一个值）。",
        opportunities_per_sdr: "一名完成爬坡的 SDR 每期产生的商机数。",
        rounding: '"whole" 表示整数 SDR（向上取整），"none" 表示精确小数。',
      },
    },
    PIPELINE_COVERAGE: {
      summary:
        "商机管道覆盖率：未结商机金额 ÷ 尚待完成的配额（配额 − 已赢单金额），或 ÷ 整个配额。",
      returns: "覆盖率倍数（3 = 3×），按输入的每个单元格计算。",
      params: {
        open_pipeline: "预计在本期结单的未结商机金额（各笔交易金额之和）。",
        quota: QUOTA,
        closed_won: CLOSED_WON,
        basis: BASIS,
      },
    },
    STAGE_COVERAGE: {
      summary:
        "按“阶段 X 及以后”计算的覆盖率：每个商机管道阶段处于该阶段及以后的未结商机金额、其覆盖率、该阶段赢单率所需的覆盖率以及预期签约金额。",
      returns: "每个阶段：该阶段及以后的商机管道金额、覆盖率、所需覆盖率、预期签约金额。",
      params: {
        deal_stages: "每笔未结商机当前所在的阶段。",
        deal_amounts: "每笔未结商机的金额，与 `deal_stages` 逐行对应。",
        stage_order: "未结商机管道的各阶段，从最早的阶段开始。",
        win_rates: "各阶段商机的赢单比例，与 `stage_order` 一一对应。",
        quota: QUOTA,
        closed_won: CLOSED_WON,
        basis: BASIS,
      },
    },
    WEIGHTED_PIPELINE: {
      summary: "按结单期间汇总的未结商机管道：每期的商机金额及其加权值（金额 × 赢单概率）。",
      returns: "两行：每期结单的商机管道金额和加权商机管道金额。",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        close_dates: "每笔商机的预计结单日期，逐行对应。",
        periods: "计划中每期内的一个日期，例如其月份标题。",
        period: '期间长度："month"、"quarter" 或 "week"。',
      },
    },
    DEALS_PROBABILITY: {
      summary: "由漏斗各阶段当前的记录至少赢得所需赢单数的概率。",
      returns: "至少达到该赢单数的概率（0 到 1），每个目标一个。",
      params: {
        stage_volumes: "当前处于各个有转化率阶段的记录数，自顶部起；可再加一个值，即已赢单数。",
        conversion_rates: "各阶段的下一阶段转化率，自顶部起，以小数表示。",
        deals_needed: "所需赢单数，或一组目标（每个目标一个概率）。",
        rate_samples:
          "每个转化率所依据的记录数，与转化率一一对应，用于在转化率来自小样本时放宽概率估计。",
      },
    },
    BOOKINGS_PROBABILITY: {
      summary: "各笔未结商机按各自的赢单概率赢单时，签约金额至少达到目标的概率。",
      returns: "签约金额达到目标的概率（0 到 1），每个目标一个。",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        goal: "要达到的签约金额，或一组目标（每个目标一个概率）。",
        closed_won: "已赢单的签约金额，计入目标。",
      },
    },
    BOOKINGS_PERCENTILES: {
      summary:
        "未结商机可能带来的签约金额范围：签约总额精确分布的 P10、P50 和 P90（或任意百分位数）。",
      returns: "每个百分位数对应的签约总额。",
      params: {
        deal_amounts: DEAL_AMOUNT,
        win_probabilities: WIN_PROBABILITIES,
        percentiles: "哪些百分位数，以小数表示（P10 = 0.1）。",
        closed_won: "已赢单的签约金额，加到每个总额上。",
      },
    },
  },
  examples: zhCNExamples,
  details: zhCNDetails,
};
