import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { toSearchDocument } from "../../../src/lib/search/document.ts";
import { EXCERPT_START_ID } from "../../../src/lib/search/hit.ts";
import { INDEX_LANGUAGE, readableText, unfuse } from "../../../src/lib/search/tokenize.ts";

/** An element's indexed text as a result's excerpt shows it. */
const shown = (text: string | undefined) => readableText(unfuse(text ?? ""));

const PAGE = `<!doctype html><html lang="zh-CN"><head><title>首问负责制度 - 组工学习门户</title></head><body>
<nav>首页 规章制度</nav>
<article data-pagefind-body><h1>首问负责制度</h1>
<span hidden data-pagefind-filter="collection:规章制度"></span>
<h2 id="ch-1">第一章 总则</h2>
<p id="art-1" class="article"><a href="#art-1" class="article-no">第一条</a> 为了落实<strong>首问</strong>负责&amp;示例，制定本制度。</p>
</article><footer>主办单位</footer></body></html>`;

describe("toSearchDocument", () => {
  const doc = parse(toSearchDocument(PAGE) as string);

  it("keeps only the searchable region, indexed in a language Pagefind does not re-segment", () => {
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe(INDEX_LANGUAGE);
    expect(doc.text).not.toContain("主办单位");
    expect(doc.text).not.toContain("首页");
  });

  it("tokenizes a paragraph as one run, across its inline elements, and keeps entities escaped", () => {
    const article = doc.querySelector("p.article");
    // 一, 条 and 定 are among the most frequent characters: each is indexed paired with the one before.
    expect(article?.text.replace(/\s+/g, " ").trim()).toBe(
      "第 一第 条一 为 了 落 实 首 问 负 责& 示 例， 制 定制 本 制 度。",
    );
    expect(article?.innerHTML).toContain("&amp;");
  });

  it("anchors each article and division on an empty element, and keeps the readable title as metadata", () => {
    // Empty, so Pagefind does not store its text twice; untitled, so it is no sub-result of its own.
    for (const [id, parent] of [
      ["art-1", "p"],
      ["ch-1", "h2"],
    ]) {
      const anchor = doc.querySelector(`#${id}`);
      expect(anchor?.tagName).toBe("SPAN");
      expect(anchor?.text).toBe("");
      expect(anchor?.hasAttribute("data-pagefind-title")).toBe(false);
      expect(anchor?.parentNode?.tagName.toLowerCase()).toBe(parent);
      expect(anchor?.parentNode?.firstChild).toBe(anchor);
    }
    expect(doc.querySelector("p.article")?.text.trim()).toMatch(/^第 一第 条一/);
    expect(doc.querySelector('[data-pagefind-meta^="title:"]')?.getAttribute("data-pagefind-meta")).toBe(
      "title:首问负责制度",
    );
    expect(doc.querySelector("h1")?.getAttribute("data-pagefind-weight")).toBe("10");
    expect(doc.querySelector('[data-pagefind-filter="collection:规章制度"]')).not.toBeNull();
  });

  it("leaves other ids where they are", () => {
    const page = PAGE.replace('<h2 id="ch-1">', '<h2 id="一问题的提出">');
    const other = parse(toSearchDocument(page) as string);
    expect(other.querySelector("h2")?.id).toBe("一问题的提出");
  });

  it("takes the title from the page's <title> when the region has no heading", () => {
    const page = PAGE.replace("<h1>首问负责制度</h1>", "").replace(
      "<title>",
      '<meta name="description" content="data-pagefind-body 示例"><title>',
    );
    const other = parse(toSearchDocument(page) as string);
    expect(other.querySelector('[data-pagefind-meta^="title:"]')?.getAttribute("data-pagefind-meta")).toBe(
      "title:首问负责制度 - 组工学习门户",
    );
    // The region is found after the words in the head, and only the region is indexed.
    expect(other.querySelector("p.article")?.text).toMatch(/首 问 负 责/);
    expect(other.text).not.toContain("主办单位");
  });

  it("ends headings, cells and list items that have no punctuation of their own, so they never run together", () => {
    const page = PAGE.replace(
      "</article>",
      `<table><tr><th>事项</th><th>办结时限</th></tr><tr><td>党员组织关系转接（县内）</td><td>即时办结</td></tr></table>
<ul><li>一是学习<ul><li>周五学习</li></ul></li><li>二是服务；</li></ul></article>`,
    );
    const text = shown(parse(toSearchDocument(page) as string).querySelector("article")?.text);
    expect(text).toContain("首问负责制度　第一章总则　第一条为了");
    expect(text).toContain(
      "事项　办结时限　党员组织关系转接（县内）　即时办结　一是学习　周五学习　二是服务；",
    );
  });

  it("indexes a table of labels and values as a sentence, and begins the page's text after it", () => {
    const page = PAGE.replace(
      "<h2",
      `<table class="rule-meta" data-search-details><caption>制度信息</caption><tbody>
<tr><th scope="row">文号</th><td>示例组发〔2024〕5号</td></tr><tr><th scope="row">施行日期</th><td>—</td></tr>
<tr><th scope="row">时效性</th><td><span class="rule-status">已修改</span></td></tr></tbody></table><h2`,
    );
    const doc = parse(toSearchDocument(page) as string);
    expect(shown(doc.querySelector("table")?.text)).toBe(
      "制度信息　文号：示例组发〔2024〕5号；时效性：已修改。",
    );
    // The page's own text begins right after the details (an excerpt from the top starts there).
    const start = doc.querySelector(`#${EXCERPT_START_ID}`);
    expect(start?.previousElementSibling?.tagName).toBe("TABLE");
    expect(start?.text).toBe("");
    // Without details, right after the title.
    expect(
      parse(toSearchDocument(PAGE) as string).querySelector(`#${EXCERPT_START_ID}`)?.previousElementSibling
        ?.tagName,
    ).toBe("H1");
  });

  it("indexes a list of labels and values (dt, dd) as a sentence, and an excerpt from the top skips it", () => {
    const page = PAGE.replace(
      "</h1>",
      `</h1><div class="book-cover" aria-hidden="true"><span>首问负责制度</span></div>
<dl class="fact-list"><div><dt>作者</dt><dd>示例作者甲</dd></div><div><dt>股室</dt><dd><a href="/x/">组织股</a></dd></div></dl>
<section><h2 id="abstract">摘要</h2><p>本文调研了首问负责。</p></section>`,
    );
    const doc = parse(toSearchDocument(page) as string);
    expect(shown(doc.querySelector("dl")?.text)).toBe("作者：示例作者甲；股室：组织股。");
    expect(doc.querySelector(`#${EXCERPT_START_ID}`)?.previousElementSibling?.tagName).toBe("DL");
    // Text between the title and the page's own text that is no such list ends the details.
    const other = parse(toSearchDocument(page.replace("</h1>", "</h1><p>导语。</p>")) as string);
    expect(other.querySelector(`#${EXCERPT_START_ID}`)?.previousElementSibling?.tagName).toBe("H1");
  });

  it("skips pages without a searchable region", () => {
    expect(toSearchDocument("<html><body><main><h1>规章制度</h1></main></body></html>")).toBeUndefined();
  });
});
