/**
 * What a content page tells the search index about itself: filters (栏目,
 * 年份, 五型, 时效性, 类别, 股室), the date to sort by, and metadata shown in
 * results. Pages render these as Pagefind data attributes (SearchFacets.astro).
 */
import { toIsoDay } from "../text/dates.ts";

export interface PageFacets {
  /** 栏目, e.g. 规章制度. */
  collection: string;
  date?: Date | undefined;
  pillar?: string | undefined;
  status?: string | undefined;
  category?: string | undefined;
  department?: string | undefined;
}

/** Filter names as the search UI knows them, with their Chinese labels, in display order. */
export const FILTERS = [
  ["collection", "栏目"],
  ["year", "年份"],
  ["pillar", "五型"],
  ["status", "时效性"],
  ["category", "类别"],
  ["department", "股室"],
] as const;
export type FilterName = (typeof FILTERS)[number][0];

/** Result metadata: a rule's 时效性, and for one no longer (or not yet) in force the version that is. */
export const STATUS_META = "status";
export const CURRENT_META = "current";
export const CURRENT_TITLE_META = "currentTitle";
/** The 时效性 a result says nothing about. */
export const IN_FORCE = "现行有效";

export interface SearchAttributes {
  filters: Array<[FilterName, string]>;
  meta: Array<[string, string]>;
  sort?: string;
}

export function searchAttributes(facets: PageFacets): SearchAttributes {
  const day = facets.date ? toIsoDay(facets.date) : undefined;
  const filters: Array<[FilterName, string | undefined]> = [
    ["collection", facets.collection],
    ["year", day?.slice(0, 4)],
    ["pillar", facets.pillar],
    ["status", facets.status],
    ["category", facets.category],
    ["department", facets.department],
  ];
  return {
    filters: filters.filter((f): f is [FilterName, string] => !!f[1]),
    meta: [
      ["collection", facets.collection],
      ...(day ? ([["date", day]] as Array<[string, string]>) : []),
      ...(facets.status && facets.status !== IN_FORCE
        ? ([[STATUS_META, facets.status]] as Array<[string, string]>)
        : []),
    ],
    ...(day ? { sort: day } : {}),
  };
}

type FilterCounts = Record<string, Record<string, number>>;

/** Page counts per filter value from several indexes (shards) added up. */
export function mergeFilterCounts(counts: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const filters of counts)
    for (const [name, values] of Object.entries(filters)) {
      const into = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  return merged;
}

const collator = new Intl.Collator("zh-CN");

/**
 * Each filter's values in menu order: years newest first; values with an order of
 * their own (the pillars as pillars.yaml lists them, the sections, 时效性, categories,
 * departments as their files list them) in that order; anything else after, in
 * Chinese (pinyin) order.
 */
export function menuValues(
  counts: FilterCounts,
  orders: Partial<Record<string, readonly string[]>> = {},
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(counts).map(([name, values]) => {
      if (name === "year") return [name, Object.keys(values).sort((a, b) => b.localeCompare(a))];
      const order = orders[name] ?? [];
      const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
      return [name, Object.keys(values).sort((a, b) => rank(a) - rank(b) || collator.compare(a, b))];
    }),
  );
}
