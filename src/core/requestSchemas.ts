/**
 * The shapes of what server entries receive (SPEC §9: every server entry validates its arguments
 * before it touches the workbook): google.script.run hands over whatever a page sent, so a name
 * that is an object or a column that is null is refused here with the field it came in, never
 * turned into "[object Object]" or "null". The funnel itself is checked by the funnel schema
 * (./funnelSchemas), which reports each rule next to its field. Reached only through the lazy
 * `require` in ./funnel (zod's module code runs on the first validation, not when Code.js loads).
 */
import * as z from "zod/mini";

function buildRequestSchemas() {
  const text = z.string();
  const nonEmpty = z.string().check(z.minLength(1));
  return {
    /** A funnel key (loadFunnel, funnelUsage, deleteFunnel, the SQL dialog's stage list). */
    key: nonEmpty,
    /** saveFunnel: the funnel is checked by the funnel schema afterwards. */
    save: z.object({ funnel: z.unknown(), fingerprint: nonEmpty }),
    /** createFunnel: the stages are checked by the funnel schema afterwards. */
    create: z.object({
      name: text,
      stages: z.unknown(),
      wonStageIndex: z.optional(z.nullable(z.number())),
      endNames: z.optional(z.unknown()),
    }),
    rename: z.object({ key: nonEmpty, name: text }),
    /** exportFunnelSql: layout and dialect are matched against their lists by the server. */
    sqlExport: z.object({
      funnelKey: nonEmpty,
      layout: text,
      dialect: text,
      table: text,
      columns: z.array(text),
    }),
    /** newPlanForFunnel(templateCommand, funnelKey), from the choose-funnel dialog. */
    planForFunnel: z.tuple([nonEmpty, nonEmpty]),
  };
}

type RequestSchemas = ReturnType<typeof buildRequestSchemas>;
export type RequestKind = keyof RequestSchemas;
export type RequestOf<K extends RequestKind> = z.infer<RequestSchemas[K]>;

/** A request that passed its shape check, or where it did not: the field and what was wrong. */
export type RequestCheck<T> =
  { ok: true; value: T } | { ok: false; field: string; problem: "missing" | "wrongType" | "empty" };

let schemas: RequestSchemas | undefined;

/** Checks `input` against the request shape `kind`. */
export function checkRequest<K extends RequestKind>(
  kind: K,
  input: unknown,
): RequestCheck<RequestOf<K>> {
  schemas ??= buildRequestSchemas();
  const result = schemas[kind].safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as RequestOf<K> };
  const issue = result.error.issues[0];
  const field = issue?.path.map((p) => String(p)).join(".") || "request";
  const given = issue !== undefined && "input" in issue ? issue.input : undefined;
  const problem =
    given === undefined ? "missing" : issue?.code === "too_small" ? "empty" : "wrongType";
  return { ok: false, field, problem };
}
