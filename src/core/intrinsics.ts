/**
 * Local aliases of built-ins for hot loops. Inside Apps Script (and a node:vm context) every
 * global look-up — `Math`, `Array` — is an order of magnitude slower than a variable of the
 * bundle's own scope, and a 100 000-row call does millions of them (SPEC §8).
 */
export const ceil = Math.ceil;
export const floor = Math.floor;
export const round = Math.round;
export const ArrayOf = Array;
export const toText = String;
export const NOT_A_NUMBER = NaN;
export const NEGATIVE_INFINITY = -Infinity;
