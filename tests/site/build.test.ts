import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { matchArticle } from "../../src/lib/reading/regulation.ts";
import { brokenLinks, htmlFiles, readPage, urlPathOf } from "../helpers/site-files.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";

const builds = [
  { name: "at the site root", dist: inject("rootDist"), base: "/" },
  { name: "under /portal/", dist: inject("portalDist"), base: "/portal/" },
];

const contentIds = (folder: string) =>
  readdirSync(path.join(PROJECT_ROOT, "src/content", folder))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ""));

/** Anchor ids of every 第N条 paragraph in a Markdown file, computed from the source text. */
function articleAnchors(file: string): string[] {
  const body = readFileSync(file, "utf8").replace(/^---[\s\S]*?\n---/, "");
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => matchArticle(paragraph.trim())?.id)
    .filter((id): id is string => id !== undefined);
}

describe.each(builds)("the site built $name", ({ dist, base }) => {
  const page = (urlPath: string) => {
    const file = path.join(dist, urlPath, urlPath.endsWith(".html") ? "" : "index.html");
    expect(existsSync(file), `${urlPath} should exist`).toBe(true);
    return readPage(file);
  };

  it("has every page type", () => {
    for (const p of ["", "programme/", "rules/", "study/", "books/", "articles/", "sitemap/", "404.html"])
      page(p);
    for (const id of contentIds("rules")) page(`rules/${id}/`);
    for (const id of contentIds("study")) page(`study/${id}/`);
    for (const id of contentIds("books")) page(`books/${id}/`);
    for (const id of contentIds("articles")) page(`articles/${id}/`);
    for (const file of ["sitemap.xml", "rss.xml", "robots.txt"])
      expect(existsSync(path.join(dist, file))).toBe(true);
  });

  it("declares Simplified Chinese and the government-site meta on every page", () => {
    for (const file of htmlFiles(dist)) {
      const doc = readPage(path.join(dist, file));
      expect(doc.querySelector("html")?.getAttribute("lang"), file).toBe("zh-CN");
      expect(doc.querySelector('meta[name="SiteName"]')?.getAttribute("content"), file).toBe("组工学习门户");
      expect(doc.querySelector('meta[name="SiteDomain"]')?.getAttribute("content"), file).toBe(
        "zugong.example.com",
      );
    }
  });

  it("gives every 第N条 of every rule and chapter a stable anchor that links to itself", () => {
    let count = 0;
    for (const [folder, ids] of [
      ["rules", contentIds("rules")],
      ["study", contentIds("study")],
    ] as const) {
      for (const id of ids) {
        const anchors = articleAnchors(path.join(PROJECT_ROOT, "src/content", folder, `${id}.md`));
        expect(anchors.length, `${folder}/${id} has articles`).toBeGreaterThan(0);
        const doc = page(`${folder}/${id}/`);
        for (const anchor of anchors) {
          const article = doc.getElementById(anchor);
          expect(article, `${folder}/${id}#${anchor}`).not.toBeNull();
          expect(article?.querySelector("a.article-no")?.getAttribute("href")).toBe(`#${anchor}`);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(900);
  });

  it("shows the metadata table, chapter contents and, on outdated rules, a link to the current version", () => {
    const rule = page("rules/xianshi-banjie-2023/");
    const table = rule.querySelector("table.rule-meta")?.text ?? "";
    for (const label of ["文号", "发文机关", "成文日期", "施行日期", "时效性"])
      expect(table).toContain(label);
    expect(table).toContain("已修改");
    const banner = rule.querySelector(".revision-banner");
    expect(banner?.querySelector("a")?.getAttribute("href")).toBe(`${base}rules/xianshi-banjie/`);
    expect(rule.querySelectorAll(".toc a").length).toBeGreaterThanOrEqual(3);
    expect(page("rules/xianshi-banjie/").querySelector(".revision-banner")).toBeNull();
  });

  it("renders GitHub-flavoured Markdown: tables, footnotes and task lists", () => {
    const withTable = htmlFiles(dist).filter((f) =>
      readPage(path.join(dist, f)).querySelector(".prose table"),
    );
    expect(withTable.length).toBeGreaterThan(0);
    const withFootnotes = htmlFiles(dist).filter((f) =>
      readPage(path.join(dist, f)).querySelector(".prose .footnotes"),
    );
    expect(withFootnotes.length).toBeGreaterThan(0);
    const withTasks = htmlFiles(dist).filter((f) =>
      readPage(path.join(dist, f)).querySelector('.prose input[type="checkbox"]'),
    );
    expect(withTasks.length).toBeGreaterThan(0);
  });

  it("links chapters of the compilation in reading order", () => {
    const contents = page("study/");
    const chapterLinks = contents.querySelectorAll(".contents a").map((a) => a.getAttribute("href"));
    expect(chapterLinks.length).toBe(contentIds("study").length);
    // Following 下一章 from the first chapter visits every chapter in the contents' order.
    let current = chapterLinks[0] as string;
    const visited = [current];
    for (;;) {
      const next = page(current.slice(base.length)).querySelector('a[rel="next"]')?.getAttribute("href");
      if (!next) break;
      visited.push(next);
      current = next;
    }
    expect(visited).toEqual(chapterLinks);
  });

  it("has no broken internal link or anchor", () => {
    expect(brokenLinks(dist, base)).toEqual([]);
  });

  it("keeps every internal link inside the base path", () => {
    for (const file of htmlFiles(dist)) {
      for (const a of readPage(path.join(dist, file)).querySelectorAll("a[href]")) {
        const href = a.getAttribute("href") as string;
        if (href.startsWith("/")) expect(href.startsWith(base), `${file}: ${href}`).toBe(true);
      }
    }
  });

  it("lists every page in sitemap.xml with the base path, and points robots.txt at it", () => {
    const xml = readFileSync(path.join(dist, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    const pages = htmlFiles(dist)
      .filter((f) => f !== "404.html")
      .map((f) => urlPathOf(f, base));
    expect([...locs].sort()).toEqual([...pages].sort());
    expect(readFileSync(path.join(dist, "robots.txt"), "utf8")).toContain(
      `Sitemap: https://zugong.example.com${base}sitemap.xml`,
    );
  });

  it("publishes an RSS feed with every article", () => {
    const rss = readFileSync(path.join(dist, "rss.xml"), "utf8");
    expect(rss.match(/<item>/g)?.length).toBe(contentIds("articles").length);
    for (const id of contentIds("articles"))
      expect(rss).toContain(`https://zugong.example.com${base}articles/${id}/`);
  });
});
