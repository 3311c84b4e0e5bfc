/**
 * Thrown when an exact computation would take longer than a custom function may (Sheets stops
 * one after 30 seconds): the caller turns it into a message that says what to change.
 */
export class WorkLimitExceeded extends Error {}

/**
 * The largest count a walk over counts can step through one by one: past 2^53 a double no longer
 * holds every whole number, so `x - 1` is `x` again and a walk would never end.
 */
export const MAX_EXACT_COUNT = 9_007_199_254_740_991;
