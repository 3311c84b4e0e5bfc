/**
 * About how wide a text is in Sheets' default font (Arial 10), in pixels: column widths that fit
 * their headers in every language (SPEC §11). An estimate per script, not a font metric: CJK
 * characters take a full em, Latin and Cyrillic letters about 0.55–0.65 of one, bold about 8 %
 * more; widths are rounded up, so an estimate errs on the wide side.
 */
const EM = 13;

function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // CJK ideographs, kana, Hangul and full-width forms: a full em.
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  )
    return EM;
  if (ch === " ") return 0.28 * EM;
  if (/[il.,:;'|!]/.test(ch)) return 0.3 * EM;
  if (/[mw@%—–]/i.test(ch)) return 0.85 * EM;
  if (/[A-Z\u0410-\u042F\u0401]/.test(ch)) return 0.68 * EM;
  if (/\d/.test(ch)) return 0.56 * EM;
  // Cyrillic lower case runs a little wider than Latin.
  if (code >= 0x0400 && code <= 0x04ff) return 0.6 * EM;
  return 0.55 * EM;
}

/** The width of `text` on one line. */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return Math.ceil(width * (bold ? 1.08 : 1));
}

/**
 * The width `text` needs when it may wrap between words (a header with wrapping on): its longest
 * word — any one character in scripts written without spaces (CJK wraps anywhere).
 */
export function longestWordWidth(text: string, bold = false): number {
  const words = text.split(/\s+/).filter((w) => w !== "");
  return Math.max(
    0,
    ...words.map((w) => (/[\u2e80-\u9fff]/.test(w) ? EM * 2 : textWidth(w, bold))),
  );
}
