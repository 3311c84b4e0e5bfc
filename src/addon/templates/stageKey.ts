/**
 * The key a plan keeps a stage's inputs under (SPEC §9: found by the stage's identity, not its
 * row): the stage's id once the store has given it one, else its name — so a plan made before
 * ids existed still finds its inputs, and adopts the id at the next sync or Refresh.
 */
export function stageKey(stage: { id?: string; name: string }): string {
  return stage.id ? `id:${stage.id}` : nameKey(stage.name);
}

export function nameKey(name: string): string {
  return `name:${name.trim().toLowerCase()}`;
}

/**
 * Which kept row belongs to which stage: by key first, then — for stages and rows still
 * unmatched — by name (a row keyed by name before the stage had an id). Returns, for each stage
 * in `stages`, the index of its row in `kept` (or -1), and the kept rows no stage claimed.
 */
export function matchStages(
  stages: readonly { key: string; name: string }[],
  kept: readonly { key: string; name: string }[],
): { rowOf: number[]; unclaimed: number[] } {
  const claimed = new Set<number>();
  const rowOf = stages.map((s) => {
    const i = kept.findIndex((k, j) => !claimed.has(j) && k.key === s.key);
    if (i >= 0) claimed.add(i);
    return i;
  });
  stages.forEach((s, si) => {
    if (rowOf[si] !== -1) return;
    const i = kept.findIndex(
      (k, j) => !claimed.has(j) && k.key.startsWith("name:") && k.key === nameKey(s.name),
    );
    if (i >= 0) {
      claimed.add(i);
      rowOf[si] = i;
    }
  });
  const unclaimed = kept.map((_, j) => j).filter((j) => !claimed.has(j));
  return { rowOf, unclaimed };
}
