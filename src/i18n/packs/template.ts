/**
 * A message with values, stored in a language pack as a template: `{0}`, `{1}` stand for the
 * function's arguments. One pass, so a value that itself contains "{1}" or "$&" is inserted as is.
 */
const PLACEHOLDER = /\{(\d+)\}/g;

export function substitute(template: string, args: readonly unknown[]): string {
  return template.replace(PLACEHOLDER, (whole, index: string) => {
    const i = Number(index);
    return i < args.length ? String(args[i]) : whole;
  });
}

/** The function a template stands for. */
export function templateFunction(template: string): (...args: unknown[]) => string {
  return (...args) => substitute(template, args);
}
