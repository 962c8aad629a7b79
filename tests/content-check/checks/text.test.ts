import { describe, expect, it } from "vitest";
import { isPlaceholder, isUnder, placeholderPaths } from "../../../src/content-check/placeholder.ts";
import { checkYamlTypography, decodeContent } from "../../../src/content-check/checks/text.ts";
import { parseLooseDay } from "../../../src/lib/text/dates.ts";
import { encodeGb18030 } from "../../helpers/gb18030.ts";

describe("decodeContent", () => {
  it("reads UTF-8 with or without a BOM", () => {
    expect(decodeContent(Buffer.from("标题"))).toEqual({ text: "标题", encoding: "utf-8" });
    expect(decodeContent(Buffer.from("\uFEFF标题"))).toEqual({ text: "标题", encoding: "utf-8" });
  });

  it("recognises GBK/GB18030 and UTF-16 and still decodes them", () => {
    expect(decodeContent(encodeGb18030("title: 首问负责制度"))).toEqual({
      text: "title: 首问负责制度",
      encoding: "gb18030",
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("标题", "utf16le")]);
    expect(decodeContent(utf16)).toEqual({ text: "标题", encoding: "utf-16" });
  });
});

describe("checkYamlTypography", () => {
  const known = new Set(["title", "authors", "level"]);

  it("repairs what it reports, keeping the line count", () => {
    const { lines, issues } = checkYamlTypography(
      ["title：示例", "authors:", "  － 张三", "level:　市级"],
      2,
      known,
    );
    expect(lines).toEqual(["title: 示例", "authors:", "  - 张三", "level: 市级"]);
    expect(issues.map((i) => [i.line, i.key, i.message])).toEqual([
      [2, "title", "字段名后面用了全角冒号“：”"],
      [4, undefined, "列表项开头用了“－”，不是英文减号"],
      [5, "level", "冒号后面是全角空格"],
    ]);
  });

  it("leaves Chinese punctuation in values, block text and list items alone", () => {
    const input = [
      "summary: 说明：一次告知。",
      "questions:",
      "  - AI：怎样用？",
      "abstract: |",
      "  Python：入门",
    ];
    expect(checkYamlTypography(input, 1, known)).toEqual({ lines: input, issues: [] });
  });

  it("keeps Windows line endings", () => {
    expect(checkYamlTypography(["title：示例\r"], 1, known).lines).toEqual(["title: 示例\r"]);
  });
});

describe("parseLooseDay", () => {
  it.each([
    ["2024-03-01", true],
    ["2024年3月1日", false],
    ["2024 年 3 月 1 日", false],
    ["2024/3/1", false],
    ["2024.03.01", false],
    ["2024-3-1", false],
    ["２０２４年３月１日", false],
  ])("reads %s as 2024-03-01", (text, standard) => {
    expect(parseLooseDay(text)).toEqual({ date: new Date("2024-03-01T00:00:00Z"), standard });
  });

  it.each(["2024年2月30日", "2024/13/1", "3/1/2024", "2024年3月", "明天"])("rejects %s", (text) => {
    expect(parseLooseDay(text)).toBeUndefined();
  });
});

describe("placeholders", () => {
  it("finds 待填写 values by path, reporting a list once", () => {
    const data = {
      title: "示例",
      issuer: "待填写",
      authors: ["张三", "待填写"],
      published: { level: "待填写：级别" },
    };
    expect(placeholderPaths(data)).toEqual([["issuer"], ["authors"], ["published", "level"]]);
    expect(isPlaceholder(" 待填写 ")).toBe(true);
    expect(isPlaceholder("表格中的待填写项目")).toBe(false);
    expect(isUnder(["published", "level"], ["published"])).toBe(true);
    expect(isUnder(["title"], ["published"])).toBe(false);
  });
});
