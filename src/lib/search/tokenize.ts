/**
 * Chinese text as search tokens, the same way at index time and at query
 * time, with no dictionary segmenter (whose words the browser could not
 * reproduce for a query). Every Han character stands at a position of its
 * own, so any contiguous run of Chinese text a reader remembers is a sequence
 * of consecutive positions, which the search checks (engine.ts). Latin
 * letters and digits stay whole words; punctuation is attached to a
 * neighbouring token, because a token of punctuation alone would break
 * phrases. This module is shared by the build and the browser, so it stays
 * small and dependency-free.
 *
 * The most frequent characters (FUSED: 的, 法, 条 …) are indexed paired with
 * the Han character before them (监狱法 → 监 狱 法狱): alone, each stands
 * hundreds of times in nearly every page, and Pagefind hands back every one
 * of those positions with each result (measured: most of a query's time). The
 * pair keeps the position of the frequent character, so phrases are checked
 * the same way, and is as rare as the two characters together. The frequent
 * character comes first because Pagefind also matches every word that begins
 * with a query word: 狱 must not match 狱法. Every other character stays
 * single: overlapping pairs for all of them would cost three times the index
 * writing time and memory (BENCHMARKS.md).
 */

import { markPhrases } from "./phrase.ts";

/**
 * The index language. Not zh: for zh/ja/th Pagefind re-segments queries in
 * the browser with Intl.Segmenter, which would undo our tokens (it splits
 * 狱法 into 狱 and 法). "und" (undetermined) also has no stemmer.
 */
export const INDEX_LANGUAGE = "und";

const HAN = /\p{Script=Han}/u;

/** Whether a code point is a Han character; a plain range check first (the build reads every character). */
export const isHan = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x2e80 && HAN.test(String.fromCodePoint(code)));

/**
 * The characters indexed with the one before them: the 30 most frequent Han
 * characters of the 1,512 laws in ../shared/corpus (a site's own list, in its
 * search manifest, is nearly the same: these are the function words and the
 * vocabulary of rules). A fixed list, so the build and the browser always agree.
 */
export const FUSED = new Set("的人法第条行定十民当应者有以和国规理关或一管政事机务业二院部");
const WORD = /[\p{L}\p{N}]/u;
const NOT_WORD = /[^\p{L}\p{N}]/gu;

/** Full-width letters and digits (２０２４, ＩＣＰ) as ASCII; full-width punctuation is kept for display. */
const foldWidth = (text: string) =>
  text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

/**
 * The search tokens of a text: each Han character, each Latin word or number,
 * with punctuation attached (after the token before it; before the first token).
 * With `fuse`, a FUSED character right after a Han character (only punctuation
 * or whitespace between) is indexed as the pair of both.
 */
export function tokens(text: string, fuse = false): string[] {
  const out: string[] = [];
  let word = "";
  let leading = "";
  let previousHan: string | undefined;
  const push = (unit: string) => {
    out.push(leading + unit);
    leading = "";
  };
  const flush = () => {
    if (word) push(word);
    word = "";
  };
  for (const char of foldWidth(text)) {
    if (HAN.test(char)) {
      flush();
      push(fuse && previousHan !== undefined && FUSED.has(char) ? char + previousHan : char);
      previousHan = char;
    } else if (WORD.test(char)) {
      word += char;
      previousHan = undefined;
    } else if (/\s/u.test(char)) {
      flush();
    } else if (word) {
      word += char; // punctuation closes a Latin word: 〔2024〕 | 5 | 号
      flush();
    } else if (out.length > 0) {
      out[out.length - 1] += char; // punctuation after a Han character
    } else {
      leading += char;
    }
  }
  flush();
  if (leading) out.push(leading);
  return out;
}

/** The letters and digits of a token, lower-cased: what Pagefind indexes. */
export const bare = (token: string): string => token.replace(NOT_WORD, "").toLowerCase();

/**
 * A block of text rewritten for the index: tokens separated by spaces, with a
 * space at each end. Punctuation-only text is left alone, to join its
 * neighbour rather than become a token of its own.
 */
export function tokenizeForIndex(text: string): string {
  if (!/[\p{L}\p{N}]/u.test(text)) return text;
  return ` ${tokens(text, true).join(" ")} `;
}

