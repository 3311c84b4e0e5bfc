/**
 * Everything zod validates, in the one module ./funnel loads with `require` on the first
 * validation (SPEC §8: zod's module code must not run when Code.js loads for a custom function).
 * Import from here with `import type` only.
 */
export { funnelSchemas, useRuleMessages, MAX_CRM_NAME_LENGTH } from "./funnelSchemas";
export type { RuleMessages } from "./funnelSchemas";
export { checkRequest } from "./requestSchemas";
export type { RequestCheck, RequestKind, RequestOf } from "./requestSchemas";
