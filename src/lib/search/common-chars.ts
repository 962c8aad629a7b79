/**
 * The most frequent characters of the site (的, 法, 条, 人 …) have posting lists
 * that cover most pages, and downloading them is most of what a first search
 * costs. A query is sent to Pagefind without them — the rarer characters
 * already narrow the pages down — and their positions are checked instead
 * against the text of the results that are shown. The build lists them in
 * the search manifest (shards.ts).
 */

/** Characters whose share of all Han characters on the site is at least `share`, most frequent first. */
export function commonCharacters(counts: ReadonlyMap<string, number>, share = 0.004, max = 120): string[] {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return [...counts]
    .filter(([, n]) => total > 0 && n / total >= share)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([char]) => char);
}

/** Adds the Han characters of `text` to `counts`. */
export function countCharacters(text: string, counts: Map<string, number>): void {
  for (const char of text.match(/\p{Script=Han}/gu) ?? []) counts.set(char, (counts.get(char) ?? 0) + 1);
}

export interface PrunedTerm {
  /** Tokens sent to Pagefind. */
  tokens: string[];
  /** Their offsets within the typed term, for the position check. */
  offsets: number[];
}

/**
 * A term without its most common characters. `commonRank` gives each common
 * character's place in the frequency list (0 = most frequent). Enough tokens
 * are kept to narrow the results — at least two, and at least 60% of the
 * term — by putting back the least frequent of the common characters first.
 */
export function pruneTerm(tokens: readonly string[], commonRank: ReadonlyMap<string, number>): PrunedTerm {
  const all = tokens.map((token, offset) => ({ token, offset }));
  const wanted = Math.min(tokens.length, Math.max(2, Math.ceil(tokens.length * 0.6)));
  const rare = all.filter(({ token }) => !commonRank.has(token));
  const putBack = all
    .filter(({ token }) => commonRank.has(token))
    .sort((a, b) => (commonRank.get(b.token) as number) - (commonRank.get(a.token) as number))
    .slice(0, Math.max(0, wanted - rare.length));
  const chosen = [...rare, ...putBack].sort((a, b) => a.offset - b.offset);
  return { tokens: chosen.map((c) => c.token), offsets: chosen.map((c) => c.offset) };
}

/** Whether some position p has a matched word at p + offset for every offset (the kept tokens stand where the phrase puts them). */
export function hasOffsets(positions: readonly number[], offsets: readonly number[]): boolean {
  if (offsets.length <= 1) return positions.length > 0;
  const set = new Set(positions);
  const base = offsets[0] as number;
  return positions.some((p) => offsets.every((o) => set.has(p + o - base)));
}

/** Whether the token sequence `phrase` occurs in `content` (space-separated indexed text). */
export function containsPhrase(contentTokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  outer: for (let i = 0; i + phrase.length <= contentTokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (contentTokens[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
