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
      newPlanFor: (plan) => `新建计划：${plan}`,
      badFigure: (field) => `计划数字无法使用（${field}）：请重新打开“新建计划”。`,
      tooManyStages: (name, count, room) =>
        `“${name}”到赢单阶段共有 ${n(count)} 个阶段；计划最多容纳 ${n(room)} 个。`,
      cancel: "取消",
      notAPlan:
        "“刷新计划”会按漏斗重建计划工作表。请先打开一个计划工作表（由“新建计划”创建）再试。",
      refreshed: (funnel) => `已按漏斗“${funnel}”重建计划，您输入的数据均已保留。`,
      viewFunnelGone: (gone, used) =>
        `当前工作表由漏斗“${gone}”创建，该漏斗已不在本电子表格中：改用“${used}”。`,
      viewFunnelGoneChoose: (gone) =>
        `当前工作表由漏斗“${gone}”创建，该漏斗已不在本电子表格中：请选择其他漏斗。`,
      funnelMissing: (funnel) => `此计划使用的漏斗“${funnel}”已不在本电子表格中。`,
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
      measuredDayChange: (stage, before, after) => `${stage}：${days(before)} → ${days(after)} 天`,
      measuredDaysKept: (stages) => `未更改（无实测数据）：${stages}`,
      measuredDaysFailed: (reason) => `天数未保存：${reason}`,
      olderPlan:
        "此计划由较早版本的 Funnel Math 创建，Funnel Math 找不到它的区块：请新建计划（新建计划 ▸ …）并把您的输入复制过去。",
      rowsInsideBlocks: (rows) =>
        `计划区域中插入（或删除）了第 ${rows} 行，无法判断每行属于哪个阶段。请删除插入的行（或撤销删除）——自己的行请放在各区域的上方、下方或区域之间——然后再次刷新计划。`,
      markersLost:
        "计划的隐藏行标记不见了（是否删除了隐藏列？），因此找不到它的区块。请撤销该更改，或新建计划。",
      columnsMoved:
        "计划内部插入或删除了列，刷新会把区块写到错误的位置。请撤销该操作（自己的列请加在计划右侧），然后再次刷新计划。",
      occupied: (cells) =>
        `刷新已停止：您的单元格 ${cells} 位于计划区域内结果展开的位置。请把它们移到计划区域之外，然后再次刷新计划。未做任何更改。`,
      tooManyRemoved: (plan, room) =>
        `此次保存删除的含数据阶段多于“${plan}”的“已删除阶段”表所能保留的数量（容量：${room}）。请先清除“${plan}”中不再需要的数据，或分几次保存删除这些阶段，然后重试。`,
      removedTableFull: (plan) => `“${plan}”的“已删除阶段”表已满：请清除不再需要的条目后重试。`,
      refreshFailed: "计划未刷新：电子表格中断了操作。",
      newPlanFailed: "计划未创建：电子表格中断了操作。",
      exportMisaligned:
        "导出的列已与漏斗阶段不一致（此工作表刷新后漏斗有变化）。请在此工作表上运行 Funnel Math ▸ 刷新计划，检查测得的天数后重试。",
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
      nameNotText: "漏斗名称必须是文本，例如 EMEA。",
      nameTooLong: (max, length) =>
        `漏斗名称同时也是其工作表的名称，而工作表名称最多 ${max} 个字符：请缩短（当前 ${length} 个）。`,
      badRequest: (detail) =>
        `阶段编辑器发送了插件无法读取的内容（${detail}）。请重新打开阶段编辑器后再试。`,
      requestProblem: {
        missing: "缺失",
        wrongType: "类型不对",
        empty: "为空",
      },
      fingerprintMissing:
        "此次保存没有说明它基于阶段表的哪个版本，期间在工作表中所做的修改可能会丢失：请重新载入漏斗后再保存。",
      lastSheet: "电子表格至少需要一个工作表：请先添加另一个工作表，再删除这个。",
      sheetTooNarrow: (sheet, columns, needed) =>
        `工作表“${sheet}”只有 ${columns} 列，而阶段表需要 ${needed} 列：请在工作表中添加列后再保存。`,
      columnInTheWay: (header, cell) =>
        `阶段表需要“${header}”列，但阶段表旁的单元格 ${cell} 中有内容：请移走后再保存。`,
      mapInTheWay: (cell) =>
        `阶段表旁的 CRM 阶段映射需要使用单元格 ${cell}，但其中有内容：请移走后再保存。`,
      cellTooLong: (row, column, length, max) =>
        `第 ${row} 行，${column}：${length} 个字符，而一个单元格最多容纳 ${max} 个。请缩短后再保存。`,
      headerMissing: (sheet, row) =>
        `“${sheet}”阶段表的标题行（阶段、负责人……）应位于第 ${row} 行，紧贴第一个阶段上方，但现在不在那里：请恢复后重新载入。`,
      headerApart: (sheet, headerRow, firstRow) =>
        `工作表“${sheet}”中，阶段表的标题行（第 ${headerRow} 行）与第一个阶段（第 ${firstRow} 行）之间插入了行：请删除这些行，让标题行紧贴阶段上方，然后重新载入。`,
      saveFailed: (step) => `无法保存阶段：在${step}时出错。`,
      createFailed: (name, step) => `无法创建漏斗“${name}”：在${step}时出错。`,
      renameFailed: (name, step) => `无法重命名漏斗“${name}”：在${step}时出错。`,
      deleteFailed: (name, step) => `无法删除漏斗“${name}”：在${step}时出错。`,
      restored: "一切都恢复原样，没有丢失任何内容。请重试。",
      notRestored: "部分内容未能恢复：请检查工作表，然后重新载入。",
      steps: {
        reading: "读取阶段表",
        makingRoom: "在阶段表下方腾出空间",
        writingStages: "写入阶段",
        formattingRates: "设置转化率格式",
        clearingOldRows: "清除阶段表下方的旧行",
        markingWonStage: "将赢单阶段显示为复选框",
        namingRanges: "将漏斗的命名范围指向阶段表",
        keepingStageIds: "保存阶段 ID",
        writingMap: "写入 CRM 阶段映射",
        updatingPlans: "让计划中的输入跟随其阶段",
        addingSheet: "添加漏斗工作表",
        renamingSheet: "重命名漏斗工作表",
        renamingPlans: "在计划中更新漏斗名称",
        removingRanges: "删除漏斗的命名范围",
        deletingSheet: "删除漏斗工作表",
      },
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
      wonStageNoRate: "赢单阶段是获客的终点：请将其转化率留空。",
      wonStageNoDays: "赢单阶段没有停留天数：请留空。",
      negativeDays: "阶段停留天数不能为负数。",
      notAPercentCell: (shown) => `“${shown}”不是百分比：请输入转化率，例如 30%。`,
      notDays: (shown) => `“${shown}”不是天数：请输入例如 14。`,
      notAPercentTyped: (typed) => `“${typed}”不是百分比：请输入例如 30。`,
      ambiguousNumber: (shown, grouped, decimal) =>
        `“${shown}”可以理解为 ${grouped}（逗号为千位分隔符）或 ${decimal}（逗号为小数点）：请输入 ${grouped} 或 ${decimal}。`,
      oneWonStage: (row) => `只能有一个赢单阶段，而第 ${row} 行已勾选：请取消其中一个。`,
      endNamesPlace: (row) =>
        `第 ${row} 行有 CRM 中的名称但没有阶段：表示记录终止的名称（输单、不合格）应写在最后一个阶段下方的一行中。`,
      crmNameSeparator: (name) =>
        `“${name}”：CRM 中的名称不能包含“;”或换行，它们在阶段表中用于分隔名称。`,
      crmNameTooLong: (max) => `CRM 中的名称最多 ${max} 个字符。`,
      crmNameTaken: (name, stage, stageName) =>
        `“${name}”已属于第 ${stage} 个阶段（${stageName}）：一个 CRM 名称只能对应一个阶段。`,
      endNameTaken: (name, stage, stageName) =>
        `“${name}”是第 ${stage} 个阶段（${stageName}）的名称：结束记录的名称不能同时是阶段。`,
    },
  };
}
