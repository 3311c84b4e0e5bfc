import type { FunctionSpec } from "./registry";
import { REQUIRED_LEADS } from "./requiredLeads";

/**
 * Every custom function, in the order the docs list them. This one list drives the bundle's
 * globals, the generated autocomplete stubs, docs/functions.md and the property tests.
 */
export const CATALOG: readonly FunctionSpec<never[]>[] = [
  REQUIRED_LEADS as unknown as FunctionSpec<never[]>,
];
