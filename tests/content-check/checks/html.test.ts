import { describe, expect, it } from "vitest";
import type { BodyContext } from "../../../src/content-check/types.ts";
import { checkHtml, findDropped } from "../../../src/content-check/checks/html.ts";
import {
  checkMdx,
  isProjectComponent,
  MDX_COLLECTIONS,
  resolveImport,
} from "../../../src/content-check/checks/mdx.ts";
import { needsParsing, parseBody, type ParsedBody } from "../../../src/content-check/parse-body.ts";
import { formatProblem } from "../../../src/content-check/problem.ts";

const parsedOk = (body: string, file = "src/content/articles/a.md") => {
  const parsed = parseBody(body, file);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed;
};

const context = (body: string, file = "src/content/articles/a.md"): BodyContext => ({
  collection: file.split("/")[2] as BodyContext["collection"],
  file,
  body,
  firstLine: 11,
  fileExists: () => true,
});

const html = (body: string, file?: string) => {
  const ctx = context(body, file);
  return checkHtml(ctx, parseBody(body, ctx.file));
};
const mdx = (body: string, file = "src/content/articles/a.mdx") => {
  const ctx = context(body, file);
  return checkMdx(ctx, parseBody(body, ctx.file));
};

describe("needsParsing: which bodies the structure checks must read", () => {
  it("skips plain text and HTML comments, reads anything with HTML, links or MDX", () => {
    expect(needsParsing("第一条 正文。\n\n<!-- 来源：国家法律法规数据库 -->\n", "a.md")).toBe(false);
    expect(needsParsing("正文 **加粗**，网址 https://www.gov.cn。\n", "a.md")).toBe(false);
    expect(needsParsing("正文 <sup>1</sup>\n", "a.md")).toBe(true);
    expect(needsParsing("[链接](javascript:alert(1))\n", "a.md")).toBe(true);
    expect(needsParsing("[链接][x]\n\n[x]: javascript:alert(1)\n", "a.md")).toBe(true);
    expect(needsParsing("纯文字\n", "a.mdx")).toBe(true);
  });
});

describe("findDropped: what the allow-list removes", () => {
  it("finds nothing in ordinary Markdown and allowed HTML", () => {
    const body = [
      "## 一、情况",
      "",
      "正文[^1]，见[链接](https://www.gov.cn)。",
      "",
      "| 甲 | 乙 |",
      "| - | - |",
      "| 1 | 2 |",
      "",
      "- [x] 完成",
      "",
      "<mark>重点</mark> H<sub>2</sub>O <abbr title='全称'>简称</abbr>",
      "",
      '<details open><summary>更多</summary>内容</details> <img src="data:image/png;base64,iVBORw0KGgo=" alt="图">',
      "",
      "<!-- 编辑备注：不会显示 -->",
      "",
      "[^1]: 注释。",
    ].join("\n");
    expect(findDropped(parsedOk(body))).toEqual([]);
  });

  it("tells stripped tags, unwrapped tags, script attributes, unsafe addresses and other attributes apart", () => {
    const body = [
      "<script>alert(1)</script>",
      "",
      '<font color="red">红字</font>',
      "",
      '<img src="/a.png" onerror="alert(1)">',
      "",
      "[链接](javascript:alert(1))",
      "",
      '<span style="color:red" class="MsoNormal">文字</span>',
    ].join("\n");
    expect(findDropped(parsedOk(body))).toEqual([
      { line: 1, kind: "stripped-tag", tag: "script" },
      { line: 3, kind: "unwrapped-tag", tag: "font" },
      { line: 5, kind: "script-attribute", tag: "img", attribute: "onerror", value: "alert(1)" },
      { line: 7, kind: "unsafe-url", tag: "a", attribute: "href", value: "javascript:alert(1)" },
      { line: 9, kind: "attribute", tag: "span", attribute: "style", value: "color:red" },
      { line: 9, kind: "attribute", tag: "span", attribute: "class", value: "MsoNormal" },
    ]);
  });

  it("does not report what is inside a stripped tag a second time", () => {
    const dropped = findDropped(parsedOk('<svg><a href="javascript:alert(1)" onclick="x()">t</a></svg>'));
    expect(dropped).toEqual([{ line: 1, kind: "stripped-tag", tag: "svg" }]);
  });
});

