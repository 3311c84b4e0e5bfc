import type { StageTableMessages } from "./en";

export function zhCN(): StageTableMessages {
  return {
    header: {
      name: "阶段",
      owner: "负责人",
      conversionToNext: "下一阶段转化率",
      daysInStage: "阶段停留天数",
      entryCriteria: "进入标准",
      exitCriteria: "退出标准",
      wonStage: "赢单阶段",
      crmNames: "CRM 名称",
    },
    defaultFunnelName: "漏斗",
    stageIdsNote: "Funnel Math：下方的阶段 ID 让计划中填写的内容始终跟随对应阶段。请勿修改。",
    mapHeader: {
      crmName: "CRM 名称",
      funnelStage: "漏斗阶段",
    },
    mapNote:
      "每次在阶段编辑器中保存漏斗时，根据阶段表的“CRM 名称”列生成：请修改阶段表，而不是此列表。",
  };
}
