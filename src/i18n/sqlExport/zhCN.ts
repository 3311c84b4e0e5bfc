import type { SqlExportMessages } from "./en";

/** Simplified Chinese SQL export dialog. */
export function zhCN(): SqlExportMessages {
  return {
    layoutLog: "记录日志（到达的最远阶段）",
    layoutHistory: "阶段历史（记录 ID、阶段）",
    layoutMatrix: "阶段日期（每个阶段一列）",
    dialectBigQuery: "BigQuery（关联工作表）",
    query: "查询语句",
    copy: "复制",
    close: "关闭",
    stageColumn: "阶段列",
    statusColumn: "状态列（可选）",
    openRecords: "未结记录",
    openInclude: "计为（尚）未转化",
    openExclude: "不计入其所在阶段的转化率",
    openNeedsStatus: "请填写状态列（进行中、赢单、输单），才能排除未结记录。",
    recordIdColumn: "记录 ID 列",
    dateColumn: (stage) => `${stage} 日期列`,
    fixStageTable: "请先修正漏斗的阶段表。",
    checkField: "请检查标出的字段。",
    copiedPaste: "已复制。请粘贴到 BigQuery 控制台或您的 SQL 编辑器中。",
    copied: "已复制。",
    pressCopy: "按 Ctrl+C（⌘C）复制选中的查询语句。",
    intro:
      "该查询在您的数据仓库中计算与 STAGE_CONVERSION 相同的数字：每个阶段一行，包括到达该阶段的记录数和到下一阶段的转化率。",
    funnel: "漏斗",
    layout: "数据格式",
    dialect: "SQL 方言",
    table: "数据表",
    columns: "列",
    noFunnel: "此电子表格还没有漏斗：请在阶段编辑器中创建一个。",
    loading: "正在加载…",
    couldNotLoad: (error) => `无法读取漏斗的阶段：${error}`,
    tableHelp: "请按 项目.数据集.表（BigQuery）或 架构.表 的格式填写，只用字母、数字、_ 和 -。",
    columnHelp: "请填写列名（字母、数字、_ 和 -），例如 deal_stage。",
    nameEmpty: "名称为空。",
    nameEmptyPart: (name) => `“${name}”中有空的部分（连续两个点，或以点开头或结尾）。`,
    nameTooManyParts: (name) => `“${name}”超过三个部分。`,
    nameCharacter: (name, character) => `“${name}”包含“${character}”，名称中不能有这个字符。`,
    nameSpaces: (name) => `“${name}”以空格开头或结尾，或有两个连续空格。`,
    nameTooLong: (name) => `“${name}”太长。`,
    namePostgresLength: (name) =>
      `“${name}”超过 PostgreSQL 名称的 63 字节上限（会被截断）：请使用表的真实名称。`,
    stageUnwritable: (item) =>
      `第 ${item} 个阶段包含 SQL 文本无法承载的字符：请在阶段编辑器中重新输入名称。`,
    stageRepeats: (item, name, earlier) =>
      `第 ${item} 个阶段“${name}”与第 ${earlier} 个阶段重复（不区分大小写和空格）：请在阶段编辑器中重命名其中一个。`,
  };
}
