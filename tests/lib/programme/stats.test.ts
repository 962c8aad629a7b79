/**
 * 成果统计 on fixture content: each figure is what the fixtures imply, counted by
 * hand in the comments, including a year with no content and an article whose
 * department is not registered.
 */
import { describe, expect, it } from "vitest";
import {
  articlesByDepartment,
  authorRows,
  bookMonths,
  isGroupAuthor,
  monthsElapsed,
  publicationsByLevel,
  rulesByCategory,
  statsYears,
  UNKNOWN_DEPARTMENT,
  yearSummary,
  type ArticleFacts,
  type BookFacts,
  type RuleFacts,
} from "../../../src/lib/programme/stats.ts";
import { commitmentProgress, type ProgrammeFacts } from "../../../src/lib/programme/progress.ts";

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const departments = [
  { id: "zuzhi", name: "组织股" },
  { id: "ganbu", name: "干部股" },
  { id: "jiandu", name: "监督股" },
];

const articles: ArticleFacts[] = [
  // 2024: 甲 in 组织股, published 市级 in 2025 (counts as a 2025 publication).
  {
    id: "a1",
    title: "一",
    authors: ["甲"],
    department: "zuzhi",
    date: day("2024-11-01"),
    published: { level: "市级", date: day("2025-02-01") },
  },
  // 2025: 甲 and 乙 in 干部股, published 省级 the same year.
  {
    id: "a2",
    title: "二",
    authors: ["甲", "乙"],
    department: "ganbu",
    date: day("2025-03-01"),
    published: { level: "省级", date: day("2025-06-01") },
  },
  // 2025: a team, published 区级 (not 市级以上).
  {
    id: "a3",
    title: "三",
    authors: ["组织股调研组"],
    department: "zuzhi",
    date: day("2025-05-01"),
    published: { level: "区级", date: day("2025-07-01") },
  },
  // 2025: 丙, whose department is not in the list.
  { id: "a4", title: "四", authors: ["丙"], department: "renli", date: day("2025-09-01") },
  // 2027: nothing in 2026 at all.
  { id: "a5", title: "五", authors: ["乙"], department: "jiandu", date: day("2027-01-10") },
];

const books: BookFacts[] = [
  { id: "b1", title: "书一", month: "2025-01" },
  { id: "b2", title: "书二", month: "2025-03" },
  { id: "b3", title: "书三", month: "2025-04" },
];

describe("statsYears", () => {
  it("covers every year from the first with content to the last, empty years included, newest first", () => {
    expect(statsYears({ articles, books }, 2026)).toEqual([2027, 2026, 2025, 2024]);
  });

  it("reaches the build year even when the content stops earlier, and gives that year alone without content", () => {
    expect(statsYears({ articles: articles.slice(0, 1), books: [] }, 2026)).toEqual([2026, 2025, 2024]);
    expect(statsYears({ articles: [], books: [] }, 2026)).toEqual([2026]);
  });
});

describe("articlesByDepartment", () => {
  it("counts articles by the year written and 市级以上 by the year published, every department in file order", () => {
    expect(articlesByDepartment(articles, departments, 2025)).toEqual([
      // a3 written 2025; a1 (2024) published 市级 in 2025
      { id: "zuzhi", name: "组织股", articles: 1, cityOrAbove: 1 },
      // a2 written and published 省级 in 2025
      { id: "ganbu", name: "干部股", articles: 1, cityOrAbove: 1 },
      { id: "jiandu", name: "监督股", articles: 0, cityOrAbove: 0 },
      // a4: an unregistered department still counts, under a name that says so
      { id: "renli", name: UNKNOWN_DEPARTMENT, articles: 1, cityOrAbove: 0 },
    ]);
  });

  it("gives an empty year zeros for every department and leaves out unregistered ones with nothing", () => {
    expect(articlesByDepartment(articles, departments, 2026)).toEqual(
      departments.map((d) => ({ ...d, articles: 0, cityOrAbove: 0 })),
    );
  });
});

describe("publicationsByLevel", () => {
  it("counts the articles published that year at each level, 区级 to 国家级", () => {
    expect(publicationsByLevel(articles, 2025)).toEqual([
      { level: "区级", count: 1 },
      { level: "市级", count: 1 },
      { level: "省级", count: 1 },
      { level: "国家级", count: 0 },
    ]);
    expect(publicationsByLevel(articles, 2024).every((row) => row.count === 0)).toBe(true);
  });
});

