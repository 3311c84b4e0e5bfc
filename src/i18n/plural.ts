/**
 * Plural forms for counts in messages. English and Swedish have one/other; Russian and Polish
 * have one/few/many (CLDR rules for integers); Chinese does not inflect.
 */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
}

/** Russian: 1, 21, 31 → one; 2–4, 22–24 → few; 0, 5–20, 25–30 → many. */
export function pluralRu(n: number, forms: PluralForms): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms.one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms.few;
  return forms.many;
}

/** Polish: 1 → one; 2–4, 22–24 (not 12–14) → few; everything else → many. */
export function pluralPl(n: number, forms: PluralForms): string {
  if (n === 1) return forms.one;
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms.few;
  return forms.many;
}
