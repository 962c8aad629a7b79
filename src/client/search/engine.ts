/**
 * The search engine the search page (and the search benchmark) uses:
 * Pagefind for the index, our tokenization for the query, and the ranking
 * rules in src/lib/search/rank.ts.
 */
import { promoteTitleMatches, titleMatchClass } from "../../lib/search/rank.ts";
import {
  frequencyRanks,
  pruneTerm,
  rarity,
  termStarts,
  type PrunedTerm,
} from "../../lib/search/common-chars.ts";
import { phraseFinder } from "../../lib/search/phrase.ts";
import {
  charIndexOfWord,
  excerptAround,
  namedSection,
  sectionAt,
  wordIndexAt,
  type PageAnchor,
} from "../../lib/search/hit.ts";
import { anchorLabel, isRegulationId } from "../../lib/reading/regulation.ts";
import { mergeFilterCounts } from "../../lib/search/facets.ts";
import { SEARCH_MANIFEST_FILE, type SearchManifest } from "../../lib/search/shards.ts";
import {
  INDEX_LANGUAGE,
  queryTerms,
  readableText,
  type QueryTerm,
  termHighlighter,
  unfuse,
} from "../../lib/search/tokenize.ts";

/** What the search needs of a page in the index: its fragment, as Pagefind writes it. */
export interface PageData {
  url: string;
  /** The indexed text of the page (tokens separated by spaces). */
  content: string;
  meta: Record<string, string | undefined>;
  /** Every element with an id in the indexed region, where it begins (src/lib/search/hit.ts). */
  anchors?: Array<{ id: string; location: number }>;
}

/** The parts of Pagefind's browser API we use. */
export interface PagefindResult {
  id: string;
  /** BM25 relevance within the result's own index. */
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  data(): Promise<PageData>;
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
  preload(query: string, options?: Record<string, unknown>): Promise<void>;
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

/** Pages loaded at most to confirm the first results (more on "显示更多"). */
const CONFIRM_AT_ONCE = 40;

/** Where a title may begin in a page's indexed text: at once, or after the 7 characters of 中华人民共和国. */
const TITLE_STARTS = [0, 7];

/** Words (one per Chinese character) in an excerpt. */
const EXCERPT_WORDS = 40;

export interface SearchEngine {
  pagefind: Pagefind;
  /** Loads a result's page data (see pageLoader). */
  loadPage(result: PagefindResult): Promise<PageData>;
  /** How many shards the site's index has (src/lib/search/shards.ts); one on all but large sites. */
  shards: number;
  /** Each token's place in the site's frequency list (0 = most frequent), see common-chars.ts. */
  frequencyRank: Map<string, number>;
  /** How many of the index's chunks have failed to load so far (see watchFailedFetches). */
  failedFetches(): number;
}

/** A search that could not read all the index files it needed: its results would be incomplete. */
export class IndexUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("search index files failed to load", { cause });
  }
}

/**
 * Counts the requests for the index's chunks (index/ and filter/ under
 * `bundleUrl`, in any shard) that fail. Pagefind leaves out a chunk it could
 * not load and searches on, so a dropped connection would read as "nothing
 * found"; a search that lost one is failed instead (runSearch). Fragments
 * need no watching: fetchFragment fails by itself. Pagefind fetches through
 * the page's fetch.
 */
function watchFailedFetches(bundleUrl: string): () => number {
  let failures = 0;
  const bundle = new URL(bundleUrl, location.href).href;
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const watched = url.href.startsWith(bundle) && /\/(index|filter)\/[^/]+$/.test(url.pathname);
    try {
      const response = await fetchOriginal(input, init);
      if (watched && !response.ok) failures++;
      return response;
    } catch (error) {
      if (watched) failures++;
      throw error;
    }
  };
  return () => failures;
}

/**
 * A synthetic filter Pagefind gives every page of a shard (1, 2 …), so a
 * search can be limited to one shard. Not shown to readers.
 */
const SHARD_FILTER = "shard";

/** Pagefind's mark at the start of each of its files, once unzipped. */
const PAGEFIND_SIGNATURE = "pagefind_dcd";

/** Fragments kept in memory (as Pagefind does, but bounded: a long law is 400 KB of text). */
const CACHED_PAGES = 200;

