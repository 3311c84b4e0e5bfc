/**
 * A message catalogue built on demand: each language's messages are a function returning an
 * object, called the first time that language is asked for and kept. Nothing is built when
 * Code.js loads (SPEC §8): Apps Script evaluates the whole file on every custom-function call, and
 * a sheet in Swedish needs no Russian text.
 */
import type { Language } from "./languages";

let builds = 0;

/** How many language catalogues have been built in this runtime (the bundle test reads it). */
export function catalogueBuilds(): number {
  return builds;
}

export type Builders<T> = Readonly<Record<Language, () => T>>;

/** `messagesOf(lang)` builds that language's messages once, then returns the same object. */
export function lazyCatalogue<T>(builders: Builders<T>): (language: Language) => T {
  const built = new Map<Language, T>();
  return (language) => {
    let messages = built.get(language);
    if (messages === undefined) {
      builds++;
      messages = builders[language]();
      built.set(language, messages);
    }
    return messages;
  };
}
