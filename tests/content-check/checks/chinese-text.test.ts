/**
 * The Chinese-text check in npm run check and --fix, on the source article's
 * real damage (a copy in fixtures/) and on our own samples: what is reported,
 * grouped per kind and file; what --fix changes, and what it never touches.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scanText } from "../../../src/content-check/checks/chinese-text.ts";
import { fixContent, formatFixes } from "../../../src/content-check/fix.ts";
import { checkContent, formatReport, hasErrors, type Problem } from "../../../src/content-check/index.ts";
import { toSimplified } from "../../../src/lib/text/hygiene/index.ts";
import { createContentFixture, type ContentFixture } from "../../helpers/content-fixture.ts";

const SOURCE = readFileSync(path.join(import.meta.dirname, "../fixtures/source-article.txt"), "utf8").trim();

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
});
afterEach(() => fixture.cleanup());

const ARTICLE = "articles/nianqing-ganbu.md";
const FRONT = `---
title: 关于年轻干部培养的调研
authors:
  - 干部一股调研组
department: ganbu-yigu
date: 2025-06-18
abstract: 示例摘要。
keywords:
  - 年轻干部
---
`;
const writeArticle = (body: string, front = FRONT) => fixture.write(ARTICLE, `${front}\n${body}\n`);
const read = (file: string) => readFileSync(path.join(fixture.root, "src/content", file), "utf8");
const problemsIn = (file: string): Problem[] =>
  checkContent(fixture.root).filter((p) => p.file === `src/content/${file}`);

const LEFTOVER = /\p{Script=Han}[(（][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]/u;
/** Characters that OpenCC turns into another one on their own: Traditional-only forms. */
const traditionalOnly = (text: string) => [...new Set([...text].filter((c) => toSimplified(c) !== c))];
const hanOnly = (text: string) => [...text].filter((c) => /\p{Script=Han}/u.test(c)).join("");
const sentences = (text: string) => text.split(/[。！？]/u).filter((s) => s.trim() !== "").length;

describe("the source article pasted into an entry", () => {
  it("is reported as errors: leftover pinyin and Traditional characters, one block each with the count", () => {
    writeArticle(SOURCE);
    const problems = problemsIn(ARTICLE);
    expect(hasErrors(problems)).toBe(true);
    const summary = problems.map((p) => [p.severity, p.message, p.count, p.line]);
    expect(summary).toContainEqual(["error", "汉字后面留有括号里的拼音，是转换工具留下的", 51, 12]);
    expect(summary).toContainEqual(["warning", "中文里用了英文标点", expect.any(Number), 12]);
    const traditional = problems.find((p) => p.message === "简体中文里有繁体字");
    expect(traditional?.severity).toBe("error");
    expect(traditional?.count).toBeGreaterThan(300);
    // A readable report: a handful of blocks, not hundreds.
    expect(problems.length).toBeLessThanOrEqual(6);
  });

  it("--fix leaves no leftover pinyin and no Traditional-only character, keeps every sentence, and a second run changes nothing", () => {
    writeArticle(SOURCE);
    const fixes = fixContent(fixture.root);
    expect(fixes.map((f) => f.file)).toEqual([`src/content/${ARTICLE}`]);
    const body = read(ARTICLE).slice(FRONT.length);
    expect(body).not.toMatch(LEFTOVER);
    expect(traditionalOnly(body)).toEqual([]);
    expect(sentences(body)).toBe(sentences(SOURCE));
    // Every character is still there, in Simplified form: only brackets, pinyin, marks and spaces changed.
    expect(hanOnly(body)).toBe(hanOnly(toSimplified(SOURCE)));
    expect(body).toContain(
      "陕西省安康市汉滨区委组织部以“五看五比”（看党性，比政治素质高低；看能力，比组工业务精疏；",
    );
    expect(fixContent(fixture.root)).toEqual([]);
    // What is left are spaces between two characters, which --fix cannot judge: warnings only.
    const left = problemsIn(ARTICLE);
    expect(hasErrors(left)).toBe(false);
    expect(left.map((p) => p.message)).toEqual(["两个汉字之间有空格"]);
  });

  it("--fix lists each change with its line, before and after", () => {
    writeArticle(SOURCE.slice(0, 60));
    const listing = formatFixes(fixContent(fixture.root));
    expect(listing).toContain(`自动改正：改动了 1 个文件`);
    expect(listing).toContain(`src/content/${ARTICLE}（`);
    expect(listing).toContain("  第 12 行  删去拼音：“市漢濱區(qū)委組織部” → “市漢濱區委組織部”");
    expect(listing).toContain("  第 12 行  改为中文标点：“”活動中,陜西省安” → “”活動中，陜西省安”");
    expect(listing).toContain("  第 12 行  繁体改简体：“在開展“講黨” → “在开展“講黨”");
    expect(listing).toContain("  第 12 行  繁体改简体：“委組織部以“五” → “委组织部以“五”");
  });
});

