import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import type { Root } from "hast";
import rehypeRaw from "rehype-raw";
import { describe, expect, it } from "vitest";
import { markdownOptions } from "../../../src/lib/markdown/options.ts";
import rehypeSanitizeContent, {
  isComponentName,
  jsxAttributesToProperties,
  sanitizeTree,
} from "../../../src/lib/markdown/rehype-sanitize-content.ts";

type Options = Parameters<typeof createMarkdownProcessor>[0];

async function renderWith(options: Options, markdown: string, folder = "rules") {
  const processor = await createMarkdownProcessor(options);
  const result = await processor.render(markdown, {
    fileURL: new URL(`file:///site/src/content/${folder}/example.md`),
  });
  return result.code;
}

/** The site's pipeline, as astro.config.mjs configures it (no syntax highlighter). */
const render = (markdown: string, folder?: string) =>
  renderWith({ ...markdownOptions, syntaxHighlight: false }, markdown, folder);

/** The same pipeline with raw HTML parsed but nothing removed: what the page would be without the allow-list. */
const renderUnsanitized = (markdown: string, folder?: string) =>
  renderWith(
    {
      ...markdownOptions,
      rehypePlugins: markdownOptions.rehypePlugins.map((plugin) =>
        plugin === rehypeSanitizeContent ? rehypeRaw : plugin,
      ),
    },
    markdown,
    folder,
  );

/** What the site's own Markdown produces and an editor plausibly writes: all of it must survive. */
const LEGITIMATE = `## 第一章 总则

第一条 为了示例[^1]，制定本制度。

第十条之一 增加的条文，见[第一条](#art-1)和[首问负责制](/rules/shouwen-fuze/#art-3)。

### 第一节 一般规定

| 项目 | 时限 |
| :--- | ---: |
| 一般事项 | 3 个工作日 |

- [x] 已完成
- [ ] 未完成

~~删除线~~ https://www.gov.cn 和 <mailto:zzb@example.gov.cn>，电话 [0000-1234567](tel:00001234567)。

![办理流程图](https://www.example.gov.cn/liucheng.png "流程")

<img src="data:image/png;base64,iVBORw0KGgo=" alt="内嵌图片" width="120" height="60">

<mark>重点</mark>：H<sub>2</sub>O、x<sup>2</sup>、<abbr title="中国共产党">中共</abbr>、<u>下划线</u>、<small>小字</small>、<kbd>Ctrl</kbd>、<del>旧</del><ins>新</ins>、<q>引语</q>

<details><summary>展开全文</summary>

折叠的内容。

</details>

<figure><img src="/images/a.png" alt="示意图" width="100" height="50"><figcaption>图 1 示意图</figcaption></figure>

<ruby>组<rp>(</rp><rt>zǔ</rt><rp>)</rp></ruby>

<table><caption>附表</caption><thead><tr><th colspan="2" scope="col">合并表头</th></tr></thead><tbody><tr><td rowspan="2">甲</td><td>乙</td></tr><tr><td>丙</td></tr></tbody></table>

<p align="center">居中的落款<br>示例县委组织部</p>

<a id="fujian-1"></a>附件 1

<dl><dt>两清</dt><dd>政策清、程序清</dd></dl>

<ol start="3" type="a"><li>第三项</li></ol>

<blockquote cite="https://www.gov.cn">引用</blockquote>

> Markdown 引用

[^1]: 注释内容。
`;

