/**
 * The custom functions alone, as the bench's reference bundle for Code.js's cold evaluation
 * (SPEC §8: Code.js ≤ 3× this). Never pushed; src/main.ts is the add-on's entry.
 */
export { runCustomFunction as customFunction_ } from "./customFunctions";
