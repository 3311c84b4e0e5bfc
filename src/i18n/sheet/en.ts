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
      confidence: "Confidence level",
      /** A formula: `level` is a formula expression that yields the level in percent (90). */
      neededForConfidence: (level: string) => `="Needed for a "&${level}&"% chance"`,
      confidenceNote:
        "Records needed so that the chance of reaching the won deals needed is at least the confidence level: records convert independently at the table's rates, so a plan built on averages makes it only about half the time.",
      roundingNote:
        "Whole records at every stage, as REQUIRED_LEADS gives them by default (“stage”): won deals rounded up, then each stage above rounded up from the whole number below it.",
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
        "How much cheaper each won deal gets if only this stage converts better by the improvement above (10%: a 30% rate becomes 33%), with the budget's costs per record. The most negative figure is the stage to work on.",
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
      /**
       * A formula: `days` and `months` are formula expressions that yield text (TEXT(…, "0.0")).
       * Sheets renders a format's "." as the spreadsheet locale's decimal separator ("the actual
       * rendering of the format depends on the spreadsheet's locale", developers.google.com/sheets/
       * api/guides/formats): "about 4.2 months" reads "ungefär 4,2 månader" in sv_SE.
       */
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
    capacity: {
      sheetName: "Capacity plan",
      title: "Capacity plan",
      subtitle:
        "the reps and SDRs the monthly plan needs, when to hire them given the ramp, and the bookings the team can deliver.",
      team: "Team",
      quotaPerRep: "Quota per ramped rep (month)",
      attainment: "Average attainment",
      attrition: "Attrition (share leaving per month)",
      currentReps: "Reps today (ramped)",
      opportunitiesPerSdr: "Opportunities per SDR (month)",
      sdrStage: "Stage SDRs hand over",
      exampleNote:
        "Example figures: replace them with your team's. Quota and attrition are per month, like the plan.",
      sdrStageNote:
        "The funnel stage whose records SDRs create (here: the stage before the won stage). Type another stage's name to count that one.",
      ramp: "Ramp",
      monthOfTenure: "Month of tenure",
      shareOfQuota: "Share of quota",
      rampNote:
        "Share of a full quota a new rep books in each month after joining (example values); 100% after the last month filled in.",
      month: (n: number) => `M${n}`,
      recommended: "Hiring plan the target needs",
      yourPlan: "Your hiring plan",
      repsNeeded: "Ramped reps needed",
      hires: "Hires",
      headcount: "Headcount",
      rampedReps: "Ramped reps",
      bookingsCapacity: "Bookings capacity",
      gapToTarget: "Capacity − target",
      hiresNote:
        "Each month's shortfall is hired as many months ahead as the ramp is long, so new reps are ramped when their month comes; a shortfall before that is hired in the first month and shows in the gap.",
      yourHiresNote:
        "Type the hires you plan per month (example: one in the third month, later than the plan above hires) to see the bookings that team can deliver.",
      sdrs: "SDRs",
      /** A formula: `stage` is a formula expression that yields the stage's name. */
      opportunitiesNeeded: (stage: string) => `=${stage}&" needed"`,
      sdrsNeeded: "SDRs needed",
      sdrNote:
        "From the monthly plan (the same FUNNEL_TARGETS figures as Monthly targets), ÷ opportunities per SDR, rounded up to whole SDRs.",
      unknownStage:
        "The stage SDRs hand over is not in the funnel: type a stage name from the funnel's table.",
      hiresInYear: "Hires in the year",
      headcountAtEnd: "Headcount at year end",
      capacityYear: "Bookings capacity (year)",
      capacityShare: "Capacity ÷ target",
      peakSdrs: "SDRs at peak",
    },
    pipeline: {
      sheetName: "Pipeline coverage",
      title: "Pipeline coverage and forecast",
      subtitle: "paste your open deals; coverage and odds come from this funnel's own win rates.",
      quota: "Quota (period)",
      closedWon: "Closed won so far",
      firstMonth: "First month of the period",
      periodMonths: "Months in the period",
      exampleNote:
        "Example figures: the example plan's quarter (100,000 a year ÷ 4) with one deal already won. Type your own.",
      openPipeline: "Open pipeline closing in the period",
      leftToClose: "Left to close (quota − closed won)",
      coverage: "Coverage of what is left",
      coverageOfQuota: "Coverage of the whole quota",
      coverageNeeded: "Coverage your win rates need",
      coverageNote:
        "Open pipeline ÷ what is still to close. Compare it with the coverage your win rates need: pipeline ÷ its expected bookings (a 25% win rate needs 4×, not 3×).",
      odds: "Odds of making the period",
      chance: "Chance of reaching the quota",
      chanceNote:
        "Exact distribution of bookings: each deal closing in the period is won with its stage's win rate, independently of the others; closed won counts toward the quota.",
      range: "Range of bookings (with closed won)",
      percentile: "Percentile",
      bookings: "Bookings",
      percentileNote:
        "P10 is a total the team beats 9 times in 10, P50 the median, P90 a total it reaches 1 time in 10. Type other levels if you like.",
      weighted: "Weighted pipeline by close month",
      pipelineRow: "Open pipeline",
      weightedRow: "Weighted (amount × win rate)",
      byStage: "Coverage by stage (this stage or later)",
      winRate: "Win rate from this stage",
      atOrLater: "Pipeline at this stage or later",
      coverageHeader: "Coverage",
      neededHeader: "Coverage needed",
      expected: "Expected bookings",
      byStageNote:
        "Deals closing in the period at this stage or a later one. Coverage needed is 1 ÷ the win rate from the stage: the later the stage, the less pipeline it takes.",
      deals: "Open deals",
      deal: "Deal",
      amount: "Amount",
      closeDate: "Close date",
      dealWinRate: "Win rate (its stage)",
      dealsNote:
        "Example deals: paste your CRM's open deals here — stage names as in the funnel's table, amount, expected close date.",
      examples: [
        "Acme Corp",
        "Globex",
        "Initech",
        "Umbrella",
        "Stark Industries",
        "Wayne Enterprises",
        "Hooli",
        "Vandelay Imports",
        "Soylent",
        "Cyberdyne",
        "Tyrell",
        "Wonka",
      ],
      /** A formula: `count` is a formula expression that yields the number of deals left out. */
      leftOut: (count: string) =>
        `=IF(${count}=0, "", ${count}&" deals are at a stage that is not an open stage of this funnel: they are left out. Use the stage names of the funnel's table.")`,
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
        "Example rows: replace them with your dates, one date column per stage in the stage table's order (an empty cell: not reached) — or paste a whole CRM export, as it came, into the area right of the cohort table: it is then read instead.",
      measured: "Measured (median)",
      inTable: "In the stage table",
      cohortNote: "Share of each month's intake that reached each stage.",
      paste: "Your CRM export: paste it here, header row first",
      pasteTooLong: (records: number) =>
        `Only the first ${records} records of the paste area are read, and this export is longer: the records below them are left out of the tables. Export a shorter period (filter by create date), or delete the rows you don't need.`,
      pasteTooWide: (columns: number) =>
        `Only the first ${columns} columns of the paste area are read, and this export is wider: keep the stage date columns among them (delete the columns you don't need, or export fewer).`,
      pasteNote:
        "Paste your CRM export here as it came, header row first (a HubSpot deals export with its Date entered columns works as is). Each column title is matched to a stage through the stage table's names and CRM names; columns whose titles name no stage (Record ID, Deal Name) are left out — add a stage name it does not know to the CRM names. While this area is empty, the stage columns on the left are read.",
    },
  };
}

export type SheetMessages = ReturnType<typeof en>;
