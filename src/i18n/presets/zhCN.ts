import type { InboundPresetMessages, PresetMessages } from "./en";

/** Simplified Chinese presets. */
export function inbound(): InboundPresetMessages {
  return {
    owners: {
      marketing: "市场部",
      sdr: "SDR",
      sales: "销售",
      customerSuccess: "客户成功",
    },
    inbound: {
      name: "Inbound（五个阶段）",
      description: "访问 → 线索 → MQL → SQL → 客户。示例转化率。",
      stages: { visit: "访问", lead: "线索", mql: "MQL", sql: "SQL", customer: "客户" },
    },
  };
}

export function zhCN(): PresetMessages {
  return {
    ...inbound(),
    lifecycle: {
      name: "生命周期",
      description: "从目标联系人到客户，含负责人及进入/退出标准。示例转化率。",
      stages: {
        prospect: {
          name: "目标联系人",
          entry: "目标客户公司中的已知联系人",
          exit: "已同意接收我们的信息",
        },
        subscriber: {
          name: "订阅者",
          entry: "已同意接收我们的信息",
          exit: "符合理想客户画像（ICP），并匹配买家角色",
        },
        lead: {
          name: "线索",
          entry: "符合理想客户画像（ICP），并匹配买家角色",
          exit: "线索评分超过阈值，并主动要求沟通",
        },
        mql: {
          name: "MQL",
          entry: "线索评分超过阈值，并主动要求沟通",
          exit: "SDR 确认意向，并约好与客户经理（AE）会面",
        },
        sql: {
          name: "SQL",
          entry: "已约好与客户经理（AE）会面",
          exit: "AE 已确认资格，并填写金额和预计成交日期",
        },
        opportunity: {
          name: "商机",
          entry: "经 AE 确认资格，已有金额和预计成交日期",
          exit: "已签订单",
        },
        customer: { name: "客户", entry: "已签订单", exit: "" },
      },
    },
    waterfall: {
      name: "需求瀑布（Demand Waterfall）",
      description: "咨询 → MQL → SAL → SQL → 赢单。示例转化率。",
      stages: { inquiry: "咨询", mql: "MQL", sal: "SAL", sql: "SQL", won: "赢单" },
    },
    bowtie: {
      name: "领结模型（Bowtie）",
      description: "获客加留存：从认知到增购。示例转化率。",
      stages: {
        awareness: "认知",
        education: "教育",
        selection: "选择",
        commit: "签约",
        onboard: "上线",
        impact: "价值实现",
        expansion: "增购",
      },
    },
  };
}
