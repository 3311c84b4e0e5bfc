import { languageFormats } from "../format";
import type { ChooseFunnelMessages } from "./en";

/** Simplified Chinese choose-funnel dialog. */
export function zhCN(): ChooseFunnelMessages {
  const n = (count: number) => languageFormats("zh-CN").number(count);
  return {
    prompt: "计划基于漏斗生成。请选择要规划的漏斗：",
    funnelStages: (count) => `${n(count)} 个阶段`,
    choiceLabel: (funnel, stages) => `为 ${funnel} 制定计划（${stages}）`,
    building: "正在生成计划…",
    couldNotBuild: (error) => `未能生成计划：${error}`,
    cancel: "取消",
  };
}
