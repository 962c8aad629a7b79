import { describe, expect, it } from "vitest";
import { pageCss, pdfDocument } from "../../../src/lib/book/pdf-html.ts";
import { readPrintPage } from "../../../src/lib/book/source.ts";
import { printPage } from "../../helpers/book-fixture.ts";

const meta = {
  compiler: "示例县委组织部",
  date: "2026-11-30",
  siteUrl: "https://zugong.example.com",
  base: "/",
  sample: true,
};
const html = pdfDocument(readPrintPage(printPage()), meta, "A5", "/* book */", "/* engine */");

describe("the booklet's HTML for the paged-media engine", () => {
  it("sets the paper and a wider inside (binding) margin on left- and right-hand pages", () => {
    expect(pageCss("A5")).toContain("size: A5;");
    expect(pageCss("A5")).toContain("@page :right { margin-left: 20mm; margin-right: 14mm; }");
    expect(pageCss("A5")).toContain("@page :left { margin-left: 14mm; margin-right: 20mm; }");
    expect(pageCss("A4")).toContain("size: A4;");
  });

  it("has the cover with the 示例 mark, the 编印说明 and contents linking to every part and chapter", () => {
    expect(html).toContain('<p class="sample-mark">示例</p>');
    expect(html).toContain("编印说明");
    expect(
      [...html.matchAll(/<li class="toc-(part|chapter)"><a href="#([^"]+)">/g)].map((m) => m[2]),
    ).toEqual(["part-1", "chapter-banjie-shixian", "part-2", "chapter-jiandu-tongbao"]);
  });

  it("moves each footnote to its reference, without the back-link, and drops the list of notes", () => {
    expect(html).toContain(
      '日常监督<span class="footnote">日常监督包括谈心谈话、提醒谈话等。</span>，制定本办法',
    );
    expect(html).toContain('<span class="footnote">含&lt;党组&gt;成员。</span>');
    expect(html).not.toContain("data-footnote-backref");
    expect(html).not.toContain('class="footnotes"');
  });

  it("puts a chapter's 章 under its title in the outline (h3), keeps 第N条 anchors and unwraps the table's scroll box", () => {
    expect(html).toContain('<h2 class="chapter-title">限时办结事项表</h2>');
    expect(html).toContain('<h3 id="banjie-shixian--ch-1">第一章 总则</h3>');
    expect(html).toContain('<a href="#banjie-shixian--art-1" class="article-no">第一条</a>');
    expect(html).not.toContain("table-scroll");
    expect(html).toContain('href="https://zugong.example.com/rules/xianshi-banjie/"');
  });
});
