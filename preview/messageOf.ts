/** Errors thrown inside the vm realm are not `instanceof Error`; read their message anyway. */
export function messageOf(e: unknown): string {
  if (typeof e === "object" && e !== null && "message" in e) return String(e.message);
  return String(e);
}