describe("the report", () => {
  it("groups one kind of problem in a file into one block with the first places and a count", () => {
    writeArticle("創(chuàng)建學習型機關。\n\n監(jiān)督和管理，業(yè)務輪訓，發(fā)放資料。");
    const report = formatReport(problemsIn(ARTICLE));
    expect(report).toMatchInlineSnapshot(`
      "【错误】src/content/articles/nianqing-ganbu.md 第 12 行起，共 4 处
        问题：汉字后面留有括号里的拼音，是转换工具留下的
        发现：第 12 行“創(chuàng)建學習型”；第 14 行“監(jiān)督和管理”；第 14 行“管理，業(yè)務輪訓，”……
        应为：“創建學習型”；“監督和管理”；“管理，業務輪訓，”……
        怎么改：删去括号和其中的拼音，只留汉字。npm run check -- --fix 会自动删去。

      【错误】src/content/articles/nianqing-ganbu.md 第 12 行起，共 7 处
        问题：简体中文里有繁体字
        发现：第 12 行“創”；第 12 行“建學習型機關。”；第 14 行“監”……
        应为：“创”；“建学习型机关。”；“监”……
        怎么改：改为“应为”中的简体字；npm run check -- --fix 会按词语自动转换（乾坤、皇后等简繁同形的字不会改）。确实要保留繁体（引用古籍、繁体书名）时，把这一段放在 <!-- 繁体 --> 和 <!-- /繁体 --> 之间，整篇都是繁体时在前置元数据中加一行 traditional: true。

      内容检查未通过：2 个错误。请按“怎么改”逐条修正后重新运行。"
    `);
  });

  it("checks the front matter's values and gives their lines", () => {
    writeArticle("正文。", FRONT.replace("abstract: 示例摘要。", 'abstract: 本文調查了"年轻干部"的培养'));
    const problems = problemsIn(ARTICLE);
    expect(problems.map((p) => [p.message, p.line])).toEqual([
      ["简体中文里有繁体字", 7],
      ["中文外面用了英文直引号", 7],
    ]);
  });
});

describe("mojibake and data files", () => {
  it("reports mojibake as an error with the decoded text as a suggestion, and --fix leaves it", () => {
    const latin1 = Buffer.from("组工干部，", "utf8").toString("latin1");
    writeArticle(`第一段锟斤拷文字。\n\n第二段${latin1}文字。`);
    const [problem, ...rest] = problemsIn(ARTICLE);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: "error", message: "有乱码，读者无法阅读", line: 12, count: 2 });
    expect(problem?.expected).toContain("“第二段组工干部，文字。”");
    expect(fixContent(fixture.root)).toEqual([]);
  });

  it("checks the values of YAML data files too", () => {
    fixture.edit("departments.yaml", "name: 组织股", "name: 組織股");
    expect(problemsIn("departments.yaml").map((p) => [p.message, p.line])).toEqual([
      ["简体中文里有繁体字", 4],
    ]);
    fixContent(fixture.root);
    expect(read("departments.yaml")).toContain("name: 组织股");
  });
});

