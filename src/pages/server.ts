/**
 * The pages' one door to the server: google.script.run as an object of typed, promise-returning
 * functions, as enuchi/React-Google-Apps-Script's client does. `Api` is the server's own
 * declaration (`stageServer`, `sqlExportServer` … `satisfies` an interface of src/wire), so a
 * renamed server function or a changed shape fails to compile on both sides.
 */

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

type ServerFunction = (...args: never[]) => unknown;

/** Each server function as the page calls it: same arguments, the result as a promise. */
export type ServerClient<Api> = {
  readonly [K in keyof Api]: Api[K] extends ServerFunction
    ? (...args: Parameters<Api[K]>) => Promise<Awaited<ReturnType<Api[K]>>>
    : never;
};

function call(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = google.script.run.withSuccessHandler(resolve).withFailureHandler((error) => {
      const message = (error as { message?: unknown } | null)?.message;
      reject(new Error(typeof message === "string" ? message : String(error)));
    });
    const fn = run[name];
    if (typeof fn !== "function") throw new Error(`google.script.run has no ${name}`);
    (fn as (...a: unknown[]) => void).apply(run, args);
  });
}

/** A typed client of the server functions in `Api`. */
export function serverClient<Api>(): ServerClient<Api> {
  return new Proxy({} as ServerClient<Api>, {
    // Not a thenable: a promise resolving to the client must not call a server "then".
    get: (_target, name) =>
      typeof name === "string" && name !== "then"
        ? (...args: unknown[]) => call(name, args)
        : undefined,
  });
}
