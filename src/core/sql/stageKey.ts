/**
 * Stage-name matching in SQL, exactly as in JavaScript (src/core/stageName.ts). Engines' LOWER
 * differ from JavaScript and from each other (final sigma, dotted İ, locale-dependent PostgreSQL),
 * so the query folds case itself: one REPLACE per multi-character folding (İ → i̇) and one
 * TRANSLATE of every character whose folding occurs in a stage name. A value holding any other
 * character cannot fold to a stage name (folding is idempotent), so it mismatches in both.
 */
import { codePointsFoldingTo } from "../stageName";
import { type Dialect, stringLiteral } from "./dialect";

export interface FoldSteps {
  /** [from, to] pairs applied with REPLACE, in order, before the TRANSLATE. */
  replacements: [string, string][];
  /** TRANSLATE's two character lists (same length in code points); empty when none is needed. */
  from: string;
  to: string;
}

/** The folding steps that matter for these folded stage names. */
export function foldSteps(foldedNames: readonly string[]): FoldSteps {
  const present = new Set<string>();
  for (const name of foldedNames) for (const ch of name) present.add(ch);
  const replacements: [string, string][] = [];
  let from = "";
  let to = "";
  for (const [folded, sources] of codePointsFoldingTo()) {
    const single = Array.from(folded).length === 1;
    for (const cp of sources) {
      if (single) {
        if (present.has(folded)) {
          from += String.fromCodePoint(cp);
          to += folded;
        }
      } else if (foldedNames.some((n) => n.includes(folded))) {
        replacements.push([String.fromCodePoint(cp), folded]);
      }
    }
  }
  return { replacements, from, to };
}

/** `text` (an SQL text expression) folded the way the stage names were. */
export function foldExpression(text: string, steps: FoldSteps, dialect: Dialect): string {
  let expr = text;
  for (const [from, to] of steps.replacements) {
    expr = `REPLACE(${expr}, ${stringLiteral(from, dialect)}, ${stringLiteral(to, dialect)})`;
  }
  if (steps.from !== "") {
    expr = `TRANSLATE(${expr}, ${stringLiteral(steps.from, dialect)}, ${stringLiteral(steps.to, dialect)})`;
  }
  return expr;
}
