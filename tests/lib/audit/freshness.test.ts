import { describe, expect, it } from "vitest";
import {
  columnFreshness,
  daysBetween,
  DEFAULT_FRESHNESS_DAYS,
  freshnessItems,
  pubDateItems,
  pubDay,
} from "../../../src/lib/audit/freshness.ts";
import { siteWith, sitePages } from "./fixtures.ts";

const fileOf = (urlPath: string) => `dist${urlPath}index.html`;
const audit = (pages: ReturnType<typeof siteWith>, today: string, days?: Record<string, number>) => {
  const columns = columnFreshness(pages, { base: "/", today, days });
  return { columns, items: freshnessItems(columns, fileOf) };
};
const byKey = (columns: ReturnType<typeof columnFreshness>, key: string) =>
  columns.find((c) => c.key === key);

describe("pubDay and daysBetween", () => {
  it("reads PubDate with or without a time, and rejects other forms", () => {
    expect(pubDay("2026-03-01")).toBe("2026-03-01");
    expect(pubDay("2026-03-01 09:30")).toBe("2026-03-01");
    expect(pubDay("2026-02-30")).toBeUndefined();
    expect(pubDay("2026年3月1日")).toBeUndefined();
    expect(pubDay(undefined)).toBeUndefined();
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
  });
});

