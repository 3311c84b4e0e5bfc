/**
 * Type checks of the fakes against @types/google-apps-script. `Pick<Range, "getValues">` fits
 * methods that return plain data; `Accepts<Range, "setValues">` fits chainable setters (their real
 * return type is the service class): the fake's method must accept every argument list the real
 * one accepts, so a wrong parameter type or count fails to compile.
 */
export type Accepts<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};
