/**
 * Session, as far as the add-on uses it: getActiveUserLocale() returns the user's language setting
 * as a string such as "en", "sv" or "zh_CN" (Apps Script reference, Class Session). It can be
 * empty, and a trigger with restricted authorization may be refused the call: `"throws"` models
 * that. The locale can change between calls (the preview's language switch).
 */
export class FakeSession {
  /** A locale such as "sv", or "throws" for a Session that refuses the call. */
  constructor(public locale: string = "en") {}

  getActiveUserLocale(): string {
    if (this.locale === "throws") {
      throw new Error("You do not have permission to call Session.getActiveUserLocale");
    }
    return this.locale;
  }
}
