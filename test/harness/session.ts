/**
 * A stand-in for Apps Script's Session service, as far as the add-on uses it:
 * getActiveUserLocale() returns the user's language setting as a string such as "en", "sv" or
 * "zh_CN" (Apps Script reference, Class Session). It can be empty, and a restricted trigger may be
 * refused the call: `locale: "throws"` models that.
 */
export function fakeSession(locale: string | "throws") {
  return {
    getActiveUserLocale(): string {
      if (locale === "throws") {
        throw new Error("You do not have permission to call Session.getActiveUserLocale");
      }
      return locale;
    },
  };
}
