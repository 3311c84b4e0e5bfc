/** What the bundle tests read of a runtime's state: how many language catalogues were built. */
import { catalogueBuilds } from "./i18n/catalogue";

export function diagnostics_(): { catalogueBuilds: number } {
  return { catalogueBuilds: catalogueBuilds() };
}
