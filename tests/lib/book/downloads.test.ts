import { describe, expect, it } from "vitest";
import {
  addToSitemap,
  downloadsHtml,
  formatBytes,
  insertDownloads,
} from "../../../src/lib/book/downloads.ts";

const downloads = [
  {
    label: "PDF 印刷本",
    note: "可打印",
    href: "/portal/study/xuanbian.pdf",
    bytes: 4_603_034,
    date: "2026-11-30",
  },
  {
    label: "EPUB 电子书",
    note: "手机阅读",
    href: "/portal/study/xuanbian.epub",
    bytes: 117_661,
    date: "2026-11-30",
  },
];

describe("the compilation's downloads", () => {
  it("gives sizes as file managers do", () => {
    expect(formatBytes(900)).toBe("900 字节");
    expect(formatBytes(117_661)).toBe("115 KB");
    expect(formatBytes(4_603_034)).toBe("4.4 MB");
  });

  it("lists each file with its size and date, outside the search index", () => {
    const html = downloadsHtml(downloads);
    expect(html).toContain("data-pagefind-ignore");
    expect(html).toContain(
      '<a href="/portal/study/xuanbian.pdf" download>PDF 印刷本</a>（可打印；4.4 MB，2026年11月30日编印）',
    );
    expect(html).toContain("115 KB");
  });

  it("replaces the contents page's placeholder, and its own list on a second run", () => {
    const page = '<main><div id="book-downloads" hidden data-astro-cid-x></div><nav>目录</nav></main>';
    const once = insertDownloads(page, downloads);
    expect(once).not.toContain("hidden");
    expect(once).toContain("<nav>目录</nav>");
    const twice = insertDownloads(once, downloads.slice(1));
    expect(twice.match(/<section id="book-downloads"/g)).toHaveLength(1);
    expect(twice).not.toContain("PDF 印刷本");
    expect(() => insertDownloads("<main></main>", downloads)).toThrow(/占位/);
  });

  it("adds the files to sitemap.xml once", () => {
    const xml = '<?xml version="1.0"?>\n<urlset>\n  <url><loc>https://x/</loc></url>\n</urlset>\n';
    const urls = [{ loc: "https://x/study/xuanbian.pdf", date: "2026-11-30" }];
    const once = addToSitemap(xml, urls);
    expect(once).toContain(
      "<url><loc>https://x/study/xuanbian.pdf</loc><lastmod>2026-11-30</lastmod></url>\n</urlset>",
    );
    expect(addToSitemap(once, urls)).toBe(once);
  });
});
