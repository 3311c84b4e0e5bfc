import { zhCN as menu } from "../menu/zhCN";
import type { UiMessages } from "./en";
import { languageFormats } from "../format";

/** Simplified Chinese UI messages. */
export function zhCN(): UiMessages {
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
        `表格“${name}”还没有命名区域。请打开 Funnel Math ▸ 阶段编辑器，保存一次漏斗后再创建计划。`,
      chooseFunnelTitle: "选择哪个漏斗？",
      createPlan: "创建计划",
      chooseFunnelFor: (plan) => `${plan}：选择哪个漏斗？`,
      newPlanFor: (plan) => `新建计划：${plan}`,
      badFigure: (field) => `计划数字无法使用（${field}）：请重新打开“新建计划”。`,
      tooManyStages: (name, count, room) =>
        `“${name}”到成交阶段共有 ${count} 个阶段；计划最多容纳 ${room} 个。`,
      cancel: "取消",
      notAPlan:
        "“刷新计划”会按漏斗重建计划工作表。请先打开一个计划工作表（由“新建计划”创建）再试。",
      refreshed: (funnel) => `已按漏斗“${funnel}”重建计划，您输入的数据均已保留。`,
      funnelMissing: (funnel) => `此计划使用的漏斗“${funnel}”已不在本表格中。`,
      exportSqlTitle: "漏斗 SQL",
      exportSqlHint: "将这段 SQL 复制到您的数据仓库：它会用 CRM 表算出同样的漏斗。",
      useMeasuredDays: "将这些天数写入漏斗",
      measuredDaysAsk: (funnel) =>
        `要在漏斗“${funnel}”中使用实测的阶段停留天数吗？修改前 → 修改后：`,
      measuredDaysSame: (funnel) => `漏斗“${funnel}”已是实测天数：无需更改。`,
      measuredDaysSaved: (funnel) => `已将实测的阶段停留天数保存到漏斗“${funnel}”。`,
      notCohortsSheet:
        "请打开同期群工作表（新建计划 ▸ 同期群与阶段停留时间），粘贴各阶段日期后重试。",
      noMeasuredDays: "尚无任何阶段有实测中位数：导出数据需要包含相邻两个阶段日期的记录。",
      measuredDayChange: (stage, before, after) => `${stage}：${before} → ${after} 天`,
      measuredDaysKept: (stages) => `未更改（无实测数据）：${stages}`,
      measuredDaysFailed: (reason) => `天数未保存：${reason}`,
      olderPlan:
        "此计划由较早版本的 Funnel Math 创建，“刷新计划”找不到它的区块：请新建计划（新建计划 ▸ …）并把您的输入复制过去。",
      rowsInsideBlocks: (rows) =>
        `计划的表格中插入（或删除）了第 ${rows} 行，无法判断每行属于哪个阶段。请删除插入的行（或撤销删除）——自己的行请放在表格上方、下方或表格之间——然后再次刷新计划。`,
      markersLost:
        "计划的隐藏行标记不见了（是否删除了隐藏列？），因此找不到它的区块。请撤销该更改，或新建计划。",
      columnsMoved:
        "计划内部插入或删除了列，刷新会把区块写到错误的位置。请撤销该操作（自己的列请加在计划右侧），然后再次刷新计划。",
      occupied: (cells) =>
        `刷新已停止：您的单元格 ${cells} 位于计划表格内结果展开的位置。请把它们移到表格之外，然后再次刷新计划。未做任何更改。`,
      removedTableFull: (plan) => `“${plan}”的“已删除阶段”表已满：请清除不再需要的条目后重试。`,
      refreshFailed: (reason) => `计划未刷新：表格中断了操作（${reason}）。一切保持原样，请重试。`,
      newPlanFailed: (reason) =>
        `计划未创建：表格中断了操作（${reason}）。未添加任何内容，请重试。`,
      exportMisaligned:
        "导出的列已与漏斗阶段不一致（此工作表刷新后漏斗有变化）。请在此工作表上运行 Funnel Math ▸ 刷新计划，检查测得的天数后重试。",
    },
    store: {
      noSuchFunnel: (key) => `本表格中已没有漏斗“${key}”。`,
      invalid: "部分阶段需要修正后才能保存。",
      busy: "其他人正在保存此表格，请稍后再试。",
      sheetGone: (key) => `漏斗所在的工作表已被删除：漏斗“${key}”已不存在。`,
      conflict: (sheet) =>
        `自您打开后，工作表中的“${sheet}”表格已被修改。请重新载入以查看新版本（未保存的修改将丢失）。`,
      nameRequired: "请为新漏斗命名，例如 EMEA。",
      renameRequired: "请为漏斗命名。",
      newStagesInvalid: "新漏斗的阶段需要修正：请选择一个预设后重试。",
      sheetExists: (name) => `已存在名为“${name}”的工作表，请换一个名称。`,
    },
    validation: {
      tooManyStages: (max) => `漏斗最多可有 ${max} 个阶段：请先合并或删除部分阶段再保存。`,
      tooFewStages: "漏斗至少需要两个阶段：记录进入的阶段和最终到达的阶段。",
      nameRequired: "请为此阶段命名。",
      duplicateName: (first, name) => `第 ${first} 个阶段已叫“${name}”——每个阶段的名称必须唯一。`,
      lastStageNoRate: "最后一个阶段是漏斗的终点：请将其转化率留空。",
      rateRequired: "请输入进入下一阶段的比例，例如 30%。",
      rateOutOfRange: (fraction) =>
        `${languageFormats("zh-CN").percent(fraction)} 不合理：转化率须大于 0% 且不超过 100%。`,
      lastStageNoDays: "最后一个阶段没有停留天数：请留空。",
      wonStageNoRate: "成交阶段是获客的终点：请将其转化率留空。",
      wonStageNoDays: "成交阶段没有停留天数：请留空。",
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