describe("checkHtml: warnings for editors", () => {
  it("names the file and the file line, and says what is removed and how to fix it", () => {
    const problems = html('正文。\n\n<iframe src="https://v.example.com/1"></iframe>\n');
    expect(problems).toHaveLength(1);
    const text = formatProblem(problems[0]!);
    expect(text).toContain("【提醒】src/content/articles/a.md 第 13 行");
    expect(text).toContain("不允许的 HTML 标签，发布时连同其中的内容一起删除");
    expect(text).toContain("<iframe>");
    expect(text).toContain("普通链接");
  });

  it("reports an unsafe address with what a valid one looks like", () => {
    const [problem] = html('<a href="JavaScript:alert(1)">点此</a>\n');
    expect(problem?.severity).toBe("warning");
    expect(problem?.message).toBe("链接或图片地址不安全或不受支持，发布时删除");
    expect(problem?.found).toBe('<a href="JavaScript:alert(1)">');
    expect(problem?.expected).toContain("https:");
  });

  it("reports the same thing once per line", () => {
    expect(html('<p style="a">x</p><p style="a">y</p>\n')).toHaveLength(1);
  });

  it("says nothing about ordinary content", () => {
    expect(html("## 标题\n\n正文 **加粗**，<sup>1</sup>。\n")).toEqual([]);
  });
});

describe("MDX rules", () => {
  it("allows MDX only in the collections that need components", () => {
    expect(MDX_COLLECTIONS).toEqual(["articles"]);
    const [problem] = mdx("正文。\n", "src/content/rules/a.mdx");
    expect(problem?.severity).toBe("error");
    expect(problem?.message).toBe("规章制度不能使用 MDX 格式");
    expect(problem?.hint).toContain(".md");
  });

  it("resolves imports relative to the file and accepts only .astro files directly in src/components/", () => {
    const file = "src/content/articles/a.mdx";
    expect(resolveImport(file, "../../components/PillarTag.astro")).toBe("src/components/PillarTag.astro");
    expect(resolveImport(file, "astro:content")).toBeUndefined();
    expect(isProjectComponent(file, "../../components/PillarTag.astro")).toBe(true);
    expect(isProjectComponent(file, "/src/components/PillarTag.astro")).toBe(true);
    expect(isProjectComponent(file, "../../lib/routes.ts")).toBe(false);
    expect(isProjectComponent(file, "../../components/../lib/x.astro")).toBe(false);
    expect(isProjectComponent(file, "../../components/search/x.astro")).toBe(false);
    expect(isProjectComponent(file, "node:fs")).toBe(false);
    expect(isProjectComponent(file, "https://evil.example/x.js")).toBe(false);
  });

  it("accepts a project component with literal props, {/* comments */}, and leaves HTML attributes to the sanitizer", () => {
    const body = [
      'import PillarTag from "../../components/PillarTag.astro";',
      "",
      '本文属于 <PillarTag pillar="有为型" /> 建设。{/* 编辑备注 */}',
      "",
      '<svg><a xlink:href="#x">图</a></svg>',
    ].join("\n");
    expect(mdx(body)).toEqual([]);
  });

  it("rejects other imports, exports, expressions, unimported components, expression props and directives", () => {
    const body = [
      'import fs from "node:fs";',
      "export const x = 1;",
      "",
      "今年是 {new Date().getFullYear()} 年。",
      "",
      "<Chart />",
      "",
      'import PillarTag from "../../components/PillarTag.astro";',
      "",
      "<PillarTag pillar={x} {...props} client:load />",
    ].join("\n");
    const problems = mdx(body);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [11, "MDX 文件只能引入本网站的组件"],
      [12, "MDX 正文中不能写 export 或其他代码"],
      [14, "MDX 正文中不能写 {…} 表达式"],
      [16, "使用了没有引入的组件"],
      [20, "标签的属性不能用 {…} 表达式"],
      [20, "标签的属性不能用 {…} 表达式"],
      [20, "组件不能使用 client: 等指令"],
    ]);
    expect(problems.every((p) => p.severity === "error")).toBe(true);
    expect(problems[0]?.found).toBe("“node:fs”");
  });

  it("reports an MDX syntax error with its line instead of failing", () => {
    const problems = mdx("第一段。\n\n这里有一个 { 没有配对。\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe("MDX 语法错误，文件无法读取");
    expect(problems[0]?.line).toBe(13);
    expect(problems[0]?.expected).toContain("\\{");
  });

  it("leaves .md files alone, where { and } are plain text", () => {
    const parsed: ParsedBody = parseBody("数组 {1, 2} 与 <Chart />。\n", "src/content/articles/a.md");
    expect(parsed.ok).toBe(true);
    expect(checkMdx(context("", "src/content/articles/a.md"), parsed)).toEqual([]);
  });
});
