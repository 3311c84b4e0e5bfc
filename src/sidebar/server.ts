/**
 * The one door to the server: google.script.run as typed promises. Argument and result types come
 * from a shared API interface (StageServerApi for the sidebar, SqlExportApi for the SQL export
 * dialog), so a renamed server function or a changed shape fails to compile.
 */
import type { StageServerApi } from "../wire/stageApi";
import { messageOf } from "../core/messageOf";

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
        .withFailureHandler((error) => reject(new Error(messageOf(error))));
      // Every name of Api is a server function (Api is derived from the server's exports).
      const serverFunction = run[name];
      if (!serverFunction) throw new Error(`google.script.run has no server function ${name}`);
      serverFunction.apply(run, args); // as a method: the runner carries the handlers
    });
  };
}

export const callServer = serverOf<StageServerApi>();
