/**
 * The part of Apps Script a page served by HtmlService sees: the client API `google.script`
 * (Google's "Class google.script.run" and "Class google.script.host" references). Declared here,
 * small, instead of @types/google-apps-script, whose server services a page cannot call.
 */
declare namespace google.script {
  /** A call in flight: each server function of the script is a method; handlers chain. */
  interface RunnerBase {
    withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): Runner;
    withUserObject(userObject: unknown): Runner;
  }
  type Runner = RunnerBase & { readonly [serverFunction: string]: (...args: unknown[]) => void };

  const run: Runner;
  const host: {
    close(): void;
    setHeight(height: number): void;
    setWidth(width: number): void;
    editor: { focus(): void };
  };
}
