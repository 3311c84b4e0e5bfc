import { CAC } from "./cac";
import { CAC_PAYBACK } from "./cacPayback";
import { FUNNEL_SQL } from "./funnelSql";
import { FUNNEL_TARGETS } from "./funnelTargets";
import { PLAN_FORECAST } from "./planForecast";
import { LEAD_VELOCITY } from "./leadVelocity";
import { COHORT_CONVERSION } from "./cohortConversion";
import { LTV } from "./ltv";
import { PIPELINE_VELOCITY } from "./pipelineVelocity";
import type { FunctionSpec } from "./registry";
import { REQUIRED_LEADS } from "./requiredLeads";
import { STAGE_CONVERSION } from "./stageConversion";
import { STAGE_DAYS } from "./stageDays";
import { STAGE_SENSITIVITY } from "./stageSensitivity";
import { HIRING_PLAN } from "./hiringPlan";
import { SALES_CAPACITY } from "./salesCapacity";
import { SDRS_NEEDED } from "./sdrsNeeded";
import { PIPELINE_COVERAGE } from "./pipelineCoverage";
import { STAGE_COVERAGE } from "./stageCoverage";
import { WEIGHTED_PIPELINE } from "./weightedPipeline";
import { DEALS_PROBABILITY } from "./dealsProbability";
import { BOOKINGS_PROBABILITY } from "./bookingsProbability";
import { BOOKINGS_PERCENTILES } from "./bookingsPercentiles";

/**
 * Every custom function, in the order the docs list them (SPEC §3). This one list drives the
 * bundle's globals, the generated autocomplete stubs, docs/functions.md and the property tests.
 * It holds the runtime declarations only; src/functions/reference.ts pairs each with its docs
 * for the build.
 */
export const CATALOG: readonly FunctionSpec<never[]>[] = [
  REQUIRED_LEADS,
  STAGE_CONVERSION,
  CAC,
  LTV,
  CAC_PAYBACK,
  PIPELINE_VELOCITY,
  LEAD_VELOCITY,
  FUNNEL_TARGETS,
  PLAN_FORECAST,
  STAGE_SENSITIVITY,
  STAGE_DAYS,
  COHORT_CONVERSION,
  FUNNEL_SQL,
  HIRING_PLAN,
  SALES_CAPACITY,
  SDRS_NEEDED,
  PIPELINE_COVERAGE,
  STAGE_COVERAGE,
  WEIGHTED_PIPELINE,
  DEALS_PROBABILITY,
  BOOKINGS_PROBABILITY,
  BOOKINGS_PERCENTILES,
].map((spec) => spec as unknown as FunctionSpec<never[]>);
