import type { FunctionSpec } from "./registry";

/** `REQUIRED_LEADS(revenue_target, avg_deal_size, conversion_rates, [rounding])` */
export function signature(spec: FunctionSpec): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${params.join(", ")})`;
}
