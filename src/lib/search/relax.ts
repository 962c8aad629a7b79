/**
 * A looser query to suggest when a search finds nothing. Search matches a
 * Chinese term as written (tokenize.ts), so a reader who remembers 限时办理
 * where the rule says 限时办结 gets no result; the same words searched apart
 * (限时 办理: both in the page, anywhere) often find what was meant. Words
 * come from a dictionary segmenter (in the browser, Intl.Segmenter); it is
 * used only for this suggestion, never for the index, where its words could
 * not be trusted to match.
 */

import { typedTerms } from "./tokenize.ts";

/** Splits a run of text into words, in order (word-like segments only). */
export type WordSplitter = (text: string) => string[];

/** A term this long or longer, all Han characters, is worth splitting. */
const SPLITTABLE = /^\p{Script=Han}{3,}$/u;

/**
 * The words of a term for a looser search: the segmenter's words, with runs
 * of single characters (which a segmenter leaves where its dictionary has no
 * word: 限|时|办理) joined into one, and a single character left alone
 * attached to the word before it (or after it, at the start): 第二|十三|条
 * → 第二 十三条. A search for one character would match nearly every page.
 */
export function splitTerm(term: string, split: WordSplitter): string[] {
  const words: string[] = [];
  let singles: string[] = [];
  let prefix = ""; // a lone character before the first word, joined to that word
  const endSingles = () => {
    const run = singles.join("");
    if (singles.length >= 2) words.push(run);
    else if (singles.length === 1) {
      if (words.length > 0) words.push(`${words.pop() as string}${run}`);
      else prefix = run;
    }
    singles = [];
  };
  for (const segment of split(term)) {
    if ([...segment].length === 1) {
      singles.push(segment);
      continue;
    }
    endSingles();
    words.push(prefix + segment);
    prefix = "";
  }
  endSingles();
  if (prefix) words.push(prefix);
  return words;
}

/**
 * The query with each long Chinese term split into words, or undefined when
 * no term splits (nothing looser to suggest). Other terms (document numbers,
 * Latin words, short terms) stay as typed.
 */
export function relaxedQuery(query: string, split: WordSplitter): string | undefined {
  let changed = false;
  const terms = typedTerms(query).flatMap((term) => {
    if (!SPLITTABLE.test(term)) return [term];
    const words = splitTerm(term, split);
    if (words.length < 2 || words.join("") !== term) return [term];
    changed = true;
    return words;
  });
  return changed ? terms.join(" ") : undefined;
}

/** The browser's (or Node's) dictionary word splitter for Chinese, if it has one. */
export function chineseWordSplitter(): WordSplitter | undefined {
  if (typeof Intl.Segmenter !== "function") return undefined;
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
