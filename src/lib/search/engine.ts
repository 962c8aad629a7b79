/**
 * The search engine's logic, apart from the browser: what a query sends to
 * Pagefind, which results can hold the typed phrases, the hit a loaded page
 * gives (its excerpt, and the 第N条 or chapter it opens at), and results
 * confirmed in ranked order. Pagefind and the page loader come in through
 * `SearchEngine` (src/client/search/load-engine.ts builds the real one), so
 * all of it runs, and is unit-tested, against a fake index.
 */
import { anchorLabel, isRegulationId } from "../reading/regulation.ts";
import { pruneTerm, rarity, termStarts, type PrunedTerm } from "./common-chars.ts";
import { CURRENT_META, CURRENT_TITLE_META, IN_FORCE, mergeFilterCounts, STATUS_META } from "./facets.ts";
import {
  charIndexOfWord,
  EXCERPT_START_ID,
  excerptAround,
  namedSection,
  sectionAt,
  wordIndexAt,
  type PageAnchor,
} from "./hit.ts";
import { phraseFinder } from "./phrase.ts";
import { promoteTitleMatches, titleMatchClass } from "./rank.ts";
import { queryTerms, readableText, termHighlighter, unfuse, type QueryTerm } from "./tokenize.ts";

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
  /** 时效性 of a rule that is not (or not yet) in force: 已修改, 已废止, 尚未生效. */
  status?: string | undefined;
  /** The version in force, for such a rule, when the site has it. */
  current?: { url: string; title: string } | undefined;
}

export interface SearchOutcome {
  /** The query as searched: as typed, but in Simplified characters where it had Traditional ones the index lacks. */
  readonly query: string;
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
  /** How many of the index's chunks have failed to load so far (the loader watches its requests). */
  failedFetches(): number;
  /** A query in the script of the index: Traditional characters as Simplified (traditional.ts); none when absent. */
  simplify?: (query: string) => string;
}

/** A search that could not read all the index files it needed: its results would be incomplete. */
export class IndexUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("search index files failed to load", { cause });
  }
}

/**
 * A synthetic filter Pagefind gives every page of a shard (1, 2 …), so a
 * search can be limited to one shard. Not shown to readers.
 */
export const SHARD_FILTER = "shard";

/**
 * Name of the User Timing measure the search page records for each search, from the query to
 * ranked results, before the shown results load: `performance.getEntriesByName("zg-search:rank")`.
 * The search eval reads it; so can the browser's performance panel.
 */
export const RANK_MEASURE = "zg-search:rank";

/** A page's indexed text with one token per position (fused pairs undone, tokenize.ts). */
export const unfused = (data: PageData): PageData => ({ ...data, content: unfuse(data.content) });

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
  const { query: tokens } = indexQuery(queryTerms(searchedQuery(engine, query)), engine.frequencyRank);
  if (tokens) await engine.pagefind.preload(tokens);
}

/** What the index says a query may match, in the order its pages are to be looked at. */
interface Candidates {
  terms: QueryTerm[];
  /** The typed term that places a hit in its page (the longest). */
  longest: number;
  /** Each result's start positions of term i, given its positions (memoized). */
  starts: (r: PagefindResult, i: number) => number[];
  candidates: PagefindResult[];
  filterCounts: Record<string, Record<string, number>>;
}

/**
 * One ranked search over the rarer characters; a page must then have them where the typed
 * phrases put them (positions come with each result). Pages where a typed term stands at the
 * title come first when ranked by relevance.
 */
async function findCandidates(engine: SearchEngine, request: SearchRequest): Promise<Candidates> {
  const terms = queryTerms(request.query);
  const filters = pagefindFilters(request.filters);
  const sort = request.sort === "date" ? { date: "desc" } : {};
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
  return { terms, longest, starts, candidates, filterCounts: ranked.filters };
}

/** Where a page's own text begins (EXCERPT_START_ID), as a char index; 0 when it has no such anchor or no text after it. */
function textStart(text: string, anchors: readonly PageAnchor[]): number {
  const anchor = anchors.find((a) => a.id === EXCERPT_START_ID);
  const at = anchor ? charIndexOfWord(text, anchor.location) : 0;
  return at < text.length ? at : 0;
}

/** What a hit says of a rule's version (RuleVersionNotes writes the metadata): nothing for one in force. */
function versionOf(meta: PageData["meta"]): Pick<Hit, "status" | "current"> {
  const status = meta[STATUS_META];
  if (!status || status === IN_FORCE) return {};
  const url = meta[CURRENT_META];
  const title = meta[CURRENT_TITLE_META];
  return { status, ...(url && title ? { current: { url, title } } : {}) };
}

