/**
 * A regular expression built on first use. Apps Script compiles and runs all of Code.js on every
 * custom-function call (SPEC §8), and a literal with Unicode property classes (\p{L}…) costs about
 * a millisecond to parse there even when nothing uses it; `new RegExp` inside a function costs
 * nothing until called.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
