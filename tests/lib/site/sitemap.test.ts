import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapXml } from "../../../src/lib/site/sitemap.ts";

describe("sitemapXml", () => {
  const xml = sitemapXml([
    { loc: "https://zugong.example.com/rules/", lastmod: "2024-03-01" },
    { loc: "https://zugong.example.com/" },
    { loc: "https://zugong.example.com/books/?a=1&b=2", lastmod: "" },
  ]);

  it("starts with the XML declaration and the sitemap namespace", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.trimEnd().endsWith("</urlset>")).toBe(true);
  });

  it("lists URLs sorted by address", () => {
    const locs = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      "https://zugong.example.com/",
      "https://zugong.example.com/books/?a=1&amp;b=2",
      "https://zugong.example.com/rules/",
    ]);
  });

  it("escapes & so the file stays well-formed", () => {
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|apos;|quot;)/);
  });

  it("writes lastmod only for entries that have one", () => {
    expect(xml).toContain(
      "<url><loc>https://zugong.example.com/rules/</loc><lastmod>2024-03-01</lastmod></url>",
    );
    expect(xml).toContain("<url><loc>https://zugong.example.com/</loc></url>");
    expect(xml.match(/<lastmod>/g)).toHaveLength(1);
  });

  it("writes an empty urlset for no pages", () => {
    expect(sitemapXml([])).not.toContain("<url>");
  });
});

describe("robotsTxt", () => {
  it("allows everything and points to the sitemap", () => {
    const txt = robotsTxt("https://zugong.example.com/portal/sitemap.xml");
    expect(txt.split("\n")).toEqual([
      "User-agent: *",
      "Allow: /",
      "",
      "Sitemap: https://zugong.example.com/portal/sitemap.xml",
      "",
    ]);
  });
});
