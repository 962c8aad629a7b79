/** A search as URL parameters (?q=…&collection=…&sort=date), so it can be shared, bookmarked and reloaded. */
import { FILTERS } from "./facets.ts";

export interface SearchState {
  query: string;
  filters: Record<string, string>;
  sort: "relevance" | "date";
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string> = {};
  for (const [name] of FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return {
    query: (params.get("q") ?? "").trim(),
    filters,
    sort: params.get("sort") === "date" ? "date" : "relevance",
  };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const [name] of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort === "date") params.set("sort", "date");
  return params;
}

/**
 * The filters and sort a search has, in words, for the folded filter panel on
 * a phone ("年份 2024、按日期"); "" when none is set.
 */
export function describeFilters(state: SearchState): string {
  const parts = FILTERS.flatMap(([name, label]) => {
    const value = state.filters[name];
    return value ? [`${label} ${value}`] : [];
  });
  if (state.sort === "date") parts.push("按日期");
  return parts.join("、");
}
