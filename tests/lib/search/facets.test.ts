import { describe, expect, it } from "vitest";
import { menuValues, mergeFilterCounts, searchAttributes } from "../../../src/lib/search/facets.ts";

describe("searchAttributes", () => {
  it("turns a rule's data into filters, metadata and a sort date", () => {
    expect(
      searchAttributes({
        collection: "规章制度",
        date: new Date(Date.UTC(2024, 2, 1)),
        pillar: "廉政型",
        status: "现行有效",
        category: "工作制度",
      }),
    ).toEqual({
      filters: [
        ["collection", "规章制度"],
        ["year", "2024"],
        ["pillar", "廉政型"],
        ["status", "现行有效"],
        ["category", "工作制度"],
      ],
      meta: [
        ["collection", "规章制度"],
        ["date", "2024-03-01"],
      ],
      sort: "2024-03-01",
    });
  });

  it("names in the metadata a rule that is not in force, for its result to say so", () => {
    expect(searchAttributes({ collection: "规章制度", status: "已修改" }).meta).toEqual([
      ["collection", "规章制度"],
      ["status", "已修改"],
    ]);
    expect(searchAttributes({ collection: "规章制度", status: "尚未生效" }).meta).toContainEqual([
      "status",
      "尚未生效",
    ]);
  });

  it("leaves out what a page does not have", () => {
    expect(searchAttributes({ collection: "学习资料选编" })).toEqual({
      filters: [["collection", "学习资料选编"]],
      meta: [["collection", "学习资料选编"]],
    });
  });
});

describe("mergeFilterCounts", () => {
  it("adds up the page counts of each filter value across index shards", () => {
    expect(
      mergeFilterCounts([
        { collection: { 规章制度: 3, 调研文章: 1 }, year: { "2024": 2 } },
        { collection: { 规章制度: 2 }, status: { 现行有效: 2 } },
        {},
      ]),
    ).toEqual({
      collection: { 规章制度: 5, 调研文章: 1 },
      year: { "2024": 2 },
      status: { 现行有效: 2 },
    });
  });
});

describe("menuValues", () => {
  it("lists years newest first and other values in pinyin order", () => {
    expect(
      menuValues({
        year: { "2019": 3, "2024": 1, "2021": 2 },
        collection: { 规章制度: 5, 调研文章: 2, 推荐书目: 1, 学习资料选编: 4 },
      }),
    ).toEqual({
      year: ["2024", "2021", "2019"],
      // diao, gui, tui, xue
      collection: ["调研文章", "规章制度", "推荐书目", "学习资料选编"],
    });
  });

  it("lists values in the order the site's files give, and values outside that order after them", () => {
    const pillarsFile = ["人文型", "有为型", "服务型", "廉政型", "学习型"];
    expect(
      menuValues(
        {
          pillar: { 学习型: 1, 人文型: 2, 服务型: 3 },
          department: { 组织股: 1, 未登记: 1, 办公室: 2 },
          year: { "2024": 1, "2026": 1 },
        },
        { pillar: pillarsFile, department: ["办公室", "组织股"], year: ["2024", "2026"] },
      ),
    ).toEqual({
      pillar: ["人文型", "服务型", "学习型"],
      department: ["办公室", "组织股", "未登记"],
      // years stay newest first whatever is passed
      year: ["2026", "2024"],
    });
  });
});
