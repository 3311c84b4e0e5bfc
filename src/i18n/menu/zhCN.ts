import type { MenuMessages } from "./en";

/** Simplified Chinese menu labels. */
export function zhCN(): MenuMessages {
  return {
    subMenus: {
      newPlan: "新建计划",
    },
    items: {
      showStageEditor: "阶段编辑器",
      refreshPlan: "刷新计划",
      showSqlExport: "将漏斗导出为 SQL…",
      showFunctionReference: "函数参考",
      newAnnualPlan: "年度反向漏斗",
      newMonthlyTargets: "含销售周期滞后的月度目标",
      newChannelEconomics: "各渠道 CAC 与 LTV",
      newFunnelHealth: "漏斗健康度",
      newSlaTracker: "市场与销售 SLA",
      newPlanVsActual: "计划与实际对比",
      newCohorts: "同期群与阶段停留时间",
      newCapacityPlan: "产能计划（销售、招聘、SDR）",
      newPipelineCoverage: "管道覆盖率与预测",
      useMeasuredDays: "将实测天数写入漏斗",
    },
  };
}