describe("what the check never touches", () => {
  const BODY = [
    "Hello, world. This (English) text stays: a,b;c?",
    "",
    "行内代码 `漢字(hàn),後` 不检查。",
    "",
    "```",
    "代碼塊 漢字(hàn),後...",
    "```",
    "",
    "[链接文字](https://example.com/漢字,後(a)?q=1) 和 <https://example.com/a,b>",
    "",
    '<abbr title="組織部,後">组织部</abbr>',
    "",
    "![圖片說明](./nianqing-ganbu/tu.png)",
  ].join("\n");

  it("reports nothing in code, addresses, HTML attributes, image paths or Latin text", () => {
    fixture.write("articles/nianqing-ganbu/tu.png", "png");
    writeArticle(BODY);
    expect(problemsIn(ARTICLE)).toEqual([]);
    expect(fixContent(fixture.root)).toEqual([]);
    expect(read(ARTICLE)).toBe(`${FRONT}\n${BODY}\n`);
  });

  it("leaves Traditional text an entry or a passage declares intended", () => {
    writeArticle(
      "<!-- 繁体 -->\n\n> 學而時習之，不亦說乎？「有朋自遠方來」\n\n<!-- /繁体 -->\n\n正文用“简体”。",
    );
    expect(problemsIn(ARTICLE)).toEqual([]);
    writeArticle(
      "學而時習之，不亦說乎？",
      FRONT.replace("---\n\n", "").replace(/---\n$/, "traditional: true\n---\n"),
    );
    expect(problemsIn(ARTICLE)).toEqual([]);
    // Pinyin and punctuation are still checked there.
    writeArticle("<!-- 繁体 -->\n\n學(xué)而時習之,不亦說乎\n\n<!-- /繁体 -->");
    expect(problemsIn(ARTICLE).map((p) => p.message)).toEqual([
      "汉字后面留有括号里的拼音，是转换工具留下的",
      "中文里用了英文标点",
    ]);
  });

  it("rejects a traditional: value other than true", () => {
    writeArticle("正文。", FRONT.replace(/---\n$/, "traditional: 是\n---\n"));
    expect(problemsIn(ARTICLE).map((p) => [p.field, p.message])).toEqual([
      ["traditional", "类型不对，应为true 或 false"],
    ]);
  });
});

describe("entry-wide checks", () => {
  it("reports 「」 only where the entry also uses “”, and --fix makes them “”", () => {
    writeArticle("所谓「两清」，就是清楚。");
    expect(problemsIn(ARTICLE)).toEqual([]);
    writeArticle("所谓「两清」和“三心”。");
    expect(problemsIn(ARTICLE).map((p) => [p.message, p.count])).toEqual([
      ["同一篇里混用了“”和「」两种引号", 2],
    ]);
    fixContent(fixture.root);
    expect(read(ARTICLE)).toContain("所谓“两清”和“三心”。");
  });

  it("warns when one rule writes its 文号 years in different brackets, and --fix writes them 〔〕", () => {
    const rule = "rules/shouwen-fuze.md";
    fixture.edit(
      rule,
      "第二条 本制度自印发之日起施行。",
      "第二条 依据示例组发[2023]3号和示例组发（2022）7号，本制度自印发之日起施行。",
    );
    const problems = problemsIn(rule);
    expect(problems.map((p) => [p.severity, p.message, p.count])).toEqual([
      ["warning", "同一项制度里文号的年份括号写法不一致", 2],
    ]);
    fixContent(fixture.root);
    expect(read(rule)).toContain("依据示例组发〔2023〕3号和示例组发〔2022〕7号，");
    expect(problemsIn(rule)).toEqual([]);
  });

  it("leaves one consistent non-standard form alone (the docNumber field has its own check)", () => {
    fixture.edit("rules/shouwen-fuze.md", "docNumber: 示例组发〔2024〕5号\n", "");
    fixture.edit(
      "rules/shouwen-fuze.md",
      "第二条 本制度自印发之日起施行。",
      "第二条 依据示例组发[2023]3号，本制度自印发之日起施行。",
    );
    expect(problemsIn("rules/shouwen-fuze.md")).toEqual([]);
  });

  it("warns when a rule's headings write dates two ways", () => {
    const text = `---\ntitle: 示例\n---\n\n## 2024年3月1日修订\n\n## 2025-01-01修订\n\n## 2025年6月1日修订\n`;
    expect(
      scanText({ file: "x.md", text, kind: "markdown", isRule: true }).map((s) => [
        s.kind,
        text.slice(s.start, s.end),
      ]),
    ).toEqual([["heading-dates", "## 2025-01-01修订"]]);
  });
});

describe("the sample content", () => {
  it("has no Chinese-text problem at all", () => {
    const root = path.join(import.meta.dirname, "../../..");
    const textMessages = new Set([
      "汉字后面留有括号里的拼音，是转换工具留下的",
      "有乱码，读者无法阅读",
      "简体中文里有繁体字",
      "中文里用了英文标点",
      "两个汉字之间有空格",
      "中文标点前后有空格",
    ]);
    expect(checkContent(root).filter((p) => textMessages.has(p.message))).toEqual([]);
  });
});
