// Formulas as typed in a decimal-comma locale (Sweden, Russia, Poland, most of Europe): Sheets
// there separates arguments with ";", writes decimals with ",", and inside an array literal
// separates columns with "\" (rows stay ";"). So `=F(100000, 0.5, {1, 2; 3, 4}, "a, b")` is typed
// `=F(100000; 0,5; {1\ 2; 3\ 4}; "a, b")`. Text in quotes is never touched.

/** A formula in the comma syntax (en_US, en_GB, zh_CN) → the same formula in the semicolon syntax. */
export function toSemicolonSyntax(formula: string): string {
  let out = "";
  const open: string[] = []; // "(" or "{", innermost last
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula.charAt(i);
    if (ch === '"') quoted = !quoted; // "" inside text toggles twice: still text
    if (quoted || ch === '"') {
      out += ch;
      continue;
    }
    if (ch === "(" || ch === "{") open.push(ch);
    else if (ch === ")" || ch === "}") open.pop();
    if (ch === ",") out += open[open.length - 1] === "{" ? "\\" : ";";
    else if (ch === "." && /\d/.test(formula[i + 1] ?? "") && !/[A-Z_]/i.test(formula[i - 1] ?? ""))
      out += ",";
    else out += ch;
  }
  return out;
}

/** The inverse, for checking a conversion loses nothing. */
export function toCommaSyntax(formula: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula.charAt(i);
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"') out += ch;
    else if (ch === ",") out += ".";
    else if (ch === "\\") out += ",";
    else if (ch === ";") out += openBrace(formula, i) ? ";" : ",";
    else out += ch;
  }
  return out;
}

/** Whether position i sits inside an array literal {…} (outside quotes). */
function openBrace(formula: string, i: number): boolean {
  const open: string[] = [];
  let quoted = false;
  for (let j = 0; j < i; j++) {
    const ch = formula.charAt(j);
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(" || ch === "{") open.push(ch);
    else if (ch === ")" || ch === "}") open.pop();
  }
  return open[open.length - 1] === "{";
}

/**
 * An example's result as the docs write it ("0.3; 0.4; \"\"", "10, 10, 0; 0, 0, 10"): rows by
 * ";" and columns by ",". Written like an array literal of the semicolon syntax when it is only
 * values; a result in words is left alone.
 */
export function resultInSemicolonSyntax(result: string): string {
  if (!/^[\d\s.,;"-]+$/.test(result)) return result;
  return toSemicolonSyntax(`{${result}}`).slice(1, -1);
}
