import type { SqlExportMessages } from "./en";

/** Simplified Chinese SQL export dialog. */
export function zhCN(): SqlExportMessages {
  return {
    layoutLog: "记录日志（到达的最远阶段）",
    layoutEvents: "事件（记录 ID、阶段）",
    layoutMatrix: "阶段日期（每个阶段一列）",
    dialectBigQuery: "BigQuery（关联工作表）",
    query: "查询语句",
    copy: "复制",
    close: "关闭",
    stageColumn: "阶段列",
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
  };
}
