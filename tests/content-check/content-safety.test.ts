/**
 * `npm run check` on real content files: HTML the site removes is a warning
 * naming file and line; MDX beyond the project's components is an error.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent, formatProblem, hasErrors } from "../../src/content-check/index.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { createContentFixture, VALID_FILES, type ContentFixture } from "../helpers/content-fixture.ts";

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
});
afterEach(() => fixture.cleanup());

const ARTICLE = VALID_FILES["articles/nianqing-ganbu.md"] as string;
/** Line of the article's body's first line ("## 一、基本情况"). */
const BODY_LINE = ARTICLE.split("\n").indexOf("## 一、基本情况") + 1;

describe("HTML in Markdown", () => {
  it("warns, with file and line, about each thing the site will remove, and still passes", () => {
    fixture.edit(
      "articles/nianqing-ganbu.md",
      "示例。",
      [
        "示例。",
        "",
        '<iframe src="https://v.example.com/embed/1"></iframe>',
        "",
        '详见<a href="javascript:alert(1)" onclick="alert(2)">这里</a>。',
        "",
        '<span style="color:red">红字</span>',
      ].join("\n"),
    );
    const problems = checkContent(fixture.root);
    expect(hasErrors(problems)).toBe(false);
    expect(problems.map((p) => [p.file, p.line, p.message, p.found])).toEqual([
      [
        "src/content/articles/nianqing-ganbu.md",
        BODY_LINE + 4,
        "不允许的 HTML 标签，发布时连同其中的内容一起删除",
        "<iframe>",
      ],
      [
        "src/content/articles/nianqing-ganbu.md",
        BODY_LINE + 6,
        "链接或图片地址不安全或不受支持，发布时删除",
        '<a href="javascript:alert(1)">',
      ],
      [
        "src/content/articles/nianqing-ganbu.md",
        BODY_LINE + 6,
        "会执行脚本的 HTML 属性，发布时删除",
        '<a onclick="alert(2)">',
      ],
      [
        "src/content/articles/nianqing-ganbu.md",
        BODY_LINE + 8,
        "不支持的 HTML 属性，发布时删除",
        '<span style="color:red">',
      ],
    ]);
    for (const problem of problems) expect(formatProblem(problem)).toMatch(/^【提醒】.+ 第 \d+ 行\n/);
  });

  it("checks rules too, without disturbing the 条号 checks", () => {
    fixture.edit("rules/shouwen-fuze.md", "第二条 本制度", "第二条 <script>alert(1)</script>本制度");
    const problems = checkContent(fixture.root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: "warning",
      file: "src/content/rules/shouwen-fuze.md",
      line: 16,
      found: "<script>",
    });
  });
});

describe("MDX", () => {
  const MDX_BODY = [
    'import PillarTag from "../../components/PillarTag.astro";',
    "",
    "## 一、基本情况",
    "",
    '本文属于 <PillarTag pillar="有为型" /> 建设。',
    "",
  ].join("\n");
  const mdxArticle = (body: string) => ARTICLE.replace("## 一、基本情况\n\n示例。\n", body);

  it("accepts an article that uses a project component", () => {
    fixture.remove("articles/nianqing-ganbu.md");
    fixture.write("articles/nianqing-ganbu.mdx", mdxArticle(MDX_BODY));
    expect(checkContent(fixture.root)).toEqual([]);
  });

  it("accepts the MDX example in CONTRIBUTING.md as it is", () => {
    const guide = readFileSync(path.join(PROJECT_ROOT, "CONTRIBUTING.md"), "utf8");
    const example = /```mdx\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toContain("import PillarTag");
    fixture.write("articles/youwei-jiguan.mdx", example as string);
    expect(checkContent(fixture.root)).toEqual([]);
  });

  it("rejects .mdx in a collection that does not allow it", () => {
    fixture.remove("rules/shouwen-fuze.md");
    fixture.write("rules/shouwen-fuze.mdx", VALID_FILES["rules/shouwen-fuze.md"] as string);
    const errors = checkContent(fixture.root).filter((p) => p.severity === "error");
    expect(errors.map((p) => [p.file, p.message])).toEqual([
      ["src/content/rules/shouwen-fuze.mdx", "规章制度不能使用 MDX 格式"],
    ]);
  });

  it("rejects imports from outside src/components, exports and expressions, so the build stops", () => {
    fixture.remove("articles/nianqing-ganbu.md");
    fixture.write(
      "articles/nianqing-ganbu.mdx",
      mdxArticle(
        [
          MDX_BODY,
          'import { readFileSync } from "node:fs";',
          "",
          'export const secret = readFileSync("/etc/passwd", "utf8");',
          "",
          "{secret}",
          "",
        ].join("\n"),
      ),
    );
    const problems = checkContent(fixture.root);
    expect(hasErrors(problems)).toBe(true);
    expect(problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      ["error", BODY_LINE + 6, "MDX 文件只能引入本网站的组件"],
      ["error", BODY_LINE + 8, "MDX 正文中不能写 export 或其他代码"],
      ["error", BODY_LINE + 10, "MDX 正文中不能写 {…} 表达式"],
    ]);
  });

  it("reports an MDX syntax error at its line", () => {
    fixture.remove("articles/nianqing-ganbu.md");
    fixture.write("articles/nianqing-ganbu.mdx", mdxArticle("## 一、基本情况\n\n经费 {不足。\n"));
    const problems = checkContent(fixture.root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: "error",
      file: "src/content/articles/nianqing-ganbu.mdx",
      message: "MDX 语法错误，文件无法读取",
    });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(BODY_LINE + 2);
  });
});
