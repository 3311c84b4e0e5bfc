import { zhCN as menu } from "../menu/zhCN";
import type { UiMessages } from "./en";
import { languageFormats } from "../format";

/** Simplified Chinese UI messages. */
export function zhCN(): UiMessages {
  const n = (count: number) => languageFormats("zh-CN").number(count);
  const days = (value: number | null) => (value === null ? "—" : n(value));
  return {
    menu: menu(),
    reference: {
      title: "Funnel Math 函数",
      hint: "在单元格中输入函数，例如 =REQUIRED_LEADS(，即可看到每个参数的说明。",
    },
    sidebarTitle: "漏斗阶段",
    plans: {
      createdDefaultFunnel: (name) =>
        `已按 Inbound 预设创建阶段表“${name}”。可在 Funnel Math ▸ 阶段编辑器中修改。`,
      noNamedRanges: (name) =>
        `阶段表“${name}”还没有命名区域。请打开 Funnel Math ▸ 阶段编辑器，保存一次漏斗后再创建计划。`,
      chooseFunnelTitle: "选择哪个漏斗？",
      createPlan: "创建计划",
      chooseFunnelFor: (plan) => `${plan}：选择哪个漏斗？`,
      tooManyStages: (name, count, room) =>
        `“${name}”到赢单阶段共有 ${n(count)} 个阶段；计划最多容纳 ${n(room)} 个。`,
      cancel: "取消",
      notAPlan:
        "“刷新计划”会按漏斗重建计划工作表。请先打开一个计划工作表（由“新建计划”创建）再试。",
      refreshed: (funnel) => `已按漏斗“${funnel}”重建计划，您输入的数据均已保留。`,
      funnelMissing: (funnel) => `此计划使用的漏斗“${funnel}”已不在本电子表格中。`,
      exportSqlTitle: "漏斗 SQL",
      exportSqlHint: "将这段 SQL 复制到您的数据仓库：它会用 CRM 表算出同样的漏斗。",
      useMeasuredDays: "将这些天数写入漏斗",
      measuredDaysSaved: (funnel) => `已将实测的阶段停留天数保存到漏斗“${funnel}”。`,
      notCohortsSheet:
        "请打开同期群工作表（新建计划 ▸ 同期群与阶段停留时间），粘贴各阶段日期后重试。",
      noMeasuredDays: "尚无任何阶段有实测中位数：导出数据需要包含相邻两个阶段日期的记录。",
      measuredDayChange: (stage, before, after) => `${stage}：${days(before)} → ${days(after)} 天`,
      measuredDaysKept: (stages) => `未更改（无实测数据）：${stages}`,
      measuredDaysFailed: (reason) => `天数未保存：${reason}`,
    },
    store: {
      noSuchFunnel: (key) => `本电子表格中已没有漏斗“${key}”。`,
      invalid: "部分阶段需要修正后才能保存。",
      busy: "其他人正在保存此电子表格，请稍后再试。",
      sheetGone: (key) => `漏斗所在的工作表已被删除：漏斗“${key}”已不存在。`,
      conflict: (sheet) =>
        `自您打开后，工作表中的阶段表“${sheet}”已被修改。请重新载入以查看新版本（未保存的修改将丢失）。`,
      nameRequired: "请为新漏斗命名，例如 EMEA。",
      renameRequired: "请为漏斗命名。",
      newStagesInvalid: "新漏斗的阶段需要修正：请选择一个预设后重试。",
      sheetExists: (name) => `已存在名为“${name}”的工作表，请换一个名称。`,
    },
    validation: {
      tooFewStages: "漏斗至少需要两个阶段：记录进入的阶段和最终到达的阶段。",
      nameRequired: "请为此阶段命名。",
      duplicateName: (first, name) => `第 ${first} 个阶段已叫“${name}”——每个阶段的名称必须唯一。`,
      lastStageNoRate: "最后一个阶段是漏斗的终点：请将其转化率留空。",
      rateRequired: "请输入进入下一阶段的比例，例如 30%。",
      rateOutOfRange: (fraction) =>
        `${languageFormats("zh-CN").percent(fraction)} 不合理：转化率须大于 0% 且不超过 100%。`,
      lastStageNoDays: "最后一个阶段没有停留天数：请留空。",
      wonStageNoRate: "赢单阶段是获客的终点：请将其转化率留空。",
      wonStageNoDays: "赢单阶段没有停留天数：请留空。",
      negativeDays: "阶段停留天数不能为负数。",
      notAPercentCell: (shown) => `“${shown}”不是百分比：请输入转化率，例如 30%。`,
      notDays: (shown) => `“${shown}”不是天数：请输入例如 14。`,
      notAPercentTyped: (typed) => `“${typed}”不是百分比：请输入例如 30。`,
      crmNameTaken: (name, stage, stageName) =>
        `“${name}”已属于第 ${stage} 个阶段（${stageName}）：一个 CRM 名称只能对应一个阶段。`,
      endNameTaken: (name, stage, stageName) =>
        `“${name}”是第 ${stage} 个阶段（${stageName}）的名称：结束记录的名称不能同时是阶段。`,
    },
  };
}
