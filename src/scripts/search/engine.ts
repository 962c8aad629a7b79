/**
 * The search engine the search page (and the search benchmark) uses:
 * Pagefind for the index, our tokenization for the query, and the ranking
 * rules in src/lib/search/rank.ts.
 */
import { hasRun, keepPhraseMatches, promoteTitleMatches, titleMatchClass } from "../../lib/search/rank.ts";
import { highlightTerms, queryTerms, readableText } from "../../lib/search/tokenize.ts";

/** The parts of Pagefind's browser API we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: Array<{
    title: string;
    url: string;
    excerpt: string;
    locations: number[];
    anchor?: { id: string };
  }>;
}
export interface PagefindResult {
  id: string;
  /** Positions of the matched words in the page. */
  words: number[];
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchRequest {
  query: string;
  filters: Record<string, string>;
  sort: "relevance" | "date";
}

export interface Hit {
  url: string;
  title: string;
  collection: string;
  date: string | undefined;
  /** HTML with <mark> around matches, safe to insert (Pagefind escapes the text). */
  excerpt: string;
  /** 第N条 or a chapter heading when the hit links into the page. */
  section: string | undefined;
}

export interface SearchOutcome {
  total: number;
  /** Result counts per filter value for this query, for the filter menus. */
  filterCounts: Record<string, Record<string, number>>;
  /** Loads `count` hits starting at `from` (ranked; the first page also title-promoted). */
  hits(from: number, count: number): Promise<Hit[]>;
}

/** How many leading results are re-ordered by title match. */
const PROMOTE_WINDOW = 10;

export async function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
  // Longer excerpts: one Chinese character is one word for Pagefind.
  await pagefind.options({ excerptLength: 40 });
  await pagefind.init();
  return pagefind;
}

const pagefindFilters = (filters: Record<string, string>) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ""));

export async function runSearch(pagefind: Pagefind, request: SearchRequest): Promise<SearchOutcome> {
  const terms = queryTerms(request.query);
  const filters = pagefindFilters(request.filters);
  const sort = request.sort === "date" ? { date: "desc" } : {};
  const hasFilters = Object.keys(filters).length > 0;
  if (terms.length === 0 && !hasFilters) return { total: 0, filterCounts: {}, hits: async () => [] };

  // One ranked search over all tokens; then every typed phrase must stand together in the page.
  const ranked = await pagefind.search(terms.length ? terms.flatMap((t) => t.tokens).join(" ") : null, {
    filters,
    sort,
  });
  const results = keepPhraseMatches(
    ranked?.results ?? [],
    terms.flatMap((t) => t.phrases.map((p) => p.length)),
  );

  const toHit = async (result: PagefindResult): Promise<Hit> => {
    const data = await result.data();
    const title = data.meta["title"] ?? data.url;
    const titleMatched = terms.some((t) => titleMatchClass(title, t.text) < 2);
    const section = bestSection(data.sub_results, articleLabels, titleMatched, longestPhrase);
    return {
      url: section?.url ?? data.url,
      title,
      collection: data.meta["collection"] ?? "",
      date: data.meta["date"],
      excerpt: highlightTerms(readableText(section?.excerpt ?? data.excerpt), terms),
      section: section && readableText(section.title),
    };
  };

  const longestPhrase = Math.max(1, ...terms.flatMap((t) => t.phrases.map((p) => p.length)));
  // Terms like 第二十三条 name an article: a hit links to that article when the page has it.
  const articleLabels = terms.map((t) => t.units.join("")).filter((t) => /^第.+条(之.+)?$/u.test(t));
  const titleQuery = request.sort === "relevance" && terms.length > 0 ? request.query : "";
  let head: Promise<Hit[]> | undefined;
  return {
    total: results.length,
    filterCounts: ranked?.filters ?? {},
    async hits(from, count) {
      const window = Math.min(PROMOTE_WINDOW, results.length);
      head ??= Promise.all(results.slice(0, window).map(toHit)).then((hits) =>
        titleQuery ? promoteTitleMatches(hits, titleQuery) : hits,
      );
      const fromHead = (await head).slice(from, from + count);
      const rest = await Promise.all(results.slice(Math.max(from, window), from + count).map(toHit));
      return [...fromHead, ...rest];
    },
  };
}

type SubResult = PagefindResultData["sub_results"][number];

/**
 * The part of a page a hit should open at: the article a query names
 * (第三条); when the query is the page's title, the page itself; else the
 * article or chapter holding the most matches among those where the longest
 * typed phrase stands together. Undefined means the page itself.
 */
function bestSection(
  subResults: readonly SubResult[],
  articleLabels: readonly string[],
  titleMatched: boolean,
  phraseLength: number,
): SubResult | undefined {
  const named = subResults.find(
    (s) => s.anchor && articleLabels.includes(readableText(s.title).replace(/\s/g, "")),
  );
  if (named) return named;
  if (titleMatched) return undefined;
  const withPhrase = subResults.filter((s) => hasRun(s.locations, phraseLength));
  const best = (withPhrase.length ? withPhrase : subResults).reduce<SubResult | undefined>(
    (a, b) => (a && a.locations.length >= b.locations.length ? a : b),
    undefined,
  );
  return best?.anchor ? best : undefined;
}
