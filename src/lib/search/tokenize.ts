/**
 * Chinese text as search tokens, the same way at index time and at query
 * time, with no dictionary segmenter (whose words the browser could not
 * reproduce for a query). Every Han character is its own token, so any
 * contiguous run of Chinese text a reader remembers is a sequence of
 * consecutive tokens, which the ranking step checks for (rank.ts). Latin
 * letters and digits stay whole words; punctuation is attached to a
 * neighbouring token, because a token of punctuation alone would break
 * phrases. This module is shared by the build and the browser, so it stays
 * small and dependency-free.
 *
 * Overlapping character pairs (限时 时办 办结) would make each token rarer and
 * the index a query loads smaller, but Pagefind 1.6 mixes up the word
 * positions of multi-character CJK words in a large index (measured on the
 * corpus: 信访 reported at the positions of 信息), so phrases could not be
 * checked; single characters index correctly.
 */

import { markPhrases } from "./phrase.ts";

const HAN = /\p{Script=Han}/u;
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
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let word = "";
  let leading = "";
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
      push(char);
    } else if (WORD.test(char)) {
      word += char;
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
  return ` ${tokens(text).join(" ")} `;
}

export interface QueryTerm {
  /** The term as typed (one whitespace-separated part of the query). */
  text: string;
  /** Its tokens, letters and digits only: `units` for highlighting, `tokens` for searching (the same list). */
  units: string[];
  tokens: string[];
  /** Token sequences that must stand together in a page (the whole term, when it has two or more tokens). */
  phrases: string[][];
}

/** A query as the terms the reader typed (split on whitespace). */
export function queryTerms(query: string): QueryTerm[] {
  return query
    .split(/[\s\u3000]+/u)
    .map((text) => {
      const termTokens = tokens(text)
        .map(bare)
        .filter((t) => t !== "");
      return {
        text,
        units: termTokens,
        tokens: termTokens,
        phrases: termTokens.length > 1 ? [termTokens] : [],
      };
    })
    .filter((term) => term.tokens.length > 0);
}

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
  );
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