/** The JSON of a Pagefind fragment file, unzipped by the browser (or already plain, if a server unzipped it). */
async function fetchFragment(url: string): Promise<PageData> {
  try {
    return await readFragment(url);
  } catch (error) {
    throw new IndexUnavailableError(error);
  }
}

async function readFragment(url: string): Promise<PageData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const signed =
    new TextDecoder().decode(bytes.subarray(0, PAGEFIND_SIGNATURE.length)) === PAGEFIND_SIGNATURE;
  let text: string;
  if (signed) text = new TextDecoder().decode(bytes);
  else {
    const gunzip = new DecompressionStream("gzip");
    const writer = gunzip.writable.getWriter();
    // A broken file fails the read below; the writer's own failures are the same error.
    writer.write(bytes).catch(() => {});
    writer.close().catch(() => {});
    text = await new Response(gunzip.readable).text();
  }
  return JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as PageData;
}

/** A page's indexed text with one token per position (fused pairs undone, tokenize.ts). */
const unfused = (data: PageData): PageData => ({ ...data, content: unfuse(data.content) });

/**
 * Loads results' page data. Pagefind's own result.data() unzips in
 * JavaScript and builds an excerpt (and one per heading) by splitting the
 * whole page text, which the search page does not show: a fifth of a warm
 * search (BENCHMARKS.md). The browser unzips natively; where it cannot
 * (DecompressionStream is missing), or a page's folder is unknown, Pagefind
 * loads it.
 */
function pageLoader(
  bundleUrl: string,
  folderOf: (result: PagefindResult) => Promise<string | undefined>,
): (result: PagefindResult) => Promise<PageData> {
  // Page URLs in the index are from the site root; the site may live under a base path.
  const siteBase = /^(.*\/)_?pagefind/.exec(bundleUrl)?.[1] ?? "/";
  const cache = new Map<string, Promise<PageData>>();
  return async (result) => {
    const folder = typeof DecompressionStream === "function" ? await folderOf(result) : undefined;
    if (folder === undefined) return unfused(await result.data());
    const url = `${bundleUrl}${folder}fragment/${result.id}.pf_fragment`;
    let page = cache.get(url);
    if (!page) {
      page = fetchFragment(url).then((data) => ({
        ...unfused(data),
        url: `${siteBase}${data.url.replace(/^\//, "")}`,
      }));
      page.catch(() => cache.delete(url));
      cache.set(url, page);
      if (cache.size > CACHED_PAGES) cache.delete(cache.keys().next().value as string);
    }
    return page;
  };
}

/**
 * The folder (shard) of each page, for a site whose index is split: a search
 * for each shard's pages alone (no words, so no positions to return), made
 * once, when a page is first loaded.
 */
function shardFolders(
  pagefind: Pagefind,
  folders: readonly string[],
): (result: PagefindResult) => Promise<string | undefined> {
  if (folders.length === 1) return async () => folders[0];
  let byId: Promise<Map<string, string>> | undefined;
  const lookup = async () => {
    const map = new Map<string, string>();
    for (const [i, folder] of folders.entries()) {
      const search = await pagefind.search(null, { filters: { [SHARD_FILTER]: String(i + 1) } });
      for (const result of search?.results ?? []) map.set(result.id, folder);
    }
    return map;
  };
  return async (result) => (await (byId ??= lookup())).get(result.id);
}