describe("authorRows", () => {
  it("lists each person who had signed an article by then, by name, with that year's counts", () => {
    expect(authorRows(articles, departments, 2025)).toEqual([
      // 丙's department is not registered
      { name: "丙", departments: [UNKNOWN_DEPARTMENT], articles: 1, cityOrAbove: 0 },
      // 甲: a2 written in 2025; a1 and a2 both published 市级以上 in 2025
      { name: "甲", departments: ["组织股", "干部股"], articles: 1, cityOrAbove: 2 },
      { name: "乙", departments: ["干部股", "监督股"], articles: 1, cityOrAbove: 1 },
    ]);
  });

  it("does not list a team signature as a person, nor someone who first signed in a later year", () => {
    const names2024 = authorRows(articles, departments, 2024).map((r) => r.name);
    expect(names2024).toEqual(["甲"]);
    expect(isGroupAuthor("组织股调研组")).toBe(true);
    expect(isGroupAuthor("示例作者甲")).toBe(false);
  });

  it("keeps an author with nothing that year, at zero (the commitment is not met)", () => {
    expect(authorRows(articles, departments, 2026).map((r) => [r.name, r.articles, r.cityOrAbove])).toEqual([
      ["丙", 0, 0],
      ["甲", 0, 0],
      ["乙", 0, 0],
    ]);
  });
});

describe("bookMonths and monthsElapsed", () => {
  it("gives the twelve months with the book of each, if any", () => {
    const months = bookMonths(books, 2025);
    expect(months).toHaveLength(12);
    expect(months.filter((m) => m.book).map((m) => m.month)).toEqual(["2025-01", "2025-03", "2025-04"]);
  });

  it("counts all months of a past year, the months so far of this year, none of a future one", () => {
    expect(monthsElapsed(2025, "2026-04")).toBe(12);
    expect(monthsElapsed(2026, "2026-04")).toBe(4);
    expect(monthsElapsed(2027, "2026-04")).toBe(0);
  });
});

describe("rulesByCategory", () => {
  const rules: RuleFacts[] = [
    { id: "r1", category: "工作制度", status: "现行有效", issued: day("2023-01-01") },
    { id: "r2", category: "工作制度", status: "已修改", issued: day("2024-01-01") },
    { id: "r3", category: "纪律规定", status: "现行有效", issued: day("2025-01-01") },
  ];

  it("counts the rules issued by the end of the year, by category and 时效性, leaving empty categories out", () => {
    expect(rulesByCategory(rules, 2024)).toEqual([
      { category: "工作制度", byStatus: [1, 1, 0, 0], total: 2 },
    ]);
    expect(rulesByCategory(rules, 2025).map((r) => r.category)).toEqual(["工作制度", "纪律规定"]);
  });
});

describe("yearSummary", () => {
  it("sums up a year in three figures", () => {
    expect(yearSummary({ articles, books }, 2025)).toEqual({ articles: 3, cityOrAbove: 2, bookMonths: 3 });
    expect(yearSummary({ articles, books }, 2026)).toEqual({ articles: 0, cityOrAbove: 0, bookMonths: 0 });
  });
});

describe("commitmentProgress", () => {
  const facts: ProgrammeFacts = { articles, books, departments, today: "2026-04" };

  it("counts the authors who reach a per-author target", () => {
    // 2025: 丙, 甲, 乙 each wrote one
    expect(commitmentProgress({ target: 1, measure: "每人调研文章篇数" }, facts, 2025)).toEqual({
      measured: true,
      met: 3,
      of: 3,
      counted: "名作者",
    });
    // 2025 市级以上: 甲 2, 乙 1, 丙 0 → only 甲 reaches 2
    expect(commitmentProgress({ target: 2, measure: "每人市级以上刊发篇数" }, facts, 2025)).toMatchObject({
      met: 1,
      of: 3,
    });
  });

  it("counts the months with a book among the months that have passed", () => {
    expect(commitmentProgress({ target: 1, measure: "推荐书目月数" }, facts, 2025)).toMatchObject({
      met: 3,
      of: 12,
    });
    expect(commitmentProgress({ target: 1, measure: "推荐书目月数" }, facts, 2026)).toMatchObject({
      met: 0,
      of: 4,
    });
  });

  it("says a commitment without a measure is not measured, rather than guessing", () => {
    expect(commitmentProgress({ target: 1 }, facts, 2025)).toEqual({ measured: false });
  });
});