/** The second character of a fused pair (a token of indexed text that begins with two Han characters). */
const FUSED_PARTNER = /(?<=(?:^|\s)\p{Script=Han})\p{Script=Han}/gu;

/**
 * Indexed text (a page's fragment) with every fused pair back to the
 * character at its position (监 狱 法狱 → 监 狱 法): one token per position,
 * as the phrase check, the anchors and the excerpts expect.
 */
export const unfuse = (indexedText: string): string => indexedText.replace(FUSED_PARTNER, "");

export interface QueryTerm {
  /** The term as typed (one whitespace-separated part of the query). */
  text: string;
  /** Its units, letters and digits only (one per position): what the page must hold, and what is marked. */
  units: string[];
  /**
   * What the index holds at each unit's position: the unit, or the fused pair
   * (法狱); "" for a FUSED character with no Han character before it in the
   * term: the page holds it paired with whatever stands before it there, and
   * the character alone would match all those pairs (Pagefind matches words
   * by prefix), so it is not searched for.
   */
  tokens: string[];
  /** Token sequences that must stand together in a page (the whole term, when it has two or more tokens). */
  phrases: string[][];
}

/** The terms a reader typed: the query split on whitespace, ideographic spaces included. */
export const typedTerms = (query: string): string[] => query.split(/[\s\u3000]+/u).filter((t) => t !== "");

/** A query as the terms the reader typed, tokenized. */
export function queryTerms(query: string): QueryTerm[] {
  return typedTerms(query)
    .map((text) => {
      // The same tokens, plain and as indexed (one per position either way).
      const indexed = tokens(text, true).map(bare);
      const pairs = tokens(text)
        .map((token, i) => ({ unit: bare(token), token: indexed[i] as string }))
        .filter(({ unit }) => unit !== "");
      const units = pairs.map(({ unit }) => unit);
      return {
        text,
        units,
        tokens: pairs.map(({ unit, token }) => (FUSED.has(unit) && token === unit ? "" : token)),
        phrases: units.length > 1 ? [units] : [],
      };
    })
    .filter((term) => term.tokens.length > 0);
}

/**
 * Marks, in indexed text, the end of a block (a heading, a table cell) that ends in no punctuation
 * of its own (document.ts): punctuation to the tokenizer and to Pagefind, so words and positions are
 * as before; readableText shows it as a gap, so that 第一章 总则 and 第一条 do not run together.
 */
export const BLOCK_END = "¶";

/** How readable text shows a BLOCK_END: an ideographic space, the gap Chinese text leaves after a heading. */
const BLOCK_GAP = "\u3000";

const CJK_CHAR = "[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…·]";
const TAG = "(?:<[^>]+>)*";

/** Removes the spaces tokenization put between Chinese characters, keeping tags in place. */
export function cleanExcerpt(html: string): string {
  const spaceAfterCjk = new RegExp(`(${CJK_CHAR}${TAG}) +(?=${TAG}\\S)`, "gu");
  const spaceBeforeCjk = new RegExp(`(\\S${TAG}) +(?=${TAG}${CJK_CHAR})`, "gu");
  return html
    .replace(spaceAfterCjk, "$1")
    .replace(spaceBeforeCjk, "$1")
    .replace(/<\/mark><mark>/g, "");
}

/**
 * Indexed text (what Pagefind returns as excerpts and section titles) back to
 * the text as written: without the spaces between Chinese characters, and
 * without Pagefind's per-character marks (highlightTerms marks phrases).
 */
export function readableText(indexedHtml: string): string {
  return cleanExcerpt(
    indexedHtml
      .replace(/<\/?mark>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  )
    .replace(/(?:\s*¶)+\s*/gu, BLOCK_GAP)
    .replace(/^\u3000+|\u3000+$/gu, "");
}

/**
 * Marks where the typed terms occur in a readable excerpt, as whole phrases
 * (between units, punctuation may stand: 〔2024〕5号 matches 2024 5 号).
 */
export function termHighlighter(terms: readonly QueryTerm[]): (excerpt: string) => string {
  const phrases = terms.map((term) => term.units).filter((units) => units.length > 0);
  return (excerpt) => markPhrases(excerpt, phrases);
}

export const highlightTerms = (excerpt: string, terms: readonly QueryTerm[]): string =>
  termHighlighter(terms)(excerpt);
