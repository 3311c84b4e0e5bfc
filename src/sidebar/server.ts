/**
 * The one door to the server: google.script.run as typed promises. Argument and result types come
 * from the shared StageServerApi, so a renamed server function or a changed shape fails to compile.
 */
import type { StageServerApi } from "../addon/stageApi";

type ServerName = keyof StageServerApi;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

declare const google: {
  script: { run: ScriptRun & Record<ServerName, (...args: unknown[]) => void> };
};

export function callServer<K extends ServerName>(
  name: K,
  ...args: Parameters<StageServerApi[K]>
): Promise<ReturnType<StageServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<StageServerApi[K]>))
      .withFailureHandler((error) => {
        const message = (error as { message?: unknown } | null)?.message;
        reject(new Error(typeof message === "string" ? message : String(error)));
      }) as ScriptRun & Record<ServerName, (...args: unknown[]) => void>;
    run[name](...args);
  });
}
