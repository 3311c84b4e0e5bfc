/**
 * The tables SPEC §6 names for each planning template: its call budget is one custom-function
 * call per table (SPEC §8). Taken from the spec's wording, never from what a template happens to
 * build (its own section headings), so a template cannot raise its own budget. Keyed by the
 * template's title in SPEC §6; templates the add-on does not build yet are listed too, so the
 * bench reports them as misses instead of leaving them out. Spec data, not a test fake: the bench
 * and the template tests both read it.
 */
export const SPEC_TABLES: Readonly<Record<string, readonly string[]>> = {
  "Annual reverse funnel": [
    "required volume per stage (with per quarter, per month and cumulative conversion)",
    "budget",
    "scenarios",
    "which stage to improve",
  ],
  "Monthly targets with sales-cycle lag": ["FUNNEL_TARGETS matrix", "quarter totals"],
  "Channel CAC and LTV": [
    "spend, new customers and CAC per channel",
    "LTV, LTV:CAC and payback months per channel",
    "blended vs paid CAC",
    "cost per lead and per opportunity per channel",
  ],
  "Funnel health": ["actual vs planned conversion", "lead velocity over recent months"],
  "Marketing–sales SLA": [
    "committed vs delivered MQLs per month (with year to date)",
    "follow-up time target vs actual",
  ],
  "Plan vs actual": [
    "plan beside actual volumes, attainment per stage and month",
    "year to date, run-rate forecast and gap to plan",
  ],
  "Cohorts and time in stage": ["COHORT_CONVERSION by month", "STAGE_DAYS"],
  // The team-and-odds templates are not in SPEC §6 yet. Keyed, like the others, by their menu
  // label; their tables as the plan for them words them ("reps, hires by month with ramp, SDRs,
  // bookings capacity vs target"; "coverage by stage group, weighted forecast by month,
  // probability of making the period"), with the opportunities SDRs are sized from counted as
  // the monthly plan's own table (as the Monthly targets matrix is), and the headline coverage
  // and the range of bookings as tables of their own.
  "Capacity plan (reps, hires, SDRs)": [
    "reps needed and hires by month, with ramp",
    "bookings capacity vs target (the hires you plan)",
    "opportunities the monthly plan needs",
    "SDRs",
  ],
  "Pipeline coverage and forecast": [
    "coverage of the quota left",
    "coverage by stage group",
    "weighted forecast by month",
    "probability of making the period",
    "range of bookings (P10, P50, P90)",
  ],
};
