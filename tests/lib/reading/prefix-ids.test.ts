import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { prefixIds } from "../../../src/lib/reading/prefix-ids.ts";

describe("prefixIds", () => {
  const chapter = [
    '<h2 id="ch-1">第一章 总则</h2>',
    '<p id="art-1" class="article"><a href="#art-1" class="article-no">第一条</a> 正文<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>',
    '<p><a href="#elsewhere">别处</a> <a href="https://example.com/#art-1">外部</a> <a href="../x/#art-1">他章</a></p>',
    '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">注释</h2>',
    '<ol><li id="user-content-fn-1"><p>注 <a href="#user-content-fnref-1" data-footnote-backref aria-label="返回正文">↩</a></p></li></ol></section>',
  ].join("\n");

  it("prefixes every id and the in-page links and ARIA references to them", () => {
    const root = parse(prefixIds(chapter, "c3-"));
    const ids = root.querySelectorAll("[id]").map((el) => el.id);
    expect(ids).toEqual([
      "c3-ch-1",
      "c3-art-1",
      "c3-user-content-fnref-1",
      "c3-footnote-label",
      "c3-user-content-fn-1",
    ]);
    expect(root.querySelector(".article-no")?.getAttribute("href")).toBe("#c3-art-1");
    expect(root.querySelector("[data-footnote-ref]")?.getAttribute("href")).toBe("#c3-user-content-fn-1");
    expect(root.querySelector("[data-footnote-ref]")?.getAttribute("aria-describedby")).toBe(
      "c3-footnote-label",
    );
    expect(root.querySelector("[data-footnote-backref]")?.getAttribute("href")).toBe(
      "#c3-user-content-fnref-1",
    );
  });

  it("leaves links to ids outside the chunk and to other pages alone", () => {
    const hrefs = parse(prefixIds(chapter, "c3-"))
      .querySelectorAll("a")
      .map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("#elsewhere");
    expect(hrefs).toContain("https://example.com/#art-1");
    expect(hrefs).toContain("../x/#art-1");
  });

  it("keeps the text and the other attributes", () => {
    const out = prefixIds(chapter, "p-");
    expect(parse(out).textContent).toBe(parse(chapter).textContent);
    expect(out).toContain('class="article"');
    expect(out).toContain('aria-label="返回正文"');
  });

  it("gives two chapters with the same anchors distinct ids", () => {
    const page = parse(prefixIds(chapter, "a-") + prefixIds(chapter, "b-"));
    const ids = page.querySelectorAll("[id]").map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
