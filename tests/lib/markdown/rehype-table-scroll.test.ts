import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import rehypeTableScroll from "../../../src/lib/markdown/rehype-table-scroll.ts";

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeTableScroll()(tree);
  return toHtml(tree);
}

describe("rehype-table-scroll", () => {
  it("wraps a table in a focusable, labelled scroll box", () => {
    expect(run("<p>前</p><table><tr><td>甲</td></tr></table>")).toBe(
      '<p>前</p><div class="table-scroll" tabindex="0" role="region" aria-label="表格（可左右滚动）"><table><tbody><tr><td>甲</td></tr></tbody></table></div>',
    );
  });

  it("wraps each table once, however often it runs", () => {
    const once = run("<table><tr><td>甲</td></tr></table><table><tr><td>乙</td></tr></table>");
    expect(once.match(/table-scroll/g)).toHaveLength(2);
    expect(run(once)).toBe(once);
  });
});