export async function loadSearchEngine(bundleUrl: string): Promise<SearchEngine> {
  const failedFetches = watchFailedFetches(bundleUrl);
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
  // No web worker: the search page searches when a query is submitted, not at every keystroke, and
  // starting the worker (fetching and compiling a second copy of Pagefind) made the first result on a
  // fresh page 6–14% later (BENCHMARKS.md).
  const options = (shard: number) => (sharded ? { mergeFilter: { [SHARD_FILTER]: String(shard) } } : {});
  // With the index's tag, Pagefind asks for the entry files the search page preloads (preload.ts).
  const tag = manifest.tag ? { metaCacheTag: manifest.tag } : {};
  await pagefind.options({ ...options(1), ...tag, noWorker: true });
  // Pagefind processes queries in the language of the page's <html lang>, read once as it starts,
  // not in the index's: under zh-CN it would split the tokens we send (狱法 → 狱 法) with
  // Intl.Segmenter. It starts synchronously inside init(), so the page's language is swapped
  // for the index's only for that moment.
  const root = document.documentElement;
  const pageLanguage = root.getAttribute("lang");
  root.setAttribute("lang", INDEX_LANGUAGE);
  let started: Promise<void>;
  try {
    started = pagefind.init();
  } finally {
    if (pageLanguage === null) root.removeAttribute("lang");
    else root.setAttribute("lang", pageLanguage);
  }
  await started;
  // Further shards are merged into the first: Pagefind loads its WebAssembly once and ranks all together.
  for (const [i, folder] of folders.entries())
    if (i > 0) await pagefind.mergeIndex(`${bundleUrl}${folder}`, { ...options(i + 1), ...tag });
  return {
    pagefind,
    loadPage: pageLoader(bundleUrl, shardFolders(pagefind, folders)),
    shards: folders.length,
    frequencyRank: frequencyRanks(manifest.frequent ?? ""),
    failedFetches,
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

/**
 * The kept token of a term whose own positions are fetched (a second, small
 * search) to check the term with it in place: the rarest one, whose list is
 * the shortest.
 */
function anchorToken(
  kept: PrunedTerm,
  frequencyRank: ReadonlyMap<string, number>,
): { token: string; offset: number } {
  const at = kept.tokens.reduce(
    (best, token, i) =>
      rarity(frequencyRank, token) > rarity(frequencyRank, kept.tokens[best] as string) ? i : best,
    0,
  );
  return { token: kept.tokens[at] as string, offset: kept.offsets[at] as number };
}

/** Caches `starts(result, term)`: each is asked for again when candidates are filtered and ordered. */
function memoized(
  starts: (r: PagefindResult, i: number) => number[],
): (r: PagefindResult, i: number) => number[] {
  const cache = new Map<PagefindResult, number[][]>();
  return (r, i) => {
    let lists = cache.get(r);
    if (!lists) cache.set(r, (lists = []));
    return (lists[i] ??= starts(r, i));
  };
}

/** What a query sends to Pagefind: each term's rarest tokens in their places (common-chars.ts). */
function indexQuery(terms: readonly QueryTerm[], frequencyRank: ReadonlyMap<string, number>) {
  const pruned = terms.map((t) => pruneTerm(t.tokens, frequencyRank));
  return { pruned, query: [...new Set(pruned.flatMap((p) => p.tokens))].join(" ") };
}

/**
 * Loads the index chunks a query will need without searching: called while the reader types, so
 * that the search, once submitted, has them (on a slow network each chunk is a round trip).
 */
export async function preloadQuery(engine: SearchEngine, query: string): Promise<void> {
  const { query: tokens } = indexQuery(queryTerms(query), engine.frequencyRank);
  if (tokens) await engine.pagefind.preload(tokens);
}

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
  const { pruned, query } = indexQuery(terms, engine.frequencyRank);
  const failuresBefore = engine.failedFetches();
  const ranked = await searchIndex(engine, query || null, { filters, sort });
  // The longest typed term places the hit in the page and, when needed, anchors the position check.
  const longest = terms.reduce(
    (best, t, i) => ((terms[best]?.units.length ?? 0) < t.units.length ? i : best),
    0,
  );
  const mayHold = (r: PagefindResult, starts: (r: PagefindResult, i: number) => number[]) =>
    pruned.every((_, i) => (terms[i]?.units.length ?? 0) < 2 || starts(r, i).length > 0);
  let starts = memoized((r, i) => termStarts(r.words, (pruned[i] as PrunedTerm).offsets));
  let possible = ranked.results.filter((r) => mayHold(r, starts));
  // More pages than a first look loads: a second, small search for the rarest kept character alone
  // gives its own positions, so the longest phrase is checked with that character in its place.
  const longestKept = pruned[longest];
  if (possible.length > CONFIRM_AT_ONCE && longestKept && (terms[longest]?.units.length ?? 0) > 1) {
    const anchor = anchorToken(longestKept, engine.frequencyRank);
    const anchored = await searchIndex(engine, anchor.token, { filters, sort: {} });
    const positions = new Map(anchored.results.map((r) => [r.id, r.words]));
    const unanchored = starts;
    starts = memoized((r, i) =>
      i === longest
        ? termStarts(r.words, longestKept.offsets, {
            positions: positions.get(r.id) ?? [],
            offset: anchor.offset,
          })
        : unanchored(r, i),
    );
    possible = possible.filter((r) => mayHold(r, starts));
  }
  if (engine.failedFetches() > failuresBefore) throw new IndexUnavailableError();
  // A page's indexed text begins with its title: pages where a typed term stands right there (or
  // after 中华人民共和国, which readers leave out) are looked at first, so a law found by its name
  // is among the first results even when other pages cite it more often.
  const atTitle = (r: PagefindResult) =>
    terms.some((t, i) => t.units.length > 1 && starts(r, i).some((start) => TITLE_STARTS.includes(start)));
  const candidates =
    request.sort === "relevance"
      ? [...possible.filter(atTitle), ...possible.filter((r) => !atTitle(r))]
      : possible;
  // Every typed term must be in the page as written.
  const finders = terms.map((t) => phraseFinder(t.units));
  const highlight = termHighlighter(terms);
  // Terms like 第二十三条 name an article: a hit links to that article when the page has it.
  const articleLabels = terms.map((t) => t.units.join("")).filter((t) => /^第.+条(之.+)?$/u.test(t));
  const titleQuery = request.sort === "relevance" && terms.length > 0 ? request.query : "";

  /** Where term `i` first stands in an article or division, else where it first stands at all. */
  const firstInSections = (text: string, anchors: readonly PageAnchor[], i: number, found: number[]) => {
    const first = anchors.find((anchor) => isRegulationId(anchor.id));
    const from = first ? charIndexOfWord(text, first.location) : 0;
    const inSections = from > (found[i] ?? 0) ? (finders[i]?.(text.slice(from)) ?? -1) : -1;
    return inSections >= 0 ? from + inSections : (found[i] ?? 0);
  };

  /** The hit for a result, or undefined when a typed term is not in the page as written after all. */
  const toHit = async (result: PagefindResult): Promise<Hit | undefined> => {
    const data = await engine.loadPage(result);
    const text = data.content;
    const found = finders.map((find) => find(text));
    if (found.some((at) => at < 0)) return undefined;
    const title = data.meta["title"] ?? data.url;
    const anchors = data.anchors ?? [];
    const named = articleLabels.map((label) => namedSection(anchors, label)).find((a) => a !== undefined);
    // Opens at the article a query names; the page itself, from its beginning, when the query is its
    // title (or there is no query); else the first article or division where the longest term stands
    // (the page, when it stands in none).
    const titleMatched = terms.some((t) => titleMatchClass(title, t.text) < 2);
    const at = named
      ? charIndexOfWord(text, named.location)
      : titleMatched || terms.length === 0
        ? 0
        : firstInSections(text, anchors, longest, found);
    const section = named ?? (titleMatched ? undefined : sectionAt(anchors, wordIndexAt(text, at)));
    const excerpt = excerptAround(
      text,
      at,
      EXCERPT_WORDS,
      section ? charIndexOfWord(text, section.location) : 0,
    );
    return {
      url: section ? `${data.url}#${section.id}` : data.url,
      title,
      collection: data.meta["collection"] ?? "",
      date: data.meta["date"],
      excerpt: highlight(readableText(excerpt)),
      section: section && anchorLabel(section.id),
    };
  };

  // Confirmed hits in ranked order, loaded as far as needed; the first window is title-promoted.
  const confirmed: Hit[] = [];
  let cursor = 0;
  let promoted = false;
  const confirmNow = async (wanted: number) => {
    // At most this many pages are loaded per request, so a query whose rare characters are
    // common in other orders cannot load the whole site; "显示更多" continues from there.
    const stop = cursor + Math.max(CONFIRM_AT_ONCE, 4 * wanted);
    while (confirmed.length < wanted && cursor < candidates.length && cursor < stop) {
      const batch = candidates.slice(cursor, cursor + Math.max(5, wanted - confirmed.length));
      const hits = await Promise.all(batch.map(toHit));
      // Past the batch only once it has loaded: a batch that failed is loaded again next time.
      cursor += batch.length;
      for (const hit of hits) if (hit) confirmed.push(hit);
    }
  };
  // One load at a time, each continuing where the last one ended.
  let loading: Promise<void> = Promise.resolve();
  const confirmUpTo = (wanted: number) => {
    const next = loading.then(() => confirmNow(wanted));
    loading = next.catch(() => {});
    return next;
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
