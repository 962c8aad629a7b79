/**
 * Reproducible query sets for the search benchmark, generated from the corpus:
 * title queries (a law's short title) and phrase queries (a short run of
 * Chinese text from one article that few laws contain).
 */
import { shortTitle } from "../../../src/lib/search/rank.ts";
import { matchArticle } from "../../../src/lib/reading/regulation.ts";
import type { CorpusLaw } from "../../common/corpus.ts";

export interface EvalQuery {
  kind: "title" | "phrase" | "traditional" | "custom";
  q: string;
  /** Corpus files that count as a correct answer. */
  expect: string[];
}

/** mulberry32: a small, seedable PRNG, so `--seed N` gives the same queries every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The short title of `count` laws, as a reader would type it: no leading
 * 中华人民共和国, no trailing version date. Several versions of one law share
 * a title, and a reader typing it cannot mean one version more than another,
 * so every law with that short title is a correct answer.
 */
export function titleQueries(laws: readonly CorpusLaw[], count: number, random: () => number): EvalQuery[] {
  const byShortTitle = new Map<string, string[]>();
  for (const law of laws) {
    const key = shortTitle(law.title);
    byShortTitle.set(key, [...(byShortTitle.get(key) ?? []), law.file]);
  }
  return shuffled(laws, random)
    .slice(0, count)
    .map((law) => ({
      kind: "title" as const,
      q: law.title.replace(/^中华人民共和国/u, "").replace(/[(（]\d{4}-\d{2}-\d{2}[)）]\s*$/u, ""),
      expect: byShortTitle.get(shortTitle(law.title)) ?? [law.file],
    }));
}

/**
 * `count` phrase queries: a run of 4–8 Han characters (no punctuation) from
 * one article paragraph, kept only when at most `maxDocs` laws contain it.
 * Every law containing the phrase is a correct answer.
 */
export function phraseQueries(
  laws: readonly CorpusLaw[],
  count: number,
  random: () => number,
  maxDocs = 3,
): EvalQuery[] {
  const texts = laws.map((law) => law.body);
  const queries: EvalQuery[] = [];
  const seen = new Set<string>();
  const order = shuffled(
    laws.filter((law) => law.body.includes("条")),
    random,
  );
  for (let attempt = 0; queries.length < count && attempt < count * 20; attempt++) {
    const law = order[attempt % order.length] as CorpusLaw;
    const articles = law.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => matchArticle(p) !== undefined);
    const article = articles[Math.floor(random() * articles.length)];
    if (!article) continue;
    const text = article.slice((matchArticle(article)?.label.length ?? 0) + 1);
    const runs = text.match(/\p{Script=Han}{4,}/gu) ?? [];
    const run = runs[Math.floor(random() * runs.length)];
    if (!run) continue;
    const length = 4 + Math.floor(random() * Math.min(5, run.length - 3));
    const start = Math.floor(random() * (run.length - length + 1));
    const phrase = run.slice(start, start + length);
    if (seen.has(phrase)) continue;
    const containing = laws.filter((_, i) => (texts[i] as string).includes(phrase)).map((l) => l.file);
    if (containing.length === 0 || containing.length > maxDocs) continue;
    seen.add(phrase);
    queries.push({ kind: "phrase", q: phrase, expect: containing });
  }
  return queries;
}

/**
 * Title queries as a reader with a Traditional-character input method types them (`toTraditional`:
 * OpenCC, Simplified to Taiwan standard), for those whose Traditional form differs; the same laws
 * are the correct answers.
 */
export function traditionalQueries(
  titles: readonly EvalQuery[],
  toTraditional: (text: string) => string,
): EvalQuery[] {
  return titles
    .map((query) => ({ ...query, kind: "traditional" as const, q: toTraditional(query.q) }))
    .filter((query, i) => query.q !== titles[i]?.q);
}
