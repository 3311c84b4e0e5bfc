/** The built manifest, dist/appsscript.json, as the tests read it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../../fakes/html";

/** The fields of appsscript.json the tests check (Apps Script's manifest structure). */
export interface Manifest {
  timeZone?: string;
  runtimeVersion?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: unknown[] };
}

export function readManifest(file = join(DIST, "appsscript.json")): Manifest {
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}
