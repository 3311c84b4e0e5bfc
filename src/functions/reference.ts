import { CAC_DOCS } from "./cac";
import { CAC_PAYBACK_DOCS } from "./cacPayback";
import { CATALOG } from "./catalog";
import { COHORT_CONVERSION_DOCS } from "./cohortConversion";
import { FUNNEL_SQL_DOCS } from "./funnelSql";
import { FUNNEL_TARGETS_DOCS } from "./funnelTargets";
import { PLAN_FORECAST_DOCS } from "./planForecast";
import { LEAD_VELOCITY_DOCS } from "./leadVelocity";
import { LTV_DOCS } from "./ltv";
import { PIPELINE_VELOCITY_DOCS } from "./pipelineVelocity";
import type { FunctionDocs, FunctionSpec } from "./registry";
import { signature } from "./signature";
import { REQUIRED_LEADS_DOCS } from "./requiredLeads";
import { STAGE_CONVERSION_DOCS } from "./stageConversion";
import { STAGE_DAYS_DOCS } from "./stageDays";
import { STAGE_SENSITIVITY_DOCS } from "./stageSensitivity";
import { HIRING_PLAN_DOCS } from "./hiringPlan";
import { SALES_CAPACITY_DOCS } from "./salesCapacity";
import { SDRS_NEEDED_DOCS } from "./sdrsNeeded";
import { PIPELINE_COVERAGE_DOCS } from "./pipelineCoverage";
import { STAGE_COVERAGE_DOCS } from "./stageCoverage";
import { WEIGHTED_PIPELINE_DOCS } from "./weightedPipeline";
import { DEALS_PROBABILITY_DOCS } from "./dealsProbability";
import { BOOKINGS_PROBABILITY_DOCS } from "./bookingsProbability";
import { BOOKINGS_PERCENTILES_DOCS } from "./bookingsPercentiles";

/** A function as the reference shows it: its declaration and its documentation. */
export interface FunctionReference {
  spec: FunctionSpec<never[]>;
  docs: FunctionDocs;
  /** `NAME(arg, [optional_arg])`, as the add-on's function reference shows it. */
  signature: string;
}

const DOCS: Readonly<Record<string, FunctionDocs>> = {
  REQUIRED_LEADS: REQUIRED_LEADS_DOCS,
  STAGE_CONVERSION: STAGE_CONVERSION_DOCS,
  CAC: CAC_DOCS,
  LTV: LTV_DOCS,
  CAC_PAYBACK: CAC_PAYBACK_DOCS,
  PIPELINE_VELOCITY: PIPELINE_VELOCITY_DOCS,
  LEAD_VELOCITY: LEAD_VELOCITY_DOCS,
  FUNNEL_TARGETS: FUNNEL_TARGETS_DOCS,
  PLAN_FORECAST: PLAN_FORECAST_DOCS,
  STAGE_SENSITIVITY: STAGE_SENSITIVITY_DOCS,
  STAGE_DAYS: STAGE_DAYS_DOCS,
  COHORT_CONVERSION: COHORT_CONVERSION_DOCS,
  FUNNEL_SQL: FUNNEL_SQL_DOCS,
  HIRING_PLAN: HIRING_PLAN_DOCS,
  SALES_CAPACITY: SALES_CAPACITY_DOCS,
  SDRS_NEEDED: SDRS_NEEDED_DOCS,
  PIPELINE_COVERAGE: PIPELINE_COVERAGE_DOCS,
  STAGE_COVERAGE: STAGE_COVERAGE_DOCS,
  WEIGHTED_PIPELINE: WEIGHTED_PIPELINE_DOCS,
  DEALS_PROBABILITY: DEALS_PROBABILITY_DOCS,
  BOOKINGS_PROBABILITY: BOOKINGS_PROBABILITY_DOCS,
  BOOKINGS_PERCENTILES: BOOKINGS_PERCENTILES_DOCS,
};

/**
 * The build-time view of the catalog, in its order: what build/stubs.mjs (autocomplete JSDoc)
 * and build/docsRender.mjs (docs/functions.md) read. Never imported by src/main.ts, so none of
 * the reference text reaches the pushed bundle.
 */
export const REFERENCE: readonly FunctionReference[] = CATALOG.map((spec) => {
  const docs = DOCS[spec.name];
  if (docs === undefined) throw new Error(`${spec.name} has no reference docs`);
  return { spec, docs, signature: signature(spec) };
});
