/**
 * Most characters of a law corpus stand in most of its pages (限, 时, 办 and
 * 结 each in three quarters of 1,500 laws), so each character's list of
 * positions is long, and a search costs in proportion to the lists of the
 * characters sent to Pagefind. The build ranks the site's index tokens
 * (characters and fused pairs) by frequency (the search manifest, shards.ts);
 * a query is sent with only the rarest few tokens of each term, in their
 * places, and every result shown is then confirmed against the page's text.
 */
import { isHan } from "./tokenize.ts";

/**
 * The site's index tokens (characters, and the fused pairs of tokenize.ts:
 * 民人 for 人民), most frequent first, separated by spaces (at most `max`; any
 * other token is rarer than these). Pairs are ranked by their own counts: a
 * pair is as common as 人民 or as rare as 法险 (保险法), which neither of its
 * characters tells.
 */
export function frequentTokens(counts: ReadonlyMap<string, number>, max = 2000): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([token]) => token)
    .join(" ");
}

/** Each token's place in a list from frequentTokens (0 = most frequent). */
export const frequencyRanks = (frequent: string): Map<string, number> =>
  new Map(
    frequent
      .split(" ")
      .filter(Boolean)
      .map((token, rank) => [token, rank]),
  );

/**
 * Adds the Han tokens of an indexed text (tokenizeForIndex: one character or
 * one fused pair between spaces and punctuation) to `counts`. A longer run of
 * Han characters is text that was not tokenized, counted character by character.
 * One pass over the characters: it runs for every page of the site.
 */
export function countTokens(indexedText: string, counts: Map<string, number>): void {
  const add = (token: string) => counts.set(token, (counts.get(token) ?? 0) + 1);
  let runStart = -1;
  let runChars = 0;
  const endRun = (end: number) => {
    if (runChars <= 2) add(indexedText.slice(runStart, end));
    else for (const char of indexedText.slice(runStart, end)) add(char);
    runStart = -1;
  };
  for (let i = 0; i < indexedText.length;) {
    const code = indexedText.codePointAt(i) as number;
    if (isHan(code)) {
      if (runStart < 0) {
        runStart = i;
        runChars = 0;
      }
      runChars++;
    } else if (runStart >= 0) endRun(i);
    i += code > 0xffff ? 2 : 1;
  }
  if (runStart >= 0) endRun(indexedText.length);
}

export interface PrunedTerm {
  /** Tokens sent to Pagefind. */
  tokens: string[];
  /** Their offsets within the typed term, for the position check. */
  offsets: number[];
}

/**
 * Tokens sent to Pagefind per term at most. Each kept character lengthens
 * the search by its list of positions (and often by one more index file to
 * fetch); four rare ones in their places already pick out the pages that may
 * hold the term. Six made the median search 4–5 ms slower and found no more
 * (BENCHMARKS.md).
 */
export const MAX_KEPT = 4;

/**
 * A term of four or more characters drops the tokens among the site's
 * VERY_COMMON most frequent (民人 for 人民, 中, 华 …) from what it sends, as long
 * as MIN_KEPT rarer ones remain: each stands hundreds of times in nearly every
 * page, and Pagefind hands back every one of those positions (at 6,000 pages,
 * decoding them was a sixth of a query's time). Rare characters at their
 * offsets already leave few candidates, and each shown one is confirmed.
 */
export const VERY_COMMON = 30;
export const MIN_KEPT = 3;

/** A token's place in the frequency list (higher is rarer); a token not in the list is rarer than all in it. */
export function rarity(frequencyRank: ReadonlyMap<string, number>, token: string): number {
  return frequencyRank.get(token) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The tokens of a term to send to Pagefind, with their offsets in the term for
 * the position check. `frequencyRank` gives a token's place in the site's
 * frequency list (0 = most frequent; a token not in it is rarer than all that
 * are). A term of three characters or fewer keeps them all: for a short
 * law title (监狱法), the pages holding part of it (监狱) are many more than
 * those holding it, and each would have to be loaded to be ruled out. A term
 * of MAX_KEPT characters keeps all but its most frequent one. A longer one
 * keeps the rarest token of each of MAX_KEPT stretches: long titles differ
 * in one stretch and share the rest (最高人民法院关于审理……若干问题的规定), so
 * its rarest characters overall could all fall in the shared part.
 */
export function pruneTerm(tokens: readonly string[], frequencyRank: ReadonlyMap<string, number>): PrunedTerm {
  // "" stands for a unit that cannot be searched for (queryTerms); the others keep their offsets.
  const all = tokens.map((token, offset) => ({ token, offset })).filter(({ token }) => token !== "");
  const rarityOf = (token: string) => rarity(frequencyRank, token);
  const rarest = <T extends { token: string }>(items: readonly T[], count: number): T[] =>
    [...items].sort((a, b) => rarityOf(b.token) - rarityOf(a.token)).slice(0, count);
  let chosen = all;
  if (all.length > MAX_KEPT)
    chosen = Array.from({ length: MAX_KEPT }, (_, i) =>
      rarest(
        all.slice(Math.floor((i * all.length) / MAX_KEPT), Math.floor(((i + 1) * all.length) / MAX_KEPT)),
        1,
      ),
    ).flat();
  else if (all.length > 3) chosen = rarest(all, all.length - 1);
  if (all.length > 3) {
    const rare = chosen.filter((c) => rarityOf(c.token) >= VERY_COMMON);
    chosen = rare.length >= MIN_KEPT ? rare : rarest(chosen, MIN_KEPT);
  }
  chosen = [...chosen].sort((a, b) => a.offset - b.offset);
  return { tokens: chosen.map((c) => c.token), offsets: chosen.map((c) => c.offset) };
}

/** Where one token of a term stands in a page: the positions of that token alone, and its offset in the term. */
export interface TermAnchor {
  positions: readonly number[];
  offset: number;
}

/**
 * Where a term may begin in a page, from the positions of its matched words:
 * every start where each kept token has a matched word at its offset. Pagefind
 * gives the positions of all the query's words together, not word by word,
 * so 生 产 at two offsets would also pass for 产 生; with `anchor` (the
 * positions of one kept token, from a search for it alone) that token at least
 * is known to be itself, which leaves far fewer pages that only seem to match.
 */
export function termStarts(
  positions: readonly number[],
  offsets: readonly number[],
  anchor?: TermAnchor,
): number[] {
  const base = offsets[0] ?? 0;
  if (offsets.length <= 1 && !anchor) return positions.map((p) => p - base);
  const set = new Set(positions);
  const starts = anchor ? anchor.positions.map((p) => p - anchor.offset) : positions.map((p) => p - base);
  return starts.filter((start) => offsets.every((o) => set.has(start + o)));
}
