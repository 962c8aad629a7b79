/**
 * npm run import: Word documents built in code (tests/helpers/docx-fixture.ts)
 * become Markdown entries that keep their structure and pass npm run check
 * once the fields the document does not carry are filled in.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planContext } from "../../../scripts/editor/lib/cli.ts";
import { docxToMarkdown } from "../../../scripts/editor/lib/docx-to-markdown.ts";
import {
  guessCollection,
  planImport,
  readDocx,
  writeImport,
} from "../../../scripts/editor/lib/import-entry.ts";
import { EditorToolError, type PlanContext } from "../../../scripts/editor/lib/new-entry.ts";
import { checkContent } from "../../../src/content-check/index.ts";
import { createContentFixture, type ContentFixture } from "../../helpers/content-fixture.ts";
import { lawChapter, officialRule, researchArticle, TINY_PNG } from "../../helpers/docx-fixture.ts";

let fixture: ContentFixture;
let ctx: PlanContext;
beforeEach(() => {
  fixture = createContentFixture();
  ctx = planContext(fixture.root, new Date(2026, 0, 15));
});
afterEach(() => fixture.cleanup());

async function importInto(bytes: Buffer, collection: string, options: { id?: string; title?: string } = {}) {
  const doc = await readDocx(bytes, collection as never);
  const plan = planImport(doc, { collection, ...options }, ctx);
  writeImport(fixture.root, plan);
  const text = readFileSync(path.join(fixture.root, plan.file), "utf8");
  const [, front, body] = text.split(/^---$/m) as [string, string, string];
  return { plan, text, data: yaml.load(front) as Record<string, unknown>, body: body.trim() };
}

const problemSummary = () =>
  checkContent(fixture.root).map((p) => [p.file.replace("src/content/", ""), p.field ?? "正文", p.message]);

describe("importing a rule set as an official document", () => {
  it("pre-fills the title, 文号, 发文机关, 成文日期 and 施行日期 from the document", async () => {
    const { plan, data } = await importInto(await officialRule(), "rules");
    expect(plan.file).toBe("src/content/rules/shouwen-fuze-zhidu.md");
    expect(data).toEqual({
      title: "首问负责制度",
      docNumber: "示例组发〔2024〕5号",
      issuer: "示例县委组织部",
      issued: new Date("2024-03-01T00:00:00Z"),
      effective: new Date("2024-04-01T00:00:00Z"),
      status: "现行有效",
      category: "待填写",
    });
    expect(plan.notes).toContain(
      "标题去掉了开头的发文机关：“示例县委组织部首问负责制度”→“首问负责制度”，如需保留请改回。",
    );
  });

  it("keeps headings, articles, bold, italics, lists, tables, footnotes and images", async () => {
    const { body } = await importInto(await officialRule(), "rules");
    expect(body).toBe(`## 第一章 总则

第一条 为了转变机关作风，提高**服务质量**，结合*工作实际*，制定本制度。

第二条 本制度适用于部机关全体干部[^1]。

## 第二章 首问责任人职责

第三条 首问责任人应当做到：

- 热情接待，问明来意；
- 一次告知，全程负责。

第四条 办理时限如下：

| 事项 | 时限 |
| --- | --- |
| 政策咨询 | 当场答复 |
| 材料审核 | 3个工作日<br>复杂的5个工作日 |

第五条 办理流程见下图：

![首问负责办理流程图](./shouwen-fuze-zhidu/image-1.png)

1. 登记
2. 办理

## 第三章 附则

第六条 本制度自2024年4月1日起施行。

[^1]: 指来访、来电、来函和网上咨询。`);
  });

  it("saves embedded images next to the entry", async () => {
    const { plan } = await importInto(await officialRule(), "rules");
    expect(plan.images.map((i) => i.file)).toEqual(["src/content/rules/shouwen-fuze-zhidu/image-1.png"]);
    expect(readFileSync(path.join(fixture.root, "src/content/rules/shouwen-fuze-zhidu/image-1.png"))).toEqual(
      TINY_PNG,
    );
  });

  it("passes npm run check except for the category it could not know, and fully once that is filled", async () => {
    await importInto(await officialRule(), "rules");
    expect(problemSummary()).toEqual([["rules/shouwen-fuze-zhidu.md", "category", "还有待填写的内容"]]);
    fixture.edit("rules/shouwen-fuze-zhidu.md", /^category: 待填写.*$/m, "category: 工作制度");
    expect(checkContent(fixture.root)).toEqual([]);
  });

  it("marks a rule whose 施行日期 is still ahead as 尚未生效", async () => {
    ctx = planContext(fixture.root, new Date(2024, 2, 15));
    const { data } = await importInto(await officialRule(), "rules");
    expect(data["status"]).toBe("尚未生效");
  });

  it("uses the id and title the editor gives", async () => {
    const { plan, data } = await importInto(await officialRule(), "rules", {
      id: "shouwen",
      title: "首问负责办法",
    });
    expect(plan.file).toBe("src/content/rules/shouwen.md");
    expect(data["title"]).toBe("首问负责办法");
    expect(plan.images[0]?.file).toBe("src/content/rules/shouwen/image-1.png");
  });

  it("never overwrites an entry or its images", async () => {
    const bytes = await officialRule();
    await importInto(bytes, "rules");
    const second = await importInto(bytes, "rules");
    expect(second.plan.file).toBe("src/content/rules/shouwen-fuze-zhidu-2.md");
    const doc = await readDocx(bytes, "rules");
    ctx = planContext(fixture.root);
    expect(() => planImport(doc, { collection: "rules", id: "shouwen-fuze-zhidu" }, ctx)).toThrow(
      "编号“shouwen-fuze-zhidu”已经有了，不会覆盖已有文件。请换一个，例如 shouwen-fuze-zhidu-3。",
    );
    // An image that appears after planning stops the import before anything is written.
    const plan = planImport(doc, { collection: "rules" }, ctx);
    fixture.write("rules/shouwen-fuze-zhidu-3/image-1.png", Buffer.from("编辑自己放的图"));
    expect(() => writeImport(fixture.root, plan)).toThrow(/image-1\.png 已经存在，没有覆盖/);
    expect(
      readFileSync(path.join(fixture.root, "src/content/rules/shouwen-fuze-zhidu-3/image-1.png"), "utf8"),
    ).toBe("编辑自己放的图");
    expect(() => readFileSync(path.join(fixture.root, plan.file))).toThrow();
  });
});

describe("importing other collections", () => {
  it("a research article: Word heading styles, 摘要 and 关键词", async () => {
    const { data, body } = await importInto(await researchArticle(), "articles");
    expect(data).toMatchObject({
      title: "关于年轻干部培养的调研与思考",
      abstract: "本文调查了年轻干部培养的现状，提出了对策建议。",
      keywords: ["年轻干部", "培养", "调研"],
      authors: ["待填写"],
      department: "待填写",
    });
    expect(body).toBe(
      "## 一、基本情况\n\n全县现有35岁以下干部**120**名。\n\n### （一）总体情况\n\n总体结构合理。\n\n## 二、存在的问题\n\n培养渠道单一。",
    );
    expect(problemSummary()).toEqual([
      ["articles/nianqing-ganbu-peiyang-diaoyan-sikao.md", "authors", "还有待填写的内容"],
      ["articles/nianqing-ganbu-peiyang-diaoyan-sikao.md", "department", "还有待填写的内容"],
    ]);
  });

  it("a law for the compilation: the note under the title becomes 出处, the order is the next one", async () => {
    const { data, body } = await importInto(await lawChapter(), "study");
    expect(data).toMatchObject({
      title: "中华人民共和国示例法",
      order: 3,
      source: "2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过",
      part: "待填写",
    });
    expect(body).toBe("第一条 为了示例，制定本法。\n\n第二条 本法自公布之日起施行。");
    fixture.edit("study/shili-fa.md", /^part: 待填写.*$/m, "part: 第一编 干部人事");
    expect(checkContent(fixture.root)).toEqual([]);
  });

  it("guesses the collection from what the document contains", async () => {
    const rule = await readDocx(await officialRule(), "rules");
    expect(guessCollection(rule.body, rule)).toBe("rules");
    const article = await readDocx(await researchArticle(), "articles");
    expect(guessCollection(article.body, article)).toBe("articles");
  });
});

describe("what cannot be imported", () => {
  it("refuses a file that is not a .docx, saying how to convert it", async () => {
    await expect(readDocx(Buffer.from("这不是 Word 文件"), "rules")).rejects.toThrow(/另存为/);
    await expect(readDocx(Buffer.from("这不是 Word 文件"), "rules")).rejects.toBeInstanceOf(EditorToolError);
  });

  it("asks for a title when the document has none it can recognise", async () => {
    const doc = await readDocx(await lawChapter(), "study");
    expect(() => planImport({ ...doc, title: undefined }, { collection: "study" }, ctx)).toThrow(/--title/);
  });

  it("notes images that browsers cannot show", async () => {
    const { markdown, images, notes } = await docxToMarkdown(await officialRule());
    expect(markdown).toContain("@@IMAGES@@/image-1.png");
    expect(images[0]?.contentType).toBe("image/png");
    expect(notes).toEqual([]);
  });
});
