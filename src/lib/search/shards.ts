/**
 * A large site's search index is split into shards, each built by its own
 * Pagefind process: Pagefind holds a whole index in memory while writing it
 * (about 0.8 GB per 1,000 law-length pages, BENCHMARKS.md), so one index for
 * 6,000 pages needs 5 GB. Shards hold consecutive date ranges, newest first,
 * so results sorted by date are the shards' own date-sorted results one after
 * another. A site of up to MAX_SHARD_PAGES pages has one index, as before.
 */

import type { TraditionalMap } from "./traditional.ts";

/** Written next to the Pagefind bundle by the build, read first by the search page. */
export const SEARCH_MANIFEST_FILE = "search-manifest.json";

export interface SearchManifest {
  /** The site's index tokens (characters and fused pairs), most frequent first, separated by spaces (common-chars.ts). */
  frequent: string;
  /** Each shard's folder relative to the bundle ("" is the bundle itself), newest pages first. */
  shards: string[];
  /**
   * Names this build of the index (Pagefind's metaCacheTag): the entry files' URLs carry it
   * instead of the time, so the search page can ask for them in advance (preload.ts).
   */
  tag: string;
  /** Traditional → Simplified for queries, kept to the characters of the index (traditional.ts). */
  traditional: TraditionalMap;
}

/**
 * Pages per index at most (measured: about 1.7 GB for Pagefind at 2,000 pages, 2.5 GB at 3,000).
 * Every shard costs the browser a search of its own, so shards are as large as memory allows.
 */
export const MAX_SHARD_PAGES = 3000;

/** The folder of shard `i` (0-based) relative to the bundle: the first is the bundle itself, then 2/, 3/ … */
export const shardFolder = (i: number): string => (i === 0 ? "" : `${i + 1}/`);

export interface ShardablePage {
  url: string;
  /** The page's sort date (YYYY-MM-DD), if it has one; pages without one are left out of date sorting. */
  date: string | undefined;
}

/**
 * Splits pages into as few shards of at most `max` pages as possible, of
 * nearly equal size: by date, newest first (undated pages last), and within a
 * shard in the order given (which fixes Pagefind's page numbering, so the
 * index is reproducible).
 */
export function planShards<T extends ShardablePage>(pages: readonly T[], max = MAX_SHARD_PAGES): T[][] {
  if (pages.length <= max) return [[...pages]];
  const count = Math.ceil(pages.length / max);
  const size = Math.ceil(pages.length / count);
  const order = new Map(pages.map((page, i) => [page, i]));
  const byDate = [...pages].sort(
    (a, b) =>
      (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) ||
      (b.date ?? "").localeCompare(a.date ?? "") ||
      (order.get(a) as number) - (order.get(b) as number),
  );
  const shards: T[][] = [];
  for (let i = 0; i < count; i++)
    shards.push(
      byDate
        .slice(i * size, (i + 1) * size)
        .sort((a, b) => (order.get(a) as number) - (order.get(b) as number)),
    );
  return shards;
}
