/**
 * A problem with what the user typed. The runner turns it into
 * `FUNCTION_NAME: argument: message`, the text Sheets shows under #ERROR!.
 */
export class InputError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

/** Throws an {@link InputError}; a helper so call sites read as one line. */
export function fail(argument: string, message: string): never {
  throw new InputError(argument, message);
}
