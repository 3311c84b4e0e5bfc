/**
 * Tab- and comma-separated text, as spreadsheets, CRM export viewers and browser tables copy it
 * (RFC 4180 quoting: a field in double quotes may hold the separator, line breaks and "" for a
 * quote). Pure, so the page and the tests share it; linear in the length of the text.
 */

/** Rows of fields; a trailing line break adds no empty row. */
export function parseDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === separator) {
      row.push(field);
      field = "";
      atFieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atFieldStart = true;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (field !== "" || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The separator a CSV file uses, detected as Sheets' import does by default ("Detect
 * automatically"): the most frequent of comma, semicolon and tab outside quotes on the first line.
 * European exports (Excel in Swedish, Polish, Russian) separate by semicolons.
 */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [separator, n] of counts) if (n > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/** One field for tab-separated text: quoted when it holds a tab, a line break or a quote. */
function tsvField(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of display text as tab-separated text (what Ctrl+C puts on the clipboard). */
export function toTsv(rows: string[][]): string {
  return rows.map((row) => row.map(tsvField).join("\t")).join("\n");
}
