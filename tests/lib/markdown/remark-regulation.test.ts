import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import { markdownOptions } from "../../../src/lib/markdown/options.ts";

/** The site's own unified pipeline, as astro.config.mjs configures it. */
async function render(markdown: string, filePath = "/site/src/content/rules/example.md") {
  const processor = await createMarkdownProcessor(markdownOptions);
  const result = await processor.render(markdown, { fileURL: new URL(`file://${filePath}`) });
  return { html: result.code, headings: result.metadata.headings };
}

const RULE = `## 第一章 总则

第一条 为了示例，制定本制度。

第二条　本条用全角空格分隔。

第十条之一 增加的条文。

第三条规定的事项，不是条文的开头。

## 第二章 职责

### 第一节 一般规定

第三条 各股室负责落实。
`;

describe("the site's Markdown pipeline", () => {
  it("anchors each 第N条 paragraph and links its number to itself", async () => {
    const { html } = await render(RULE);
    expect(html).toContain(
      '<p id="art-1" class="article"><a href="#art-1" class="article-no">第一条</a> 为了示例',
    );
    expect(html).toContain(
      '<p id="art-2" class="article"><a href="#art-2" class="article-no">第二条</a>\u3000本条',
    );
    expect(html).toContain(
      '<p id="art-10-1" class="article"><a href="#art-10-1" class="article-no">第十条之一</a>',
    );
    expect(html).toContain("<p>第三条规定的事项");
  });

  it("gives 章 and 节 headings ASCII ids that the table of contents uses", async () => {
    const { headings } = await render(RULE);
    expect(headings.map((h) => [h.depth, h.slug, h.text])).toEqual([
      [2, "ch-1", "第一章 总则"],
      [2, "ch-2", "第二章 职责"],
      [3, "ch-2-sec-1", "第一节 一般规定"],
    ]);
  });

  it("keeps ids unique when an article number repeats", async () => {
    const { html } = await render("第一条 甲。\n\n第一条 乙。\n");
    expect(html).toContain('id="art-1"');
    expect(html).toContain('id="art-1-2"');
  });

  it("leaves files outside rules and the compilation alone", async () => {
    const { html } = await render(RULE, "/site/src/content/articles/example.md");
    expect(html).not.toContain("art-1");
    expect(html).toContain("<p>第一条 为了示例");
  });

  it("renders GitHub-flavoured tables, task lists and footnotes with Chinese labels", async () => {
    const { html } = await render(
      "| 事项 | 时限 |\n| --- | --- |\n| 开具证明 | 1 个工作日 |\n\n- [x] 已读\n- [ ] 未读\n\n正文[^1]。\n\n[^1]: 注释内容。\n",
    );
    expect(html).toContain("<table>");
    expect(html).toMatch(/<input type="checkbox" checked disabled[^>]*> 已读/);
    expect(html).toContain("注释");
    expect(html).toContain('aria-label="返回正文"');
  });

  it("does not turn ASCII quotes into English curly quotes", async () => {
    const { html } = await render('他说"示例"。', "/site/src/content/articles/a.md");
    expect(html).toContain('他说"示例"。');
  });
});
