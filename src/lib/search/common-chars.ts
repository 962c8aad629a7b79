/**
 * The most frequent characters of the site (的, 法, 条, 人 …) have posting lists
 * that cover most pages, and downloading them is most of what a first search
 * costs. A query is sent to Pagefind without them — the rarer characters
 * already narrow the pages down — and their positions are checked instead
 * against the text of the results that are shown. The build lists them in
 * the search manifest (shards.ts).
 */

import { unitPattern } from "./tokenize.ts";

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
 * Tokens sent to Pagefind per term at most. Each kept character loads its own
 * part of the index and lengthens the search; a long title needs only a few
 * of its characters, in their places, to pick out the pages that hold it
 * (the whole term is then confirmed in each page's text).
 */
export const MAX_KEPT = 6;

/** `count` items of `items`, spread evenly from the first to the last. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count === 1) return items.slice(0, 1);
  return Array.from(
    { length: count },
    (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))] as T,
  );
}

/**
 * A term without its most common characters. `commonRank` gives each common
 * character's place in the frequency list (0 = most frequent). Enough tokens
 * are kept to narrow the results — at least two, and at least 60% of the
 * term — by putting back the least frequent of the common characters first;
 * and no more than MAX_KEPT, spread over the term. A term of three characters
 * or fewer keeps them all: for a short law title (监狱法), the pages holding
 * the rest (监狱) are many more than those holding it, and each of them would
 * have to be loaded to be ruled out.
 */
export function pruneTerm(tokens: readonly string[], commonRank: ReadonlyMap<string, number>): PrunedTerm {
  const all = tokens.map((token, offset) => ({ token, offset }));
  const wanted =
    tokens.length <= 3 ? tokens.length : Math.min(MAX_KEPT, Math.max(2, Math.ceil(tokens.length * 0.6)));
  const rare = all.filter(({ token }) => !commonRank.has(token));
  const putBack = all
    .filter(({ token }) => commonRank.has(token))
    .sort((a, b) => (commonRank.get(b.token) as number) - (commonRank.get(a.token) as number))
    .slice(0, Math.max(0, wanted - rare.length));
  const chosen = spread(rare, MAX_KEPT)
    .concat(putBack)
    .sort((a, b) => a.offset - b.offset);
  return { tokens: chosen.map((c) => c.token), offsets: chosen.map((c) => c.offset) };
}

/** Whether some position p has a matched word at p + offset for every offset (the kept tokens stand where the phrase puts them). */
export function hasOffsets(positions: readonly number[], offsets: readonly number[]): boolean {
  if (offsets.length <= 1) return positions.length > 0;
  const set = new Set(positions);
  const base = offsets[0] as number;
  return positions.some((p) => offsets.every((o) => set.has(p + o - base)));
}

/**
 * Finds the token sequence `phrase` (letters and digits, as queryTerms gives
 * them) in indexed text (tokens separated by spaces, each with its
 * punctuation attached): the char index where it begins, or -1. One regular
 * expression over the text, rather than splitting a law of 20,000 tokens into
 * an array for every result; it begins with the first unit itself, so the
 * engine can skip ahead to where that character occurs.
 */
export function phraseFinder(phrase: readonly string[]): (indexedText: string) => number {
  if (phrase.length === 0) return () => 0;
  const between = "[^\\s\\p{L}\\p{N}]*\\s+[^\\s\\p{L}\\p{N}]*";
  // A Han character is a token of its own; a Latin word must not be part of a longer one.
  const notWord = "[\\p{L}\\p{N}]";
  const pattern = new RegExp(`(?<!${notWord})${phrase.map(unitPattern).join(between)}(?!${notWord})`, "u");
  return (indexedText) => pattern.exec(indexedText)?.index ?? -1;
}
