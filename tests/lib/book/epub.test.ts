import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { bookIdentifier, epubFiles, epubZip, stableUuid, type BookMeta } from "../../../src/lib/book/epub.ts";
import { bookChapters, readPrintPage } from "../../../src/lib/book/source.ts";
import { printPage } from "../../helpers/book-fixture.ts";

const meta: BookMeta = {
  compiler: "示例县委组织部",
  date: "2026-11-30",
  siteUrl: "https://zugong.example.com",
  base: "/",
  sample: true,
};
const book = readPrintPage(printPage());
const files = epubFiles(book, meta, "body { line-height: 1.8; }");
const file = (path: string) => files.find((f) => f.path === path)?.content ?? "";

describe("the book read from the print page", () => {
  it("has the title, the parts in order and each part's chapters with title and source", () => {
    expect(book.title).toBe("组工干部业务知识学习资料选编");
    expect(book.parts.map((p) => [p.title, p.chapters.map((c) => [c.id, c.title, c.source])])).toEqual([
      ["第一编 工作制度", [["banjie-shixian", "限时办结事项表", "示例县委组织部文件"]]],
      ["第二编 监督执纪", [["jiandu-tongbao", "干部监督情况通报办法", undefined]]],
    ]);
  });

  it("says what to do when the page is not the print page", () => {
    expect(() => readPrintPage("<html><body></body></html>")).toThrow(/npm run build/);
  });
});

describe("the EPUB", () => {
  it("starts with the mimetype, stored, so reading apps recognise it", () => {
    const zip = epubZip(files, meta.date);
    expect(strFromU8(zip.subarray(30, 38))).toBe("mimetype");
    // Compression method 0 (stored) and no extra field.
    expect(zip[8]).toBe(0);
    expect(zip[28]).toBe(0);
    expect(strFromU8(zip.subarray(38, 58))).toBe("application/epub+zip");
  });

  it("gives the same bytes from the same book, in any time zone", () => {
    const first = epubZip(epubFiles(readPrintPage(printPage()), meta, "x"), meta.date);
    const second = epubZip(epubFiles(readPrintPage(printPage()), meta, "x"), meta.date);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const entries = unzipSync(first);
    expect(Object.keys(entries)[0]).toBe("mimetype");
  });

  it("has title, language, a stable identifier and the date in its package document", () => {
    const opf = file("EPUB/package.opf");
    expect(opf).toContain("<dc:title>组工干部业务知识学习资料选编</dc:title>");
    expect(opf).toContain("<dc:language>zh-CN</dc:language>");
    expect(opf).toContain("<dc:date>2026-11-30</dc:date>");
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-30T00:00:00Z</meta>');
    expect(opf).toContain(`<dc:identifier id="book-id">${bookIdentifier(book, meta)}</dc:identifier>`);
    expect(bookIdentifier(book, meta)).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(stableUuid("a")).toBe(stableUuid("a"));
    expect(stableUuid("a")).not.toBe(stableUuid("b"));
  });

  it("lists every part and its chapters in the navigation document, in reading order", () => {
    const nav = file("EPUB/nav.xhtml");
    const links = [...nav.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["part-1.xhtml", "第一编 工作制度"],
      ["banjie-shixian.xhtml", "限时办结事项表"],
      ["part-2.xhtml", "第二编 监督执纪"],
      ["jiandu-tongbao.xhtml", "干部监督情况通报办法"],
    ]);
    const spine = [...file("EPUB/package.opf").matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
    expect(spine).toEqual([
      "title-page",
      "editorial",
      "nav",
      "part-1",
      "c-banjie-shixian",
      "part-2",
      "c-jiandu-tongbao",
    ]);
  });

  it("keeps 第N条 and footnote anchors as links inside the book, and sends site links to the site", () => {
    const wide = file("EPUB/banjie-shixian.xhtml");
    expect(wide).toContain(
      '<p id="banjie-shixian--art-1" class="article"><a href="banjie-shixian.xhtml#banjie-shixian--art-1" class="article-no">第一条</a>',
    );
    expect(wide).toContain('href="jiandu-tongbao.xhtml#jiandu-tongbao--art-2"');
    expect(wide).toContain('href="jiandu-tongbao.xhtml#jiandu-tongbao--art-1"');
    expect(wide).toContain('href="https://zugong.example.com/rules/xianshi-banjie/"');
    expect(wide).not.toContain("data-astro-cid");
    expect(wide).toContain("<br/>");
    const notes = file("EPUB/jiandu-tongbao.xhtml");
    expect(notes).toContain('href="jiandu-tongbao.xhtml#jiandu-tongbao--user-content-fn-1"');
    expect(notes).toContain('<li id="jiandu-tongbao--user-content-fn-2">');
    expect(notes).toContain("含&lt;党组&gt;成员。");
    expect(notes).toContain("其他干部 &amp; 工作人员");
  });

  it("marks the sample on its title page and says how it was compiled", () => {
    expect(file("EPUB/title.xhtml")).toContain('<p class="sample-mark">示例</p>');
    expect(file("EPUB/editorial.xhtml")).toContain("收录2编2章");
    const real = epubFiles(book, { ...meta, sample: false }, "");
    expect(real.find((f) => f.path === "EPUB/title.xhtml")?.content).not.toContain("示例</p>");
    expect(bookChapters(book)).toHaveLength(2);
  });

  it("uses links to the site under its sub-path", () => {
    const portal = readPrintPage(printPage().replaceAll('href="/', 'href="/portal/'));
    const content = epubFiles(portal, { ...meta, base: "/portal/" }, "").find(
      (f) => f.path === "EPUB/banjie-shixian.xhtml",
    )?.content;
    expect(content).toContain('href="jiandu-tongbao.xhtml#jiandu-tongbao--art-1"');
    expect(content).toContain('href="https://zugong.example.com/portal/rules/xianshi-banjie/"');
  });
});
