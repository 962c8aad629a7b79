import { describe, expect, it } from "vitest";
import { SECTIONS, absoluteUrl, paths, section, withBase } from "../../../src/lib/site/routes.ts";

describe("withBase", () => {
  it("leaves paths unchanged when the site is served at /", () => {
    expect(withBase("/", "/")).toBe("/");
    expect(withBase("/", "/rules/")).toBe("/rules/");
  });

  it("puts the sub-path in front when the site is served under /portal/", () => {
    expect(withBase("/portal/", "/")).toBe("/portal/");
    expect(withBase("/portal/", "/rules/shouwen-fuze/")).toBe("/portal/rules/shouwen-fuze/");
  });

  it("never produces a double slash, whether or not base or path carry one", () => {
    expect(withBase("/portal", "/rss.xml")).toBe("/portal/rss.xml");
    expect(withBase("/portal/", "rss.xml")).toBe("/portal/rss.xml");
  });
});

describe("absoluteUrl", () => {
  it("joins the site address, base and path", () => {
    expect(absoluteUrl("https://zugong.example.com", "/", "/rss.xml")).toBe(
      "https://zugong.example.com/rss.xml",
    );
    expect(absoluteUrl("https://zugong.example.com/", "/portal/", paths.rule("ba-buzhun"))).toBe(
      "https://zugong.example.com/portal/rules/ba-buzhun/",
    );
  });
});

describe("paths", () => {
  it("builds trailing-slash page paths for each kind of entry", () => {
    expect(paths.rule("shi-yanjin")).toBe("/rules/shi-yanjin/");
    expect(paths.chapter("baomi-fa")).toBe("/study/baomi-fa/");
    expect(paths.book("xiangtu-zhongguo")).toBe("/books/xiangtu-zhongguo/");
    expect(paths.article("dangyuan-jiaoyu-2025")).toBe("/articles/dangyuan-jiaoyu-2025/");
  });

  it("links to an article anchor inside a rule and to a pillar on the programme page", () => {
    expect(paths.ruleArticle("shouwen-fuze", "art-3")).toBe("/rules/shouwen-fuze/#art-3");
    expect(paths.pillar("xuexi")).toBe("/programme/#xuexi");
  });

  it("serves the feeds as files, not directories", () => {
    expect(paths.rss()).toBe("/rss.xml");
    expect(paths.sitemapXml()).toBe("/sitemap.xml");
    expect(paths.siteMap()).toBe("/sitemap/");
  });
});

describe("section", () => {
  it("returns the Chinese title, path and column type of a section; the home page is no column", () => {
    expect(section("rules")).toMatchObject({
      title: "规章制度",
      path: "/rules/",
      column: { type: "信息公开" },
    });
    expect(section("home")).toMatchObject({ path: "/", column: undefined });
  });

  it("lists the sections in navigation order, starting with the home page", () => {
    expect(SECTIONS.map((s) => s.key)).toEqual([
      "home",
      "programme",
      "rules",
      "study",
      "sessions",
      "books",
      "articles",
    ]);
  });
});
