/**
 * The one door to the server: google.script.run as typed promises. Argument and result types come
 * from a shared API interface (StageServerApi for the sidebar, SqlExportApi for the SQL export
 * dialog), so a renamed server function or a changed shape fails to compile.
 */
import type { StageServerApi } from "../wire/stageApi";

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

declare const google: {
  script: { run: ScriptRun & Record<string, (...args: unknown[]) => void> };
};

type ServerFunction = (...args: never[]) => unknown;

/** A typed caller of the server functions listed in `Api`. */
export function serverOf<Api extends { [K in keyof Api]: ServerFunction }>() {
  return function call<K extends keyof Api & string>(
    name: K,
    ...args: Parameters<Api[K]>
  ): Promise<ReturnType<Api[K]>> {
    return new Promise((resolve, reject) => {
      const run = google.script.run
        .withSuccessHandler((value) => resolve(value as ReturnType<Api[K]>))
        .withFailureHandler((error) => {
          const message = (error as { message?: unknown } | null)?.message;
          reject(new Error(typeof message === "string" ? message : String(error)));
        }) as ScriptRun & Record<string, (...args: unknown[]) => void>;
      run[name](...args);
    });
  };
}

export const callServer = serverOf<StageServerApi>();
