import { describe, expect, it } from "vitest";
import { lineOfKey } from "../../src/content-check/source-lines.ts";

// Line numbers are 1-based, as an editor's text editor shows them.
const article = [
  "---", // 1
  "title: 关于加强干部日常监督管理的调研与思考", // 2
  "authors:", // 3
  "  - 干部监督股调研组", // 4
  "date: 2025-11-05", // 5
  "published:", // 6
  "  outlet: 《示例组工通讯》", // 7
  "  level: 市级", // 8
  "  date: 2025-12-01", // 9
  "award: 三等奖", // 10
  "---", // 11
  "", // 12
  "pillar: 正文里的文字不是字段", // 13
].join("\n");

describe("lineOfKey in Markdown front matter", () => {
  it("finds the line of a top-level key", () => {
    expect(lineOfKey(article, ["title"])).toBe(2);
    expect(lineOfKey(article, ["date"])).toBe(5);
    expect(lineOfKey(article, ["award"])).toBe(10);
  });

  it("finds a nested key inside its parent block, not a same-named key elsewhere", () => {
    expect(lineOfKey(article, ["published", "level"])).toBe(8);
    expect(lineOfKey(article, ["published", "date"])).toBe(9);
  });

  it("shows the key's own line for a list item path such as authors.0", () => {
    expect(lineOfKey(article, ["authors", 0])).toBe(3);
  });

  it("returns undefined for a key that is not in the front matter, even if the body mentions it", () => {
    expect(lineOfKey(article, ["pillar"])).toBeUndefined();
    expect(lineOfKey(article, ["keywords"])).toBeUndefined();
  });

  it("points at the parent when the nested key is missing", () => {
    expect(lineOfKey(article, ["published", "url"])).toBe(6);
  });

  it("returns undefined for an empty path", () => {
    expect(lineOfKey(article, [])).toBeUndefined();
  });

  it("handles Windows line endings and quoted keys", () => {
    expect(lineOfKey('---\r\ntitle: 标题\r\n"status": 现行有效\r\n---\r\n', ["status"])).toBe(3);
  });

  it("does not report a nested published.date when the top-level date is missing", () => {
    // An editor forgets `date:`; the checker must not point at the line of published.date.
    const missingDate = [
      "---",
      "title: 标题",
      "published:",
      "  outlet: 某刊",
      "  date: 2025-12-01",
      "---",
    ].join("\n");
    expect(lineOfKey(missingDate, ["date"])).toBeUndefined();
  });

  it("finds the top-level date even when the published block comes first", () => {
    const publishedFirst = ["---", "published:", "  date: 2025-12-01", "date: 2025-11-05", "---"].join("\n");
    expect(lineOfKey(publishedFirst, ["date"])).toBe(4);
  });
});

describe("lineOfKey in a YAML list file, from an item's start line", () => {
  const pillars = [
    "# 五型", // 1
    "- id: xuexi", // 2
    "  name: 学习型", // 3
    "  measures:", // 4
    "    - 周五学习日", // 5
    "- id: lianzheng", // 6
    "  name: 廉政型", // 7
    "  measures:", // 8
    "    - 廉政教育", // 9
  ].join("\n");

  it("finds the id on the item's own “- ” line", () => {
    expect(lineOfKey(pillars, [1, "id"], { startLine: 6 })).toBe(6);
  });

  it("finds a key of the second item, not the same key of the first", () => {
    expect(lineOfKey(pillars, [1, "name"], { startLine: 6 })).toBe(7);
    expect(lineOfKey(pillars, [1, "measures", 0], { startLine: 6 })).toBe(8);
    expect(lineOfKey(pillars, [0, "name"], { startLine: 2 })).toBe(3);
  });

  it("does not report a line in the next item when the key is missing from this one", () => {
    const missingName = [
      "- id: xuexi",
      "  measures:",
      "    - 周五学习日",
      "- id: lianzheng",
      "  name: 廉政型",
    ].join("\n");
    expect(lineOfKey(missingName, [0, "name"], { startLine: 1 })).toBeUndefined();
  });
});
