import { describe, expect, it } from "vitest";
import { articlesByYear, newestFirst, type ArticleLike } from "../../../src/lib/content/articles.ts";

const article = (id: string, date: string): ArticleLike => ({
  id,
  data: { title: id, date: new Date(`${date}T00:00:00Z`) },
});

const articles = [
  article("kaohe", "2024-05-10"),
  article("jiandu", "2025-11-05"),
  article("wuxing", "2026-06-01"),
  article("dangyuan", "2025-09-10"),
  article("nianqing-b", "2025-09-10"),
  article("jiceng", "2024-12-31"),
];

describe("newestFirst", () => {
  it("orders articles by date, newest first, and by id on the same day", () => {
    expect(newestFirst(articles).map((a) => a.id)).toEqual([
      "wuxing",
      "jiandu",
      "dangyuan",
      "nianqing-b",
      "jiceng",
      "kaohe",
    ]);
  });

  it("does not reorder the input", () => {
    newestFirst(articles);
    expect(articles[0]?.id).toBe("kaohe");
  });
});

describe("articlesByYear", () => {
  it("groups articles by year, newest year first and newest article first", () => {
    expect(articlesByYear(articles).map((y) => [y.year, y.articles.map((a) => a.id)])).toEqual([
      [2026, ["wuxing"]],
      [2025, ["jiandu", "dangyuan", "nianqing-b"]],
      [2024, ["jiceng", "kaohe"]],
    ]);
  });

  it("files an article dated 31 December under that year, using the UTC calendar day", () => {
    const groups = articlesByYear([article("nye", "2024-12-31"), article("nyd", "2025-01-01")]);
    expect(groups.map((g) => [g.year, g.articles.map((a) => a.id)])).toEqual([
      [2025, ["nyd"]],
      [2024, ["nye"]],
    ]);
  });
});
