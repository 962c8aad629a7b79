/**
 * The search engine the search page (and the search benchmark) uses:
 * Pagefind for the index, our tokenization for the query, and the ranking
 * rules in src/lib/search/rank.ts.
 */
import { promoteTitleMatches, keepExactMatches } from "../../lib/search/rank.ts";
import { cleanExcerpt, highlightTerms, queryTerms } from "../../lib/search/tokenize.ts";

/** The parts of Pagefind's browser API we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: Array<{ title: string; url: string; excerpt: string; anchor?: { id: string } }>;
}
export interface PagefindResult {
  id: string;
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

  // Every typed term must appear as a contiguous phrase: one exact search per multi-character term.
  const phraseTerms = terms.filter((t) => t.length > 1);
  const [ranked, ...exact] = await Promise.all([
    pagefind.search(terms.length ? terms.flat().join(" ") : null, { filters, sort }),
    ...phraseTerms.map((t) => pagefind.search(`"${t.join(" ")}"`, { filters })),
  ]);
  const exactSets = exact.map((s) => new Set((s?.results ?? []).map((r) => r.id)));
  const results = keepExactMatches(ranked?.results ?? [], exactSets);

  const toHit = async (result: PagefindResult): Promise<Hit> => {
    const data = await result.data();
    const section = bestSection(data.sub_results, articleLabels);
    return {
      url: section?.url ?? data.url,
      title: data.meta["title"] ?? data.url,
      collection: data.meta["collection"] ?? "",
      date: data.meta["date"],
      excerpt: highlightTerms(cleanExcerpt(section?.excerpt ?? data.excerpt), terms),
      section: section && cleanExcerpt(section.title),
    };
  };

  // Terms like 第二十三条 name an article: a hit links to that article when the page has it.
  const articleLabels = terms.map((t) => t.join("")).filter((t) => /^第.+条(之.+)?$/u.test(t));
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
 * (第三条), else the section Pagefind found most matches in, when that is an
 * article or chapter (it has an anchor); undefined means the page itself.
 */
function bestSection(
  subResults: readonly SubResult[],
  articleLabels: readonly string[],
): SubResult | undefined {
  const named = subResults.find(
    (s) => s.anchor && articleLabels.includes(cleanExcerpt(s.title).replace(/\s/g, "")),
  );
  if (named) return named;
  const first = subResults[0];
  return first?.anchor ? first : undefined;
}
