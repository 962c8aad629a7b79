import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import { markdownOptions } from "../../../src/lib/markdown/options.ts";

/** The site's own pipeline, as astro.config.mjs configures it (no syntax highlighter). */
async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  const result = await processor.render(markdown, {
    fileURL: new URL("file:///site/src/content/articles/example.md"),
  });
  return result.code;
}

describe("GFM output made valid and accessible", () => {
  it("turns table column alignment into classes instead of the obsolete align attribute", async () => {
    const html = await render("| 项目 | 数量 | 备注 |\n| :-- | --: | :-: |\n| 甲 | 1 | 无 |\n");
    expect(html).not.toMatch(/\salign=/);
    expect(html).toContain('<th class="align-left">项目</th>');
    expect(html).toContain('<td class="align-right">1</td>');
    expect(html).toContain('<td class="align-center">无</td>');
  });

  it("leaves cells without alignment without a class", async () => {
    const html = await render("| 项目 |\n| --- |\n| 甲 |\n");
    expect(html).toContain("<td>甲</td>");
  });

  it("names each task-list checkbox by whether the item is done", async () => {
    const html = await render("- [x] 读完第一章\n- [ ] 写读书笔记\n");
    expect(html).toMatch(
      /<input[^>]*checked[^>]*aria-label="已完成"|<input[^>]*aria-label="已完成"[^>]*checked/,
    );
    expect(html).toMatch(/<input(?![^>]*checked)[^>]*aria-label="未完成"/);
  });

  it("turns an editor's raw align on a paragraph into the same class, and drops unknown values", async () => {
    const html = await render('<p align="center">居中</p>\n\n<p align="justify">两端</p>');
    expect(html).not.toMatch(/\salign=/);
    expect(html).toContain('<p class="align-center">居中</p>');
    expect(html).toContain("<p>两端</p>");
  });
});
