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
