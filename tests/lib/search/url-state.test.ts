import { describe, expect, it } from "vitest";
import { describeFilters, readSearchState, writeSearchState } from "../../../src/lib/search/url-state.ts";

describe("search state in the URL", () => {
  it("round-trips a query, known filters and the date sort", () => {
    const state = {
      query: "限时办结",
      filters: { collection: "规章制度", year: "2024" },
      sort: "date" as const,
    };
    const params = writeSearchState(state);
    expect(params.toString()).toBe(
      "q=%E9%99%90%E6%97%B6%E5%8A%9E%E7%BB%93&collection=%E8%A7%84%E7%AB%A0%E5%88%B6%E5%BA%A6&year=2024&sort=date",
    );
    expect(readSearchState(params)).toEqual(state);
  });

  it("ignores unknown parameters and empty values, and defaults to relevance", () => {
    expect(
      readSearchState(new URLSearchParams("q=+%E9%A6%96%E9%97%AE+&colour=red&status=&sort=nonsense")),
    ).toEqual({
      query: "首问",
      filters: {},
      sort: "relevance",
    });
  });

  it("describes the set filters and the date sort in display order, for the folded panel", () => {
    expect(
      describeFilters({ query: "首问", filters: { year: "2024", collection: "规章制度" }, sort: "date" }),
    ).toBe("栏目 规章制度、年份 2024、按日期");
    expect(describeFilters({ query: "首问", filters: {}, sort: "relevance" })).toBe("");
  });
});
