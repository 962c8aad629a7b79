import { describe, expect, it } from "vitest";
import {
  baseFromHome,
  parseSitePage,
  resolveSitePath,
  urlPathOf,
} from "../../../src/lib/audit/site-pages.ts";
import { pageOfSource } from "../../../src/lib/audit/sources.ts";

describe("parseSitePage", () => {
  it("reads the meta, ids, links (inside <main> or not) and canonical address", () => {
    const page = parseSitePage(
      "rules/a/index.html",
      '<html><head><meta name="ColumnName" content=" 规章制度 "><meta name="ColumnName" content="另一个"><link rel="canonical" href="https://x.gov.cn/portal/rules/a/"><link rel="stylesheet" href="/portal/_astro/a.css"><script src="/portal/_astro/a.js"></script></head><body><a href="/portal/">首页</a><main id="main"><h2 id="art-1">第一条</h2><a href="#art-1">链接</a><img src="a.png" alt=""></main></body></html>',
      "/portal/",
    );
    expect(page.urlPath).toBe("/portal/rules/a/");
    expect(page.meta).toEqual({ ColumnName: "规章制度" });
    expect([...page.ids]).toEqual(["main", "art-1"]);
    expect(page.links).toEqual([
      { href: "https://x.gov.cn/portal/rules/a/", inMain: false },
      { href: "/portal/_astro/a.css", inMain: false },
      { href: "/portal/_astro/a.js", inMain: false },
      { href: "/portal/", inMain: false },
      { href: "#art-1", inMain: true },
      { href: "a.png", inMain: true },
    ]);
    expect(baseFromHome(page)).toBe("/portal/rules/a/");
    expect(baseFromHome({ canonical: "https://x.gov.cn" })).toBe("/");
    expect(baseFromHome({ canonical: undefined })).toBeUndefined();
  });
});

describe("urlPathOf and resolveSitePath", () => {
  const files = new Set(["index.html", "rules/index.html", "rss.xml", "404.html", "规则.txt"]);
  it("maps files and URL paths both ways, as a static server does", () => {
    expect(urlPathOf("rules/index.html", "/portal/")).toBe("/portal/rules/");
    expect(urlPathOf("404.html", "/")).toBe("/404.html");
    expect(resolveSitePath(files, "/", "/")).toBe("index.html");
    expect(resolveSitePath(files, "/", "/rules/")).toBe("rules/index.html");
    expect(resolveSitePath(files, "/", "/rules")).toBe("rules/index.html");
    expect(resolveSitePath(files, "/", "/rss.xml")).toBe("rss.xml");
    expect(resolveSitePath(files, "/", "/%E8%A7%84%E5%88%99.txt")).toBe("规则.txt");
    expect(resolveSitePath(files, "/", "/books/")).toBeUndefined();
    expect(resolveSitePath(files, "/", "/%E0%A4%A")).toBeUndefined();
    expect(resolveSitePath(files, "/portal/", "/rules/")).toBeUndefined();
    expect(resolveSitePath(files, "/portal/", "/portal/../index.html")).toBeUndefined();
  });
});

describe("pageOfSource", () => {
  it("names the page built from a content file", () => {
    expect(pageOfSource("src/content/rules/shouwen-fuze.md", "/")).toBe("/rules/shouwen-fuze/");
    expect(pageOfSource("src/content/study/baomi-fa.md", "/portal/")).toBe("/portal/study/baomi-fa/");
    expect(pageOfSource("src/content/books/a.mdx", "/")).toBe("/books/a/");
    expect(pageOfSource("src/content/articles/a.md", "/")).toBe("/articles/a/");
    expect(pageOfSource("src/content/pillars.yaml", "/")).toBe("/programme/");
    expect(pageOfSource("src/content/departments.yaml", "/")).toBe("/articles/");
    expect(pageOfSource("site.config.ts", "/portal/")).toBe("/portal/");
    expect(pageOfSource("src/content/other/x.md", "/")).toBeUndefined();
  });
});