describe("the sanitizer in the site's pipeline", () => {
  it("keeps everything the site's own Markdown and an editor's ordinary HTML produce, byte for byte", async () => {
    const unsanitized = await renderUnsanitized(LEGITIMATE);
    const sanitized = await render(LEGITIMATE);
    expect(sanitized).toBe(unsanitized);
  });

  it("keeps 条 anchors, self-links and footnote ids exactly (no user-content- prefix added)", async () => {
    const html = await render(LEGITIMATE);
    expect(html).toContain('<p id="art-1" class="article"><a href="#art-1" class="article-no">第一条</a>');
    expect(html).toContain('<p id="art-10-1" class="article">');
    expect(html).toContain('<h2 id="ch-1">第一章 总则</h2>');
    expect(html).toContain('<h3 id="ch-1-sec-1">');
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('href="#user-content-fnref-1" data-footnote-backref');
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="已完成">');
    expect(html).toContain('<a id="fujian-1"></a>');
    expect(html).not.toContain("user-content-user-content");
  });

  it("gives articles' headings their usual ids when they are not 编/章/节", async () => {
    const html = await render("## 一、基本情况\n\n正文。\n", "articles");
    expect(html).toMatch(/<h2 id="[^"]+">一、基本情况<\/h2>/);
  });

  it("keeps code blocks readable, with their language, and no style attributes", async () => {
    const html = await render("```js\nconst a = 1;\n```\n", "articles");
    expect(html).toContain('<pre><code class="language-js">const a = 1;');
    expect(html).not.toContain("style=");
  });

  it.each([
    ["<script>alert(1)</script>", "<script", "alert"],
    ["<ScRiPt>alert(1)</ScRiPt>", "<script", "alert"],
    ['<iframe src="https://example.com"></iframe>', "<iframe", "example.com"],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', "<iframe", "srcdoc"],
    ['<object data="x.swf"></object>', "<object", "x.swf"],
    ['<embed src="x.swf">', "<embed", "x.swf"],
    ['<form action="https://evil.example"><input name="q"><button>提交</button></form>', "<form", "evil"],
    ["<style>body{display:none}</style>", "<style", "display"],
    ['<svg><script>alert(1)</script><circle r="5"/></svg>', "<svg", "alert"],
    ["<math><mi>x</mi></math>", "<math", "<mi"],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', "<meta", "refresh"],
    ['<base href="https://evil.example/">', "<base", "evil"],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', "<link", "evil"],
  ])("drops %s", async (payload, tag, leftover) => {
    const html = await render(`前文\n\n${payload}\n\n后文\n`, "articles");
    expect(html.toLowerCase()).not.toContain(tag);
    expect(html).not.toContain(leftover);
    expect(html).toContain("前文");
    expect(html).toContain("后文");
  });

  it.each([
    '<img src="/a.png" onerror="alert(1)" alt="图">',
    '<p onclick="alert(1)" ONMOUSEOVER="alert(2)">段落</p>',
    "<details open ontoggle=alert(1)><summary>摘要</summary>内容</details>",
    '<a href="/rules/" onfocus="alert(1)" autofocus>链接</a>',
  ])("drops every on* attribute: %s", async (payload) => {
    const html = await render(`${payload}\n`, "articles");
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toContain("alert");
  });

  it.each([
    "[链接](javascript:alert(1))",
    "[链接](JavaScript:alert(1))",
    "[链接](<javascript:alert(1)>)",
    "[链接][x]\n\n[x]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '[链接](vbscript:msgbox("x"))',
    "[链接](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="jav&#x09;ascript:alert(1)">链接</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">链接</a>',
    '<a href=" javascript:alert(1)">链接</a>',
    '<a href="javascript&colon;alert(1)">链接</a>',
  ])("drops the unsafe address of %s but keeps the link text", async (payload) => {
    const html = await render(`${payload}\n`, "articles");
    expect(html).not.toMatch(/href="[^"]*(?:script|data:)/i);
    expect(html).toMatch(/<a>/);
  });

  it("keeps data: only for images, and only raster formats", async () => {
    const html = await render(
      [
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="可以">',
        '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="矢量">',
        '<img src="data:text/html;base64,PHNjcmlwdD4=" alt="网页">',
        "![图片](javascript:alert(1))",
      ].join("\n\n"),
      "articles",
    );
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="可以">');
    expect(html).toContain('<img alt="矢量">');
    expect(html).toContain('<img alt="网页">');
    expect(html).not.toContain("javascript");
  });

  it("does not let an editor tick or enable a checkbox", async () => {
    const html = await render('<input type="text" value="x"> <input type="checkbox">\n', "articles");
    expect(html).not.toContain('type="text"');
    expect(html).not.toMatch(/<input(?![^>]*disabled)[^>]*>/);
  });
});

describe("MDX trees", () => {
  const jsx = (name: string | null, attributes: Record<string, string | null>, children: unknown[] = []) => ({
    type: "mdxJsxFlowElement",
    name,
    attributes: Object.entries(attributes).map(([attrName, value]) => ({
      type: "mdxJsxAttribute",
      name: attrName,
      value,
    })),
    children,
  });

  it("tells components from HTML elements", () => {
    expect(isComponentName("PillarTag")).toBe(true);
    expect(isComponentName("ui.Card")).toBe(true);
    expect(isComponentName("img")).toBe(false);
  });

  it("reads literal JSX attributes as HTML properties", () => {
    expect(
      jsxAttributesToProperties([
        { type: "mdxJsxAttribute", name: "class", value: "a b" },
        { type: "mdxJsxAttribute", name: "onclick", value: "alert(1)" },
        { type: "mdxJsxAttribute", name: "open", value: null },
        {
          type: "mdxJsxAttribute",
          name: "title",
          value: { type: "mdxJsxAttributeValueExpression", value: "x" },
        },
      ]),
    ).toEqual({ className: ["a", "b"], onClick: "alert(1)", open: true });
  });

  it("keeps components and imports, sanitizes the HTML around and inside them, drops exports, expressions and directives", () => {
    const tree = {
      type: "root",
      children: [
        {
          type: "mdxjsEsm",
          value: 'import PillarTag from "../../components/PillarTag.astro";',
          data: { estree: { type: "Program", body: [{ type: "ImportDeclaration" }] } },
        },
        {
          type: "mdxjsEsm",
          value: "export const x = 1;",
          data: { estree: { type: "Program", body: [{ type: "ExportNamedDeclaration" }] } },
        },
        jsx("PillarTag", { pillar: "学习型", "client:load": null }, [
          jsx("iframe", { src: "https://evil.example" }),
          jsx("a", { href: "javascript:alert(1)", onclick: "alert(2)" }, [{ type: "text", value: "链接" }]),
        ]),
        jsx("script", {}, [{ type: "text", value: "alert(3)" }]),
        { type: "mdxFlowExpression", value: "alert(4)" },
        { type: "element", tagName: "p", properties: { style: "color:red" }, children: [] },
        // Shiki, running after Astro's own parse in MDX, writes `class` as a string.
        { type: "element", tagName: "pre", properties: { class: "astro-code github-dark" }, children: [] },
      ],
    } as unknown as Root;
    const clean = sanitizeTree(tree) as unknown as { children: Array<Record<string, unknown>> };
    expect(clean.children.map((c) => c["type"])).toEqual([
      "mdxjsEsm",
      "mdxJsxFlowElement",
      "element",
      "element",
    ]);
    const component = clean.children[1] as { name: string; attributes: unknown[]; children: unknown[] };
    expect(component.name).toBe("PillarTag");
    expect(component.attributes).toEqual([{ type: "mdxJsxAttribute", name: "pillar", value: "学习型" }]);
    expect(component.children).toEqual([
      { type: "element", tagName: "a", properties: {}, children: [{ type: "text", value: "链接" }] },
    ]);
    expect(clean.children[2]).toEqual({ type: "element", tagName: "p", properties: {}, children: [] });
    expect(clean.children[3]).toMatchObject({ properties: { className: ["astro-code", "github-dark"] } });
  });
});