/**
 * The hit a loaded page gives for the typed terms, or undefined when one of them is not in the
 * page as written after all. It opens at the article a query names (第二十三条); at the page's
 * beginning when the query is its title (or there is no query); else at the first article or
 * division where the longest term stands (the page, when it stands in none).
 */
export function hitMaker(terms: readonly QueryTerm[], longest: number): (data: PageData) => Hit | undefined {
  const finders = terms.map((t) => phraseFinder(t.units));
  const highlight = termHighlighter(terms);
  const articleLabels = terms.map((t) => t.units.join("")).filter((t) => /^第.+条(之.+)?$/u.test(t));

  /** Where term `i` first stands in an article or division, else where it first stands at all. */
  const firstInSections = (text: string, anchors: readonly PageAnchor[], i: number, found: number[]) => {
    const first = anchors.find((anchor) => isRegulationId(anchor.id));
    const from = first ? charIndexOfWord(text, first.location) : 0;
    const inSections = from > (found[i] ?? 0) ? (finders[i]?.(text.slice(from)) ?? -1) : -1;
    return inSections >= 0 ? from + inSections : (found[i] ?? 0);
  };

  return (data) => {
    const text = data.content;
    const found = finders.map((find) => find(text));
    if (found.some((at) => at < 0)) return undefined;
    const title = data.meta["title"] ?? data.url;
    const anchors = data.anchors ?? [];
    const named = articleLabels.map((label) => namedSection(anchors, label)).find((a) => a !== undefined);
    const titleMatched = terms.some((t) => titleMatchClass(title, t.text) < 2);
    const at = named
      ? charIndexOfWord(text, named.location)
      : titleMatched || terms.length === 0
        ? 0
        : firstInSections(text, anchors, longest, found);
    const section = named ?? (titleMatched ? undefined : sectionAt(anchors, wordIndexAt(text, at)));
    // From the top of the page, the excerpt is of its text: the title is the result's heading.
    const fromTop = !named && (titleMatched || terms.length === 0);
    const start = fromTop ? textStart(text, anchors) : 0;
    const excerpt = excerptAround(
      text,
      Math.max(at, start),
      EXCERPT_WORDS,
      section ? charIndexOfWord(text, section.location) : start,
    );
    return {
      url: section ? `${data.url}#${section.id}` : data.url,
      title,
      collection: data.meta["collection"] ?? "",
      date: data.meta["date"],
      excerpt: highlight(readableText(excerpt)),
      section: section && anchorLabel(section.id),
      ...versionOf(data.meta),
    };
  };
}

/**
 * Hits confirmed in ranked order, loaded only as far as asked (one load at a time, each going on
 * where the last ended); the first window is re-ordered by title match when `titleQuery` is set.
 */
export function confirmedOutcome(
  query: string,
  candidates: readonly PagefindResult[],
  toHit: (result: PagefindResult) => Promise<Hit | undefined>,
  filterCounts: Record<string, Record<string, number>>,
  titleQuery: string,
): SearchOutcome {
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
  let loading: Promise<void> = Promise.resolve();
  const confirmUpTo = (wanted: number) => {
    const next = loading.then(() => confirmNow(wanted));
    loading = next.catch(() => {});
    return next;
  };

  return {
    query,
    get total() {
      return cursor >= candidates.length ? confirmed.length : candidates.length - cursor + confirmed.length;
    },
    get exact() {
      return cursor >= candidates.length;
    },
    filterCounts,
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

/** The query in the index's script (SearchEngine.simplify). */
const searchedQuery = (engine: SearchEngine, query: string): string => engine.simplify?.(query) ?? query;

/**
 * Searches the index for a request: the results, confirmed in the page text as they are asked for.
 * A query in Traditional characters is searched in Simplified, the results marked as such.
 */
export async function runSearch(engine: SearchEngine, typed: SearchRequest): Promise<SearchOutcome> {
  const request = { ...typed, query: searchedQuery(engine, typed.query) };
  if (queryTerms(request.query).length === 0 && Object.keys(pagefindFilters(request.filters)).length === 0) {
    return { query: request.query, total: 0, exact: true, filterCounts: {}, hits: async () => [] };
  }
  const { terms, longest, candidates, filterCounts } = await findCandidates(engine, request);
  const hitFor = hitMaker(terms, longest);
  const titleQuery = request.sort === "relevance" && terms.length > 0 ? request.query : "";
  return confirmedOutcome(
    request.query,
    candidates,
    async (r) => hitFor(await engine.loadPage(r)),
    filterCounts,
    titleQuery,
  );
}
