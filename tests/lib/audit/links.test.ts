import { describe, expect, it } from "vitest";
import {
  brokenLinks,
  DEFAULT_ALLOWED_DOMAINS,
  externalDomainItems,
  externalLinks,
  isAllowedHost,
} from "../../../src/lib/audit/links.ts";
import { sitePages } from "./fixtures.ts";

describe("brokenLinks", () => {
  it("finds links to missing files and to missing anchors, under a base path", () => {
    const pages = sitePages(
      [
        {
          file: "index.html",
          links: [
            "/portal/rules/",
            "/portal/rules/a/#art-1",
            "/portal/rules/a/#art-9",
            "/portal/nope/",
            "rules/a/",
            "/elsewhere/",
          ],
          navLinks: ["https://www.gov.cn/", "mailto:a@b.cn", "/portal/favicon.svg"],
        },
        { file: "rules/index.html" },
        { file: "rules/a/index.html", ids: ["art-1"], links: ["../", "#art-1", "#%E7%AC%AC"] },
      ],
      "/portal/",
    );
    const files = new Set(["index.html", "rules/index.html", "rules/a/index.html", "favicon.svg"]);
    expect(brokenLinks(pages, files, "/portal/")).toEqual([
      { page: "index.html", link: "/portal/rules/a/#art-9", reason: "页面中没有 id 为“art-9”的位置" },
      { page: "index.html", link: "/portal/nope/", reason: "没有这个文件" },
      { page: "index.html", link: "/elsewhere/", reason: "没有这个文件" },
      { page: "rules/a/index.html", link: "#%E7%AC%AC", reason: "页面中没有 id 为“第”的位置" },
    ]);
  });
});

describe("isAllowedHost", () => {
  it("allows a listed domain and its subdomains, nothing that merely ends the same way", () => {
    expect(isAllowedHost("gov.cn", DEFAULT_ALLOWED_DOMAINS)).toBe(true);
    expect(isAllowedHost("www.gov.cn", DEFAULT_ALLOWED_DOMAINS)).toBe(true);
    expect(isAllowedHost("flk.npc.gov.cn", DEFAULT_ALLOWED_DOMAINS)).toBe(true);
    expect(isAllowedHost("WWW.GOV.CN.", DEFAULT_ALLOWED_DOMAINS)).toBe(true);
    expect(isAllowedHost("bszs.conac.cn", DEFAULT_ALLOWED_DOMAINS)).toBe(true);
    expect(isAllowedHost("conac.cn", DEFAULT_ALLOWED_DOMAINS)).toBe(false);
    expect(isAllowedHost("fakegov.cn", DEFAULT_ALLOWED_DOMAINS)).toBe(false);
    expect(isAllowedHost("gov.cn.example.com", DEFAULT_ALLOWED_DOMAINS)).toBe(false);
    expect(isAllowedHost("news.12371.cn", ["12371.cn"])).toBe(true);
    expect(isAllowedHost("news.12371.cn", ["*.12371.cn"])).toBe(true);
  });
});

describe("externalLinks and externalDomainItems", () => {
  const pages = sitePages([
    {
      file: "index.html",
      navLinks: ["https://www.gov.cn/", "https://zugong.example.com/", "https://news.12371.cn/a"],
    },
    {
      file: "rules/index.html",
      links: ["https://www.example.com/x#top", "http://www.example.com/x", "https://www.gov.cn/"],
    },
    { file: "books/index.html", links: ["https://www.example.com/x", "ftp://files.example.com/"] },
  ]);

  it("lists every external URL by domain with the pages using it, leaving out the site's own address", () => {
    const domains = externalLinks(pages, {
      siteUrl: "https://zugong.example.com",
      allowed: DEFAULT_ALLOWED_DOMAINS,
    });
    expect(domains).toEqual([
      { domain: "news.12371.cn", allowed: false, urls: [{ url: "https://news.12371.cn/a", pages: ["/"] }] },
      {
        domain: "www.example.com",
        allowed: false,
        urls: [
          { url: "http://www.example.com/x", pages: ["/rules/"] },
          { url: "https://www.example.com/x", pages: ["/books/", "/rules/"] },
        ],
      },
      {
        domain: "www.gov.cn",
        allowed: true,
        urls: [{ url: "https://www.gov.cn/", pages: ["/", "/rules/"] }],
      },
    ]);
  });

  it("makes one 提示 per domain off the allow-list; allowedDomains from the config adds to it", () => {
    const fileOf = (urlPath: string) => `dist${urlPath}index.html`;
    const siteUrl = "https://zugong.example.com";
    const off = externalDomainItems(
      externalLinks(pages, { siteUrl, allowed: DEFAULT_ALLOWED_DOMAINS }),
      fileOf,
    );
    expect(off.map((i) => [i.severity, i.check, i.file, i.page, i.pages])).toEqual([
      ["提示", "external", "dist/index.html", "/", []],
      ["提示", "external", "dist/books/index.html", "/books/", ["/rules/"]],
    ]);
    expect(off[1]?.message).toContain("不在允许名单中的域名 www.example.com（2 个网址，2 个页面）");
    const allowed = [...DEFAULT_ALLOWED_DOMAINS, "12371.cn", "example.com"];
    expect(externalDomainItems(externalLinks(pages, { siteUrl, allowed }), fileOf)).toEqual([]);
  });
});
