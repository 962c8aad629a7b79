/**
 * The search engine the search page (and the search benchmark) uses:
 * Pagefind for the index, our tokenization for the query, and the ranking
 * rules in src/lib/search/rank.ts.
 */
import { hasRun, promoteTitleMatches, titleMatchClass } from "../../lib/search/rank.ts";
import { containsPhrase, hasOffsets, pruneTerm } from "../../lib/search/common-chars.ts";
import { mergeFilterCounts } from "../../lib/search/facets.ts";
import { SEARCH_MANIFEST_FILE, type SearchManifest } from "../../lib/search/shards.ts";
import { bare, highlightTerms, queryTerms, readableText } from "../../lib/search/tokenize.ts";

/** The parts of Pagefind's browser API we use. */
export interface PagefindResultData {
  url: string;
  /** The indexed text of the page (tokens separated by spaces). */
  content: string;
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
  /** BM25 relevance within the result's own index. */
  score: number;
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
  mergeIndex(bundleUrl: string, options: Record<string, unknown>): Promise<void>;
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
  /** Number of results; an upper bound until `exact` (results are confirmed as they are loaded). */
  readonly total: number;
  readonly exact: boolean;
  /** Result counts per filter value for this query, for the filter menus. */
  filterCounts: Record<string, Record<string, number>>;
  /** Loads `count` hits starting at `from` (ranked; the first page also title-promoted). */
  hits(from: number, count: number): Promise<Hit[]>;
}

/** How many leading results are re-ordered by title match. */
const PROMOTE_WINDOW = 10;

export interface SearchEngine {
  pagefind: Pagefind;
  /** How many shards the site's index has (src/lib/search/shards.ts); one on all but large sites. */
  shards: number;
  /** The site's most frequent characters and their rank (0 = most frequent), see common-chars.ts. */
  common: Map<string, number>;
}

/**
 * A synthetic filter Pagefind gives every page of a shard (1, 2 …), so a
 * search can be limited to one shard. Not shown to readers.
 */
const SHARD_FILTER = "shard";

