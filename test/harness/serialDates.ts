/** Spreadsheet date serials: days since 1899-12-30, as Sheets and the formula engine count them. */
const MS_PER_DAY = 86_400_000;
/** The serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

export function dateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

export function serialFromDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}