describe("columnFreshness and freshnessItems", () => {
  it("passes a fresh column and a fresh home page", () => {
    const { columns, items } = audit(
      siteWith({ 调研文章: { path: "articles/", dates: ["2026-03-01", "2026-03-10 08:00"] } }),
      "2026-03-20",
    );
    expect(byKey(columns, "articles")).toMatchObject({
      status: "fresh",
      newest: "2026-03-10",
      newestPage: "/articles/item-1/",
      age: 10,
      limit: 14,
      contentPages: 2,
      listPages: ["/articles/"],
    });
    expect(byKey(columns, "home")).toMatchObject({ status: "fresh", newest: "2026-03-10" });
    expect(items).toEqual([]);
  });

  it("makes a stale column a 扣分项 with the page of its newest content", () => {
    const { columns, items } = audit(
      siteWith({
        规章制度: { path: "rules/", dates: ["2025-01-05"] },
        调研文章: { path: "articles/", dates: ["2026-03-10"] },
      }),
      "2026-03-20",
    );
    expect(byKey(columns, "rules")).toMatchObject({
      status: "stale",
      age: 439,
      limit: DEFAULT_FRESHNESS_DAYS["rules"],
    });
    expect(items).toEqual([
      {
        severity: "扣分项",
        check: "freshness",
        message: "栏目“规章制度”不更新：最新内容发布于 2025-01-05，已 439 天未更新，超过 183 天",
        file: "dist/rules/item-0/index.html",
        page: "/rules/item-0/",
      },
    ]);
  });

  it("fails the site (单项否决) when nothing anywhere is newer than two weeks", () => {
    const { items } = audit(
      siteWith({ 调研文章: { path: "articles/", dates: ["2026-03-01"] } }),
      "2026-03-16",
    );
    expect(items.map((i) => [i.severity, i.check, i.page])).toEqual([
      ["单项否决", "freshness", "/"],
      ["扣分项", "freshness", "/articles/item-0/"],
    ]);
    expect(items[0]?.message).toContain(
      "首页栏目不更新：最新内容发布于 2026-03-01，已 15 天未更新，超过 14 天",
    );
    // Exactly 14 days is still within the limit.
    expect(
      audit(siteWith({ 调研文章: { path: "articles/", dates: ["2026-03-02"] } }), "2026-03-16").items,
    ).toEqual([]);
  });

  it("uses the limits from site.config.ts over the defaults", () => {
    const pages = siteWith({ 推荐书目: { path: "books/", dates: ["2026-01-01"] } });
    expect(audit(pages, "2026-02-10", { home: 60 }).items).toEqual([]);
    expect(audit(pages, "2026-02-10", { home: 60, books: 30 }).items.map((i) => i.message)).toEqual([
      "栏目“推荐书目”不更新：最新内容发布于 2026-01-01，已 40 天未更新，超过 30 天",
    ]);
  });

  it("counts more than five stale columns as 单项否决, five as 扣分项 only", () => {
    const six = Object.fromEntries(
      ["甲", "乙", "丙", "丁", "戊", "己"].map((name, i) => [
        `栏目${name}`,
        { path: `c${i}/`, dates: ["2025-01-01"] },
      ]),
    );
    const fresh = { 调研文章: { path: "articles/", dates: ["2026-03-19"] } };
    const many = audit(siteWith({ ...six, ...fresh }), "2026-03-20").items;
    expect(many.filter((i) => i.severity === "扣分项")).toHaveLength(6);
    expect(many.filter((i) => i.severity === "单项否决").map((i) => i.message)).toEqual([
      "栏目不更新累计 6 个，超过 5 个（栏目甲、栏目乙、栏目丙、栏目丁、栏目戊、栏目己）",
    ]);
    const five = Object.fromEntries(Object.entries(six).slice(0, 5));
    const fewer = audit(siteWith({ ...five, ...fresh }), "2026-03-20").items;
    expect(fewer.map((i) => i.severity)).toEqual(Array(5).fill("扣分项"));
  });

  it("reports an empty column (a list page with no content) as 扣分项, more than five as 单项否决", () => {
    const one = audit(
      siteWith({
        调研文章: { path: "articles/", dates: ["2026-03-19"] },
        推荐书目: { path: "books/", dates: [] },
      }),
      "2026-03-20",
    );
    expect(byKey(one.columns, "books")).toMatchObject({
      status: "empty",
      contentPages: 0,
      newest: undefined,
    });
    expect(one.items).toEqual([
      {
        severity: "扣分项",
        check: "emptyColumn",
        message: "空白栏目“推荐书目”：栏目页有，栏目下没有任何内容页",
        file: "dist/books/index.html",
        page: "/books/",
      },
    ]);
    const empties = Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map((n) => [`空栏目${n}`, { path: `e${n}/`, dates: [] }]),
    );
    const many = audit(
      siteWith({ 调研文章: { path: "articles/", dates: ["2026-03-19"] }, ...empties }),
      "2026-03-20",
    );
    expect(many.items.filter((i) => i.severity === "单项否决").map((i) => i.check)).toEqual(["emptyColumn"]);
  });

  it("dates an aggregating column by the content its list page links to from <main>, not from the header", () => {
    const pages = sitePages([
      { file: "index.html" },
      { file: "programme/index.html", column: "五型建设", links: ["/books/b/"], navLinks: ["/articles/a/"] },
      { file: "books/b/index.html", column: "推荐书目", title: "书", pubDate: "2026-03-01" },
      { file: "articles/a/index.html", column: "调研文章", title: "文", pubDate: "2026-03-15" },
    ]);
    const columns = columnFreshness(pages, { base: "/", today: "2026-03-20" });
    expect(byKey(columns, "programme")).toMatchObject({
      newest: "2026-03-01",
      contentPages: 1,
      status: "stale",
    });
    expect(byKey(columns, "home")).toMatchObject({ newest: "2026-03-15", contentPages: 2 });
  });

  it("places a content page without ColumnName by its path, under a base path too", () => {
    const pages = sitePages(
      [
        { file: "index.html" },
        { file: "rules/index.html", column: "规章制度" },
        { file: "rules/x/index.html", title: "制度", pubDate: "2026-03-01" },
      ],
      "/portal/",
    );
    const columns = columnFreshness(pages, { base: "/portal/", today: "2026-03-20" });
    expect(byKey(columns, "rules")).toMatchObject({
      contentPages: 1,
      newestPage: "/portal/rules/x/",
      status: "fresh",
    });
  });

  it("leaves out dates after the audit day and lists them as 提示, with missing and unreadable dates", () => {
    const pages = sitePages([
      { file: "index.html" },
      { file: "books/index.html", column: "推荐书目" },
      { file: "books/a/index.html", column: "推荐书目", title: "甲", pubDate: "2026-03-01" },
      { file: "books/b/index.html", column: "推荐书目", title: "乙", pubDate: "2026-04-01" },
      { file: "books/c/index.html", column: "推荐书目", title: "丙" },
      { file: "books/d/index.html", column: "推荐书目", title: "丁", pubDate: "2026/3/1" },
    ]);
    expect(byKey(columnFreshness(pages, { base: "/", today: "2026-03-20" }), "books")?.newest).toBe(
      "2026-03-01",
    );
    expect(pubDateItems(pages, "2026-03-20", fileOf).map((i) => [i.severity, i.page, i.message])).toEqual([
      [
        "提示",
        "/books/b/",
        "发布日期 2026-04-01 晚于自查日期 2026-03-20：请核实日期是否写错（预先发布的内容可忽略）",
      ],
      ["提示", "/books/c/", "内容页没有发布日期（PubDate），不计入栏目更新；请核实内容是否应有日期"],
      ["提示", "/books/d/", "发布日期（PubDate）“2026/3/1”无法识别，应为 YYYY-MM-DD 或 YYYY-MM-DD HH:MM"],
    ]);
  });
});
