/**
 * Chinese text as search tokens, the same way at index time and at query
 * time, with no dictionary segmenter (whose words the browser could not
 * reproduce for a query). A run of Chinese characters becomes its
 * overlapping character pairs — 限时办结 → 限时 时办 办结 — so any
 * contiguous run a reader remembers is a sequence of consecutive tokens that
 * Pagefind's exact-phrase search can match, while each pair is rare enough
 * that a query loads little of the index (single characters like 法 or 的
 * would each pull in a posting list for most of the site). A lone character
 * stays a token of its own; Latin letters and digits stay whole words;
 * punctuation is attached to a neighbouring token, because a token of
 * punctuation alone would break phrases. This module is shared by the build
 * and the browser, so it stays small and dependency-free.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;
const NOT_WORD = /[^\p{L}\p{N}]/gu;

/** Full-width letters and digits (２０２４, ＩＣＰ) as ASCII; full-width punctuation is kept for display. */
const foldWidth = (text: string) =>
  text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

/**
 * Units of text: each Han character, each Latin word or number, with
 * punctuation attached (after the unit before it; before the first unit).
 */
export function units(text: string): string[] {
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

/** The letters and digits of a unit or token, lower-cased: what Pagefind indexes. */
export const bare = (token: string): string => token.replace(NOT_WORD, "").toLowerCase();

const isHanUnit = (unit: string) => {
  const letters = bare(unit);
  return letters.length === 1 && HAN.test(letters);
};
const hasTrailingPunctuation = (unit: string) => /[^\p{L}\p{N}]$/u.test(unit);
const hasLeadingPunctuation = (unit: string) => /^[^\p{L}\p{N}]/u.test(unit);

/** The search tokens of a text: Han runs as overlapping pairs (see the module comment), other units as they are. */
export function tokens(text: string): string[] {
  const all = units(text);
  const out: string[] = [];
  let run: string[] = [];
  const flushRun = () => {
    if (run.length === 1) out.push(run[0] as string);
    for (let i = 0; i + 1 < run.length; i++) {
      const first = run[i] as string;
      const second = run[i + 1] as string;
      // Punctuation only sits before a run's first character and after its last one.
      out.push(i + 2 === run.length ? first + second : first + bare(second));
    }
    run = [];
  };
  for (const unit of all) {
    if (!isHanUnit(unit)) {
      flushRun();
      out.push(unit);
      continue;
    }
    const previous = run[run.length - 1];
    if (previous !== undefined && (hasTrailingPunctuation(previous) || hasLeadingPunctuation(unit)))
      flushRun();
    run.push(unit);
  }
  flushRun();
  return out;
}

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
  /** Its units (for highlighting) and search tokens, letters and digits only. */
  units: string[];
  tokens: string[];
  /**
   * Token sequences that must appear as exact phrases. A lone Han character
   * next to Latin or digits (the 号 of 5号) may be the start of a pair in the
   * text (号文件 → 号文), so it is left to the ranking search and splits the phrase.
   */
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
      const phrases: string[][] = [[]];
      for (const token of termTokens) {
        if (token.length === 1 && HAN.test(token) && termTokens.length > 1) phrases.push([]);
        else phrases[phrases.length - 1]?.push(token);
      }
      return {
        text,
        units: units(text)
          .map(bare)
          .filter((u) => u !== ""),
        tokens: termTokens,
        phrases: phrases.filter((p) => p.length > 1),
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

const decodeEntities = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Indexed text (what Pagefind returns as excerpts and section titles) back
 * to the text as written: each pair after the first in a run adds one
 * character (限时 时办 办结 → 限时办结), and the spaces between Chinese
 * characters go. Pagefind's marks are dropped; highlightTerms marks phrases.
 */
export function readableText(indexedHtml: string): string {
  const words = decodeEntities(indexedHtml.replace(/<\/?mark>/g, ""))
    .split(/\s+/u)
    .filter((w) => w !== "");
  const pieces: string[] = [];
  let previous = "";
  for (const word of words) {
    const letters = bare(word);
    const continues =
      /^\p{Script=Han}{2}$/u.test(letters) &&
      /^\p{Script=Han}{2}$/u.test(bare(previous)) &&
      !hasTrailingPunctuation(previous) &&
      !hasLeadingPunctuation(word) &&
      [...letters][0] === [...bare(previous)][1];
    pieces.push(continues ? word.slice([...word][0]?.length ?? 1) : ` ${word}`);
    previous = word;
  }
  return cleanExcerpt(escapeHtml(pieces.join("").trim()));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Marks where the typed terms occur in a readable excerpt, as whole phrases
 * (between units, punctuation may stand: 〔2024〕5号 matches 2024 5 号).
 */
export function highlightTerms(excerpt: string, terms: readonly QueryTerm[]): string {
  const gap = "(?:[^\\p{L}\\p{N}<>&\\s]|&[#a-z0-9]+;)*";
  const patterns = terms.map((term) => term.units.map(escapeRegExp).join(gap)).filter((p) => p !== "");
  if (patterns.length === 0) return excerpt;
  return excerpt.replace(new RegExp(`(${patterns.join("|")})`, "giu"), "<mark>$1</mark>");
}
