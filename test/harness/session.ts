import { FakeSession } from "../../fakes/session";

/** A Session whose user locale is `locale` (or which refuses the call: `"throws"`). */
export function fakeSession(locale: string): FakeSession {
  return new FakeSession(locale);
}
