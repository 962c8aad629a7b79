import { describe, expect, it } from "vitest";
import {
  findChineseDate,
  normaliseArticle,
  parseDocNumber,
  plainText,
  recogniseStructure,
} from "../../../scripts/editor/lib/document-structure.ts";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("parseDocNumber", () => {
  it.each([
    ["示例组发〔2024〕5号", "示例组发〔2024〕5号"],
    ["示例组发[2024]5号", "示例组发〔2024〕5号"],
    ["示例组发［2024］5号", "示例组发〔2024〕5号"],
    ["示例组发(2024)5号", "示例组发〔2024〕5号"],
    ["示例组发（2024）12号", "示例组发〔2024〕12号"],
    ["示例组发【2024】12号", "示例组发〔2024〕12号"],
    ["示例组发 〔2024〕 12 号", "示例组发〔2024〕12号"],
  ])("%s → %s", (text, expected) => {
    expect(parseDocNumber(text)).toBe(expected);
  });

  it("does not take a sentence for a document number", () => {
    expect(parseDocNumber("根据示例组发〔2024〕5号文件精神")).toBeUndefined();
    expect(parseDocNumber("〔2024〕5号")).toBeUndefined();
  });
});

describe("findChineseDate", () => {
  it("reads dates in Arabic and in Chinese numerals", () => {
    expect(findChineseDate("2024年3月1日")?.date).toEqual(day("2024-03-01"));
    expect(findChineseDate("二〇二四年十二月三十一日")?.date).toEqual(day("2024-12-31"));
    expect(findChineseDate("（2018年12月29日修订）")?.match).toBe("2018年12月29日");
  });

  it("rejects days that do not exist", () => {
    expect(findChineseDate("2024年2月30日")).toBeUndefined();
  });
});

describe("normaliseArticle", () => {
  it.each([
    ["第一条　为了示例。", "第一条 为了示例。"],
    ["　　第二条本制度适用于全体干部。", "第二条 本制度适用于全体干部。"],
    ["**第三条**　首问责任人应当：", "第三条 首问责任人应当："],
    ["**第四条　**应当做到。", "第四条 应当做到。"],
    ["**第五条　总的要求。**以下各项", "第五条 **总的要求。**以下各项"],
    ["<strong>第六条</strong>　内容。", "第六条 内容。"],
    ["第七条：内容。", "第七条 内容。"],
    ["第十条之一　新增内容。", "第十条之一 新增内容。"],
  ])("%s → %s", (input, output) => {
    expect(normaliseArticle(input)).toBe(output);
  });

  it("leaves paragraphs that only mention an article", () => {
    expect(normaliseArticle("第五条规定的情形，按照本办法处理。")).toBeUndefined();
    expect(normaliseArticle("第五条第二款所列事项。")).toBeUndefined();
    expect(normaliseArticle("第一章 总则")).toBeUndefined();
  });
});

describe("plainText", () => {
  it("drops Markdown marks, escapes and full-width indentation", () => {
    expect(plainText("　　**示例**组发\\[2024\\]5号 ")).toBe("示例组发[2024]5号");
    expect(plainText("## <strong>标题</strong>")).toBe("标题");
  });
});

describe("recogniseStructure", () => {
  it("takes the title, 文号, 落款 and 施行日期 out of a rule and marks its chapters and articles", () => {
    const doc = recogniseStructure(
      [
        "# 首问负责制度",
        "示例组发\\[2024\\]5号",
        "**第一章　总则**",
        "**第一条**　为了示例，制定本制度。",
        "第二条　本制度自2024年4月1日起施行。",
        "示例县委组织部",
        "2024年3月1日",
      ].join("\n\n"),
      "rules",
    );
    expect(doc).toMatchObject({
      title: "首问负责制度",
      docNumber: "示例组发〔2024〕5号",
      issuer: "示例县委组织部",
      issued: day("2024-03-01"),
      effective: day("2024-04-01"),
    });
    expect(doc.body).toBe(
      "## 第一章 总则\n\n第一条 为了示例，制定本制度。\n\n第二条 本制度自2024年4月1日起施行。",
    );
  });

  it("puts 节 under 章 and 章 under 编", () => {
    const doc = recogniseStructure(
      "# 示例法\n\n第一编 总则\n\n第一章 基本规定\n\n第一节 一般规定\n\n第一条 内容。",
      "study",
    );
    expect(doc.body).toBe("## 第一编 总则\n\n### 第一章 基本规定\n\n#### 第一节 一般规定\n\n第一条 内容。");
  });

  it("reads the 发文机关标志 of a 红头 document and the rule named in a 印发 circular", () => {
    const doc = recogniseStructure(
      "# 中共示例县委组织部文件\n\n示例组发〔2024〕5号\n\n关于印发《首问负责制度》的通知\n\n各股室：现将《首问负责制度》印发给你们，请认真贯彻执行。\n\n第一条 内容。",
      "rules",
    );
    expect(doc.issuer).toBe("中共示例县委组织部");
    expect(doc.title).toBe("首问负责制度");
    expect(doc.notes[0]).toContain("印发通知");
    expect(doc.body.startsWith("各股室：")).toBe(true);
  });

  it("takes the note under a law's title as its 出处", () => {
    const doc = recogniseStructure(
      "# 中华人民共和国示例法\n\n（2024年6月28日通过）\n\n第一条 内容。",
      "study",
    );
    expect(doc.source).toBe("2024年6月28日通过");
    expect(doc.body).toBe("第一条 内容。");
  });

  it("takes 摘要 and 关键词 out of a research article and turns 一、 and （一） lines into headings", () => {
    const doc = recogniseStructure(
      "# 关于示例的调研\n\n摘要：本文调查了示例。\n\n【关键词】示例；调研、对策\n\n**一、基本情况**\n\n（一）总体情况\n\n一、这一段是句子，不是标题。",
      "articles",
    );
    expect(doc.abstract).toBe("本文调查了示例。");
    expect(doc.keywords).toEqual(["示例", "调研", "对策"]);
    expect(doc.body).toBe("## 一、基本情况\n\n### （一）总体情况\n\n一、这一段是句子，不是标题。");
  });

  it("shifts Word heading levels so the highest becomes ##", () => {
    const doc = recogniseStructure("# 标题\n\n# 一级\n\n## 二级\n\n正文。", "books");
    expect(doc.body).toBe("## 一级\n\n### 二级\n\n正文。");
  });

  it("notes a rule in which no article was found", () => {
    expect(recogniseStructure("# 标题\n\n正文一段。", "rules").notes).toEqual([
      "没有找到以“第一条”这样开头的条文；如果原文有条文，请检查每条是否单独成段。",
    ]);
  });
});
