/** Limits Google Sheets sets, checked before anything is written (SPEC §9). */

/** Sheets refuses longer sheet names; a funnel's name is its sheet's name. */
export const MAX_SHEET_NAME_LENGTH = 100;
