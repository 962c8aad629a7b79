/**
 * Chinese text as search tokens, the same way at index time and at query
 * time. Every Han character is its own token, so any contiguous run of
 * Chinese text a reader remembers is a phrase the index can match exactly —
 * no dictionary segmenter (whose words the browser's query splitter does not
 * reproduce) stands between them. Latin letters and digits stay whole words;
 * punctuation is attached to the token before it, because a token of
 * punctuation alone would break phrases. This module is shared by the build
 * and the browser, so it must stay small and dependency-free.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Full-width letters and digits (２０２４, ＩＣＰ) as ASCII; full-width punctuation is kept for display. */
const foldWidth = (text: string) =>
  text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

/** Splits text into tokens (see the module comment). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let word = "";
  let leading = ""; // punctuation before the first token joins that token
  const push = (token: string) => {
    out.push(leading + token);
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

/**
 * A text node rewritten for the index: tokens separated by spaces, with a
 * space at each end so that text split across elements (规范<b>首问</b>)
 * never fuses into one token. Punctuation-only text is left to join its
 * neighbour, so it never becomes a token of its own.
 */
export function tokenizeForIndex(text: string): string {
  if (!/[\p{L}\p{N}]/u.test(text)) return text;
  return ` ${tokens(text).join(" ")} `;
}

/** A query as the terms the reader typed (split on whitespace), each a list of bare tokens. */
export function queryTerms(query: string): string[][] {
  return query
    .split(/[\s\u3000]+/u)
    .map((term) => tokens(term).map((t) => t.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase()))
    .map((term) => term.filter((t) => t !== ""))
    .filter((term) => term.length > 0);
}

const CJK_CHAR = "[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…·]";
const TAG = "(?:<[^>]+>)*";

/**
 * Removes the spaces tokenization put into an excerpt (Pagefind returns the
 * indexed text), keeping <mark> highlights, and joins adjacent highlights:
 * "信 <mark>访</mark> <mark>工</mark>" → "信<mark>访工</mark>".
 */
export function cleanExcerpt(html: string): string {
  const spaceAfterCjk = new RegExp(`(${CJK_CHAR}${TAG}) +(?=${TAG}\\S)`, "gu");
  const spaceBeforeCjk = new RegExp(`(\\S${TAG}) +(?=${TAG}${CJK_CHAR})`, "gu");
  return html
    .replace(spaceAfterCjk, "$1")
    .replace(spaceBeforeCjk, "$1")
    .replace(/<\/mark><mark>/g, "");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Marks where the typed terms occur in a cleaned excerpt, as whole phrases.
 * Pagefind marks every matching token, so a search for 限时办结 would also
 * light up a stray 时 or 办 elsewhere in the excerpt; this keeps only the
 * phrases. When no phrase is found in the excerpt, Pagefind's marks stay.
 */
export function highlightTerms(excerpt: string, terms: readonly (readonly string[])[]): string {
  const plain = excerpt.replace(/<\/?mark>/g, "");
  // Between tokens, allow punctuation or an entity (〔2024〕5号 matches the tokens 2024, 5, 号).
  const gap = "(?:[^\\p{L}\\p{N}<>&\\s]|&[#a-z0-9]+;)*";
  const patterns = terms.map((term) => term.map(escapeRegExp).join(gap)).filter((p) => p !== "");
  if (patterns.length === 0) return excerpt;
  const regex = new RegExp(`(${patterns.join("|")})`, "giu");
  const marked = plain.replace(regex, "<mark>$1</mark>");
  return marked === plain ? excerpt : marked;
}
