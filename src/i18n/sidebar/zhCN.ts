import type { SidebarMessages } from "./en";
import { languageFormats } from "../format";

/** Simplified Chinese sidebar. */
export function zhCN(): SidebarMessages {
  const n = (count: number) => languageFormats("zh-CN").number(count);
  return {
    listSeparator: "、",
    funnel: "漏斗",
    newFunnel: "新建漏斗",
    createFunnel: "创建漏斗",
    cancel: "取消",
    createHint: "新增一个工作表，包含阶段表及其命名区域。",
    defaultFunnelName: "漏斗",
    funnelName: "漏斗名称",
    startFrom: "起始预设",
    emptyTitle: "还没有漏斗",
    emptyText:
      "漏斗是一张阶段表（线索、MQL、SQL、客户……），包含负责人和转化率。REQUIRED_LEADS 等公式会读取它。",
    reload: "重新载入",
    preset: "预设",
    choosePreset: "选择预设…",
    apply: "应用",
    presetHint: "用示例转化率替换下方阶段。保存后才会修改工作表。",
    stages: "阶段",
    topFirst: " · 从漏斗顶部开始",
    addStage: "+ 添加阶段",
    save: "保存",
    saving: "正在保存…",
    loading: "正在载入…",
    unsaved: "有未保存的修改。",
    choosePresetFirst: "请先选择预设。",
    presetApplied: (preset) =>
      `已应用“${preset}”，尚未保存。其中的转化率仅为示例，请替换为您自己的数据。`,
    tableProblems: (count) =>
      count === 1
        ? "工作表中的阶段表有 1 个问题。请在下方修正后保存："
        : `工作表中的阶段表有 ${n(count)} 个问题。请在下方修正后保存：`,
    rowProblem: (row, message) => `第 ${row} 行：${message}`,
    couldNotLoad: (error) => `无法载入漏斗：${error}`,
    reloaded: "已从工作表重新载入。",
    notSavedFixFields: (count) =>
      count === 1 ? "未保存：请先修正标出的字段。" : `未保存：请先修正标出的 ${n(count)} 个字段。`,
    saved: (sheet, time) => `已于 ${time} 保存到工作表“${sheet}”。`,
    savedChangedSince: (sheet, time) =>
      `已于 ${time} 保存到工作表“${sheet}”。之后输入的内容已保留，但尚未保存。`,
    notSaved: "未保存。",
    couldNotSave: (error) => `无法保存：${error}`,
    created: (sheet) => `已创建工作表“${sheet}”。`,
    couldNotCreate: (error) => `无法创建漏斗：${error}`,
    rename: "重命名",
    renameTitle: "重命名漏斗",
    newName: "新名称",
    renamed: (from, to) => `已将“${from}”重命名为“${to}”。`,
    renameHint: "重命名其工作表。公式照常可用：命名区域保留原名。",
    couldNotRename: (error) => `无法重命名：${error}`,
    deleteFunnel: "删除漏斗",
    deleteConfirm: (funnel) => `删除漏斗“${funnel}”？其工作表和命名区域将被一并删除。`,
    deleteConfirmPlans: (funnel, count, plans) =>
      count === 1
        ? `删除漏斗“${funnel}”？其工作表和命名区域将被一并删除，计划工作表 ${plans} 将出现错误。`
        : `删除漏斗“${funnel}”？其工作表和命名区域将被一并删除，${n(count)} 个计划工作表将出现错误：${plans}。`,
    deleteConfirmButton: "删除",
    deleted: (funnel) => `已删除漏斗“${funnel}”。`,
    couldNotDelete: (error) => `无法删除漏斗：${error}`,
    unsavedPrompt: "此漏斗有未保存的修改。要放弃吗？",
    discard: "放弃修改",
    keepEditing: "继续编辑",
    endOfFunnel: "漏斗终点",
    toNext: (percent) => `${percent} 进入下一阶段`,
    unnamedStage: "未命名阶段",
    moveUp: (stage) => `将“${stage}”上移`,
    moveDown: (stage) => `将“${stage}”下移`,
    deleteStage: (stage) => `删除“${stage}”`,
    up: "↑ 上移",
    down: "↓ 下移",
    delete: "删除",
    needsFixing: "需要修正",
    needsFixingTitle: "此阶段需要修正",
    stageName: "阶段名称",
    stageNamePlaceholder: "例如 MQL",
    owner: "负责人",
    noOwner: "—",
    otherOwner: "其他…",
    otherOwnerLabel: "其他负责人",
    otherOwnerPlaceholder: "团队或个人",
    conversionToNext: "下一阶段转化率（%）",
    daysInStage: "阶段停留天数",
    entryCriteria: "进入标准",
    exitCriteria: "退出标准",
    wonStage: "赢单阶段",
    wonStageHint: "在此阶段赢单。之后的阶段属于售后：上线、采用、增购。",
    understoodAs: (percent) => `识别为 ${percent}`,
    nameTooLong: (max, length) =>
      `漏斗名称即其工作表名称，而工作表名称最多 ${max} 个字符：请缩短（当前 ${length} 个）。`,
    crmSection: "CRM 中的名称",
    crmNames: "CRM 名称",
    crmNamesHint: "每行一个，与 CRM 导出中的写法一致。",
    crmNamesPlaceholder: "已预约会议",
    endNames: "结束记录的名称",
    endNamesHint: "输单、不合格、流失：每行一个，与 CRM 中的写法一致。它们不计入任何阶段。",
    endNamesPlaceholder: "输单",
  };
}
