/**
 * The browser half of the search engine: Pagefind loaded from the site's
 * bundle (its shards merged), fragments read with the browser's own gunzip,
 * and the index requests watched for failures. The logic that uses it is
 * src/lib/search/engine.ts.
 */
import { frequencyRanks } from "../../lib/search/common-chars.ts";
import {
  IndexUnavailableError,
  SHARD_FILTER,
  unfused,
  type PageData,
  type Pagefind,
  type PagefindResult,
  type SearchEngine,
} from "../../lib/search/engine.ts";
import { SEARCH_MANIFEST_FILE, type SearchManifest } from "../../lib/search/shards.ts";
import { INDEX_LANGUAGE } from "../../lib/search/tokenize.ts";
import { EMPTY_TRADITIONAL_MAP, simplifier } from "../../lib/search/traditional.ts";

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
    // In the manifest, which is loaded anyway: a Traditional query costs no request of its own.
    simplify: simplifier(manifest.traditional ?? EMPTY_TRADITIONAL_MAP),
  };
}
