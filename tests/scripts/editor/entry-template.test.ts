import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { MARKDOWN_COLLECTIONS } from "../../../scripts/editor/lib/content-index.ts";
import { renderEntry } from "../../../scripts/editor/lib/entry-template.ts";

const frontMatter = (text: string) => yaml.load(text.split(/^---$/m)[1] as string) as Record<string, unknown>;

describe("renderEntry", () => {
  it.each(MARKDOWN_COLLECTIONS)(
    "writes valid YAML for %s with every required field present",
    (collection) => {
      const { text, unfilled } = renderEntry({ collection, values: { title: "示例" } });
      const data = frontMatter(text);
      expect(data["title"]).toBe("示例");
      for (const field of unfilled) expect(JSON.stringify(data[field.key])).toContain("待填写");
      expect(text).toMatch(/^---\n[\s\S]*\n---\n\n[\s\S]+\n$/);
    },
  );

  it("lists optional fields as comments with their Chinese name and expected form", () => {
    const { text } = renderEntry({ collection: "books", values: { title: "乡土中国", month: "2026-01" } });
    expect(text).toContain("# isbn: 待填写 # ISBN：版权页上的 ISBN-13 或 ISBN-10");
    expect(text).toContain("# questions: # 思考题：问题列表，每行一个，以“- ”开头\n#   - 待填写");
    expect(frontMatter(text)).not.toHaveProperty("isbn");
  });

  it("writes dates unquoted, quotes text only where YAML needs it, and lists one item a line", () => {
    const { text } = renderEntry({
      collection: "articles",
      values: {
        title: "调研: 问题与对策",
        authors: ["张三", "李四"],
        date: new Date("2025-06-18T00:00:00Z"),
        keywords: ["年轻干部"],
      },
    });
    expect(text).toContain("title: '调研: 问题与对策'\n");
    expect(text).toContain("authors:\n  - 张三\n  - 李四\n");
    expect(text).toContain("date: 2025-06-18\n");
    expect(frontMatter(text)["date"]).toEqual(new Date("2025-06-18T00:00:00Z"));
  });

  it("uses the given body instead of the skeleton", () => {
    const { text } = renderEntry({ collection: "rules", values: { title: "示例" }, body: "第一条 内容。" });
    expect(text.endsWith("---\n\n第一条 内容。\n")).toBe(true);
  });
});