export async function loadSearchEngine(bundleUrl: string): Promise<SearchEngine> {
  const [pagefind, manifest] = await Promise.all([
    import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<Pagefind>,
    // Without the manifest, search still works: one index, nothing left out of queries.
    fetch(`${bundleUrl}${SEARCH_MANIFEST_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<Partial<SearchManifest>>) : {}))
      .catch(() => ({}))
      .then((m): Partial<SearchManifest> => m),
  ]);
  const folders = manifest.shards?.length ? manifest.shards : [""];
  const sharded = folders.length > 1;
  // Longer excerpts: one Chinese character is one word for Pagefind.
  const options = (shard: number) => ({
    excerptLength: 40,
    ...(sharded ? { mergeFilter: { [SHARD_FILTER]: String(shard) } } : {}),
  });
  await pagefind.options(options(1));
  // Further shards are merged into the first: Pagefind loads its WebAssembly once and ranks all together.
  for (const [i, folder] of folders.entries())
    if (i > 0) await pagefind.mergeIndex(`${bundleUrl}${folder}`, options(i + 1));
  await pagefind.init();
  return {
    pagefind,
    shards: folders.length,
    common: new Map((manifest.common ?? []).map((char, rank) => [char, rank])),
  };
}

const withoutShardFilter = (counts: Record<string, Record<string, number>>) => {
  const { [SHARD_FILTER]: _, ...rest } = counts;
  return rest;
};

/**
 * One search over the whole index. By relevance, Pagefind merges the shards'
 * results by score. By date, each shard's results come newest first, but
 * Pagefind would interleave the shards; the shards hold consecutive date
 * ranges, newest first, so each is searched on its own and they follow one
 * another.
 */
async function searchIndex(
  engine: SearchEngine,
  query: string | null,
  options: { filters: Record<string, string>; sort: Record<string, string> },
): Promise<PagefindSearch> {
  if (engine.shards === 1 || !("date" in options.sort)) {
    const search = await engine.pagefind.search(query, options);
    return { results: search?.results ?? [], filters: withoutShardFilter(search?.filters ?? {}) };
  }
  const searches: Array<PagefindSearch | null> = [];
  // One after another: searches running at once in Pagefind's worker gain nothing on a phone.
  for (let shard = 1; shard <= engine.shards; shard++)
    searches.push(
      await engine.pagefind.search(query, {
        ...options,
        filters: { ...options.filters, [SHARD_FILTER]: String(shard) },
      }),
    );
  return {
    results: searches.flatMap((s) => s?.results ?? []),
    filters: withoutShardFilter(mergeFilterCounts(searches.map((s) => s?.filters ?? {}))),
  };
}

/** Every value of every filter on the site, with its page count, for the filter menus. */
export async function allFilters(engine: SearchEngine): Promise<Record<string, Record<string, number>>> {
  return withoutShardFilter(await engine.pagefind.filters());
}

const pagefindFilters = (filters: Record<string, string>) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ""));

export async function runSearch(engine: SearchEngine, request: SearchRequest): Promise<SearchOutcome> {
  const terms = queryTerms(request.query);
  const filters = pagefindFilters(request.filters);
  const sort = request.sort === "date" ? { date: "desc" } : {};
  const hasFilters = Object.keys(filters).length > 0;
  if (terms.length === 0 && !hasFilters) {
    return { total: 0, exact: true, filterCounts: {}, hits: async () => [] };
  }

  // One ranked search over the rarer characters; a page must then have them where the typed
  // phrases put them (positions come with each result), and, once loaded, the whole phrases.
  const pruned = terms.map((t) => pruneTerm(t.tokens, engine.common));
  const query = [...new Set(pruned.flatMap((p) => p.tokens))].join(" ");
  const ranked = await searchIndex(engine, query || null, { filters, sort });
  const candidates = ranked.results.filter((r) =>
    pruned.every((p, i) => (terms[i]?.tokens.length ?? 0) < 2 || hasOffsets(r.words, p.offsets)),
  );
  const phrases = terms.filter((t) => t.tokens.length > 1).map((t) => t.tokens);

  const longestPhrase = Math.max(1, ...phrases.map((p) => p.length));
  // Terms like 第二十三条 name an article: a hit links to that article when the page has it.
  const articleLabels = terms.map((t) => t.units.join("")).filter((t) => /^第.+条(之.+)?$/u.test(t));
  const titleQuery = request.sort === "relevance" && terms.length > 0 ? request.query : "";

  /** The hit for a result, or undefined when a typed phrase is not in the page after all. */
  const toHit = async (result: PagefindResult): Promise<Hit | undefined> => {
    const data = await result.data();
    const words = data.content.split(/\s+/u).map(bare);
    if (!phrases.every((phrase) => containsPhrase(words, phrase))) return undefined;
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

  // Confirmed hits in ranked order, loaded as far as needed; the first window is title-promoted.
  const confirmed: Hit[] = [];
  let cursor = 0;
  let promoted = false;
  const confirmUpTo = async (wanted: number) => {
    // At most this many pages are loaded per request, so a query whose rare characters are
    // common in other orders cannot load the whole site; "显示更多" continues from there.
    const stop = cursor + Math.max(40, 4 * wanted);
    while (confirmed.length < wanted && cursor < candidates.length && cursor < stop) {
      const batch = candidates.slice(cursor, cursor + Math.max(5, wanted - confirmed.length));
      cursor += batch.length;
      for (const hit of await Promise.all(batch.map(toHit))) if (hit) confirmed.push(hit);
    }
  };

  return {
    get total() {
      return cursor >= candidates.length ? confirmed.length : candidates.length - cursor + confirmed.length;
    },
    get exact() {
      return cursor >= candidates.length;
    },
    filterCounts: ranked.filters,
    async hits(from, count) {
      await confirmUpTo(Math.max(from + count, PROMOTE_WINDOW));
      if (!promoted) {
        promoted = true;
        if (titleQuery)
          confirmed.splice(
            0,
            PROMOTE_WINDOW,
            ...promoteTitleMatches(confirmed.slice(0, PROMOTE_WINDOW), titleQuery),
          );
      }
      return confirmed.slice(from, from + count);
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
