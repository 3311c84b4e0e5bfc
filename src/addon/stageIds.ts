/**
 * Stage IDs (SPEC §9: inputs belong to stages, not rows). Every saved stage has a stable ID that
 * survives renames, reorders and inserts; plans find what a team typed beside a stage by it.
 *
 * Where they live: in the note of the table's "Stage" header cell, one line per stage
 * (`s7k2q9: MQL`), under a first line saying what they are for. A note keeps the table as the
 * user sees it (no extra column that could collide with their cells beside the table), costs one
 * read and one write, and survives what people do to tables by hand:
 * - rows moved, sorted, inserted or deleted: each row finds its ID by its stage name;
 * - a stage renamed in the sheet: a row whose name matches no ID takes the unclaimed ID listed
 *   at its own position (the rename-in-place case);
 * - a row typed in by hand: it has no ID until the next save; until then it carries a
 *   provisional one derived from the table (the same on every read of the same table, so a load
 *   and the save after it agree — and the fingerprint refuses a save over a table that changed).
 * Any text a user wrote in that note before the IDs is kept above them.
 */
import { normaliseStageName } from "../core/stageName";

/** The first line of the IDs' block begins with this in every language. */
const BLOCK_START = "Funnel Math";
const ID_LINE = /^([a-z][a-z0-9]{1,39}): (.*)$/;

export interface IdEntry {
  id: string;
  name: string;
}

/** The IDs listed in a note, in their order, and the user's own text before them. */
export function parseIdNote(note: string): { entries: IdEntry[]; userText: string } {
  const lines = note.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(BLOCK_START));
  if (start < 0) return { entries: [], userText: note.trim() };
  const entries: IdEntry[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = ID_LINE.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) entries.push({ id: m[1], name: m[2] });
  }
  return { entries, userText: lines.slice(0, start).join("\n").trim() };
}

/** The note that keeps `entries`, after the user's own text. */
export function idNote(entries: readonly IdEntry[], heading: string, userText: string): string {
  const block = [heading, ...entries.map((e) => `${e.id}: ${e.name.replace(/[\r\n]+/g, " ")}`)];
  return userText === "" ? block.join("\n") : `${userText}\n\n${block.join("\n")}`;
}

/** A short hash → an ID that starts with a letter ("s" + base 36). */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  let g = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
    g = Math.imul(g ^ c, 0x5bd1e995) ^ (g >>> 13);
  }
  return `s${((h >>> 0) % 2176782336).toString(36).padStart(6, "0")}${((g >>> 0) % 1296).toString(36).padStart(2, "0")}`;
}

/**
 * A new ID, unused in `taken`, derived from `seed`: a provisional ID from the table alone (so the
 * same table gives the same IDs on a load and the save after it); a saved new stage's from a
 * seed with a random part (savePlan.ts), so no ID is ever given twice.
 */
export function newId(seed: string, taken: Set<string>): string {
  let id = hashId(seed);
  for (let n = 2; taken.has(id); n++) id = hashId(`${seed}#${n}`);
  taken.add(id);
  return id;
}

/**
 * Each row's ID: by its name, else the unclaimed ID at its own position (renamed in place), else a
 * provisional one derived from `seed` (the table's fingerprint). `persisted[i]` says whether row
 * i's ID is in the note.
 */
export function matchIds(
  names: readonly string[],
  entries: readonly IdEntry[],
  seed: string,
): { ids: string[]; persisted: boolean[] } {
  const used = new Set<number>();
  const ids: (string | undefined)[] = names.map(() => undefined);
  const seen = new Set<string>();
  // An ID listed twice (a copied note) counts once.
  const usable = entries.map((e) => {
    const fresh = !seen.has(e.id);
    seen.add(e.id);
    return fresh;
  });
  names.forEach((name, r) => {
    const key = normaliseStageName(name);
    const found = entries.findIndex(
      (e, i) => usable[i] && !used.has(i) && normaliseStageName(e.name) === key,
    );
    if (found >= 0) {
      used.add(found);
      ids[r] = entries[found]?.id;
    }
  });
  names.forEach((_, r) => {
    if (ids[r] === undefined && usable[r] && !used.has(r) && entries[r]) {
      used.add(r);
      ids[r] = entries[r].id;
    }
  });
  const persisted = ids.map((id) => id !== undefined);
  const taken = new Set(entries.map((e) => e.id));
  return {
    ids: ids.map((id, r) => id ?? newId(`${seed}:${r}:${names[r] ?? ""}`, taken)),
    persisted,
  };
}

/**
 * The IDs a save gives its stages: an ID the table has now is kept (once: a stage copied in the
 * sidebar gets its own); a stage sent without one — or with one the table never had — keeps the ID
 * of the table's stage of the same name, if that one is not taken; any other gets a new one.
 */
export function assignIds(
  requested: readonly { id?: string; name: string }[],
  current: readonly { id: string; name: string }[],
  seed: string,
): string[] {
  const known = new Set(current.map((s) => s.id));
  const taken = new Set(known);
  const given = new Set<string>();
  const ids: (string | undefined)[] = requested.map(({ id }) => {
    if (id === undefined || !known.has(id) || given.has(id)) return undefined;
    given.add(id);
    return id;
  });
  requested.forEach((stage, i) => {
    if (ids[i] !== undefined) return;
    const key = normaliseStageName(stage.name);
    const same = current.find((s) => !given.has(s.id) && normaliseStageName(s.name) === key);
    if (same) {
      given.add(same.id);
      ids[i] = same.id;
    }
  });
  return ids.map((id, i) => id ?? newId(`${seed}:new:${i}`, taken));
}
