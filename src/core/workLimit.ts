/**
 * Thrown when an exact computation would take longer than a custom function may (Sheets stops
 * one after 30 seconds): the caller turns it into a message that says what to change.
 */
export class WorkLimitExceeded extends Error {}
