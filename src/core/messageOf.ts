/**
 * The text of anything thrown: an error's message, also for errors from another realm (a vm
 * context, google.script.run's failure handler), where `instanceof Error` fails; otherwise the
 * thrown value as text. The one helper for this, on the server, in the pages and in the tools.
 */
export function messageOf(thrown: unknown): string {
  const message = (thrown as { message?: unknown } | null | undefined)?.message;
  if (typeof message === "string") return message;
  return String(message ?? thrown);
}
