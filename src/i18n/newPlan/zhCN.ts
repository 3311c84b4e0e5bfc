import { languageFormats } from "../format";
import type { NewPlanMessages } from "./en";

/** Simplified Chinese New plan dialog. */
export function zhCN(): NewPlanMessages {
  const n = (count: number) => languageFormats("zh-CN").number(count);
  return {
    intro: "计划自己的数字：计划中的所有区域都由它们生成。",
    funnel: "漏斗",
    funnelStages: (count) => `${n(count)} 个阶段`,
    target: "收入目标（全年）",
    dealSize: "平均成交金额",
    firstMonth: "计划的第一个月",
    currency: "货币",
    noCurrency: "无（仅数字）",
    fromPlan: (sheet) => `已按工作表“${sheet}”上的计划填写。`,
    fromExample: "示例数字：请替换为你们自己的数字。",
    amountNeeded: (example) => `请输入大于 0 的金额，例如 ${example}。`,
    monthNeeded: "请选择计划的第一个月。",
    build: "生成计划",
    cancel: "取消",
    building: "正在生成计划…",
    couldNotBuild: (error) => `未能生成计划：${error}`,
  };
}
