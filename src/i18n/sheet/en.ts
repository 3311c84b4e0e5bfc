/**
 * English text of the template sheets (SPEC §6): titles, labels, headers, notes and chart titles,
 * one group per template plus the words they share. A sheet follows its spreadsheet's locale.
 * Functions take what the text embeds (a funnel's name, parts of a formula).
 */
export function en() {
  return {
    common: {
      inputs: "Inputs",
      stage: "Stage",
      month: "Month",
      total: "Total",
      channel: "Channel",
      averageDealSize: "Average deal size",
      firstMonth: "First month",
      /** Beside example inputs that are still the example (a formula hides it once replaced). */
      exampleReplace: "Example — replace",
      conversionToNext: "Conversion to next",
      /** Typed in cells and matched by formulas (SUMIF, IF): keep them short and exact. */
      yes: "Yes",
      no: "No",
      /**
       * The line under a plan's title that names its funnel. English keeps the form renaming a
       * funnel rewrites ("Funnel: <name> · …", StageStore.renameFunnel) and the other plans use.
       */
      funnelLine: (funnel: string, rest: string) => `Funnel: ${funnel} · ${rest}`,
    },
    annual: {
      sheetName: "Annual plan",
      title: "Annual reverse funnel",
      subtitle: "change the shaded inputs; everything else is calculated.",
      revenueTarget: "Revenue target (year)",
      requiredVolume: "Required volume per stage",
      neededPerYear: "Needed per year",
      perQuarter: "Per quarter",
      perMonth: "Per month",
      cumulativeConversion: "Cumulative conversion to customer",
      roundingNote:
        "Whole records at every stage, as REQUIRED_LEADS gives them by default (“end”): each stage's exact need, rounded up.",
      spreadNote:
        "Per quarter and per month are the yearly need spread evenly; the stage table's rates drive every figure.",
      chartTitle: "Required volume per stage (year)",
      budget: "Budget",
      costPerRecord: "Cost per record",
      costPerStage: "Cost per stage",
      totalBudget: "Total acquisition budget",
      impliedCac: "Implied CAC",
      scenarios: "Scenarios",
      low: "Low",
      plan: "Plan",
      high: "High",
      stageToImprove: "Which stage to improve",
      costNote:
        "Cost per record × needed per year. Type a cost for each stage (0 where a stage costs nothing extra).",
      scenarioNote: "Low and high scenarios as a share of the target: type your own.",
      bestStage: "Best stage to improve",
      lift: "Improvement in conversion (relative)",
      cacChange: "Change in cost per won deal",
      sensitivityNote:
        "How much cheaper each won deal gets if only this stage converts better by the improvement above (10 %: a 30 % rate becomes 33 %), with the budget's costs per record. The most negative figure is the stage to work on.",
    },
    monthly: {
      sheetName: "Monthly targets",
      title: "Monthly targets with sales-cycle lag",
      subtitle: "volume that must enter each stage each month so deals close on time.",
      daysPerMonth: "Days per month",
      revenuePerMonth: "Revenue target per month",
      revenueTarget: "Revenue target",
      volumeEntering: "Volume entering each stage",
      roundingNote:
        "Each cell is rounded up to whole records, so a row's total can exceed the exact need by a few.",
      /** A formula: `days` and `months` are formula expressions that yield text. */
      salesCycle: (days: string, months: string) =>
        `="Sales cycle: "&${days}&" days (about "&${months}&" months)."`,
      leadNote:
        "Steady pipeline: the plan repeats, so the volume for the first months' deals entered before the year at the same pace — no lump in the first month.",
      taperNote:
        "The last months carry the pipeline for next year's first deals, at the same pace. For a first year with no pipeline yet, FUNNEL_TARGETS' \"ramp\" option starts from zero.",
      quarterTotals: "Quarter totals",
      quarter: (n: number) => `Q${n}`,
      /** Under the FUNNEL_TARGETS output: what "cumulative" rounding does. */
      cumulativeNote:
        "Whole records: each stage's running total is rounded up, so no month falls behind and the year adds up to the annual need.",
    },
    channels: {
      sheetName: "Channel CAC and LTV",
      title: "Channel CAC and LTV",
      subtitle:
        "Spend and customers per channel for one period; ARPA and churn are monthly, payback is in months.",
      examples: {
        paidSearch: "Paid search",
        paidSocial: "Paid social",
        events: "Events",
        contentSeo: "Content & SEO",
        outbound: "Outbound (SDR)",
      },
      acquisitionCost: "Acquisition cost",
      paid: "Paid?",
      spend: "Spend",
      newCustomers: "New customers",
      cac: "CAC",
      cacNote: "Spend ÷ new customers. A channel with no new customers shows an empty cell.",
      customerValue: "Customer value",
      arpaMonthly: "ARPA (monthly)",
      grossMargin: "Gross margin",
      monthlyChurn: "Monthly churn",
      ltv: "LTV",
      ltvNote:
        "ARPA × gross margin ÷ monthly churn: the gross profit a customer brings over its lifetime.",
      unitEconomics: "Unit economics",
      ltvToCac: "LTV:CAC",
      paybackMonths: "Payback (months)",
      ratioNote: "3× or more is the usual mark of a healthy channel.",
      paybackNote:
        "CAC ÷ (ARPA × gross margin): months of gross profit to earn back the acquisition cost.",
      blendedVsPaid: "Blended vs paid CAC",
      blended: "Blended (all channels)",
      paidOnly: "Paid (ticked channels)",
      costPerLead: "Cost per lead",
      costPerOpportunity: "Cost per opportunity",
      costPerRecordTable: "Cost per lead and per opportunity",
      leads: "Leads",
      opportunities: "Opportunities",
      costPerLeadNote:
        "Spend ÷ leads and spend ÷ opportunities, per channel; empty where a channel has none.",
    },
    health: {
      sheetName: "Funnel health",
      title: "Funnel health",
      subtitle: "enter actual volumes for one period and see where records get stuck.",
      actualVsPlanned: "Actual vs planned conversion",
      actualVolume: "Actual volume",
      actualConversion: "Actual conversion",
      plannedConversion: "Planned conversion",
      gap: "Gap",
      relativeGap: "Relative gap",
      conversionNote: "Share of each stage's records that reached the next stage.",
      stickiest: "Stickiest stage",
      stickiestNote:
        "The stage whose shortfall against plan costs the most won deals: fix it first.",
      leadVelocity: "Lead velocity (recent months)",
      qualifiedLeads: "Qualified leads",
      growth: "Growth vs previous month",
      chartTitle: "Actual vs planned conversion",
      gapPoints: "Gap (points)",
      wonDealsLost: "Won deals lost",
      wonDealsLostNote:
        "Won deals this stage's shortfall costs: the records that should have moved on, times the planned conversion from there to won.",
      /** Shown as the stickiest stage when every stage meets its plan. */
      noneBelowPlan: "none below plan",
    },
    sla: {
      sheetName: "SLA tracker",
      title: "Marketing–sales SLA",
      subtitle:
        "Marketing commits MQLs each month; sales commits to follow up on each within the agreed time.",
      committedPerMonth: "MQLs committed per month",
      followUpTarget: "Follow-up target (hours)",
      commitment: "MQL commitment",
      committed: "Committed MQLs",
      delivered: "Delivered MQLs",
      deliveredShare: "Delivered",
      gap: "Gap",
      yearToDate: "Year to date",
      followUpTime: "Follow-up time",
      targetHours: "Target (hours)",
      actualHours: "Actual (hours)",
      met: "Met?",
      followUpNote: "Median hours from MQL hand-off to the first sales touch.",
      chartTitle: "Committed vs delivered MQLs",
      planSubtitle:
        "marketing commits one stage's volume from the monthly plan each month; sales follows up on each within the agreed time.",
      /** After the committed stage's name in a column head: "MQL — committed". */
      committedHead: "committed",
      deliveredHead: "delivered",
      committedStage: "Committed stage",
      stageMissing: "Type the name of a stage of this funnel in “Committed stage”.",
      committedNote:
        "The monthly plan's need at the committed stage: the target, deal size and first month above, this funnel's rates and days (the same figures as Monthly targets).",
    },
    planVsActual: {
      sheetName: "Plan vs actual",
      title: "Plan vs actual",
      subtitle: "paste or type actual volumes per stage and month; the plan comes from the funnel.",
      plan: "Plan",
      actual: "Actual",
      attainment: "Attainment",
      yearToDate: "Year to date",
      forecastYear: "Forecast (year)",
      gapToPlan: "Gap to plan",
      behindNote: "Shaded cells are behind plan.",
      chartTitle: "Won deals: plan vs actual",
      planTable: "Plan: volume entering each stage",
      actualTable: "Actual: volume entering each stage",
      attainmentTable: "Attainment (actual ÷ plan)",
      forecastTable: "Year to date, forecast and gap to plan",
      planToDate: "Plan to date",
      actualToDate: "Actual to date",
      planYear: "Plan (year)",
      wonDeals: "Won deals per month",
      actualNote:
        "Example figures in past months: paste or type your own, one row per stage and one column per month.",
      forecastNote:
        "Forecast = actual to date + the rest of the plan × attainment to date: the year at the pace the stage has kept against its own plan. Gap = forecast − plan.",
      planNote:
        "The monthly plan: the annual target ÷ 12, this funnel's rates and days, whole records (cumulative rounding).",
    },
    plans: {
      results: "Results",
      lowShare: "Low scenario (share of target)",
      highShare: "High scenario (share of target)",
      removedStages: "Removed stages (inputs kept)",
      removedStage: "Removed stage",
      removedNote:
        "When a stage is deleted from the funnel, what was typed for it is kept here, under the stage's name as it was: copy it back to a stage or clear it.",
      /** A removed input that sat beside no stage. */
      noStage: "(no stage)",
      missingDays:
        "Days in stage is empty for a stage before the won stage: fill it in the funnel's table (Stage editor) to see the monthly plan.",
    },
    cohorts: {
      sheetName: "Cohorts",
      title: "Cohorts and time in stage",
      subtitle: "paste a stage-date export: one row per record, one date column per stage.",
      export: "Stage-date export",
      cohortConversion: "Conversion by cohort month",
      cohort: "Cohort",
      records: "Records",
      daysInStage: "Days in stage (median)",
      useDaysNote:
        "Funnel Math ▸ Use measured days in the funnel (with this sheet open) writes the measured medians into the stage table's Days in stage.",
      exportNote:
        "Example rows: replace them with your CRM export, one date column per stage in the stage table's order (an empty cell: not reached).",
      measured: "Measured (median)",
      inTable: "In the stage table",
      cohortNote: "Share of each month's intake that reached each stage.",
    },
  };
}

export type SheetMessages = ReturnType<typeof en>;
