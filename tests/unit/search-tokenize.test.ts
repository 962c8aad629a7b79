import { describe, expect, it } from "vitest";
import {
  cleanExcerpt,
  highlightTerms,
  queryTerms,
  readableText,
  tokenizeForIndex,
  tokens,
} from "../../src/lib/search/tokenize.ts";

describe("tokens", () => {
  it("makes every Han character a token and keeps Latin words and numbers whole", () => {
    expect(tokens("限时办结ICP备案2024年")).toEqual([
      "限",
      "时",
      "办",
      "结",
      "ICP",
      "备",
      "案",
      "2024",
      "年",
    ]);
  });

  it("attaches punctuation to a neighbouring token, so it never stands alone", () => {
    expect(tokens("规范“首问”，制定")).toEqual(["规", "范“", "首", "问”，", "制", "定"]);
    expect(tokens("示例组发〔2024〕5号")).toEqual(["示", "例", "组", "发〔", "2024〕", "5", "号"]);
    expect(tokens("《公务员法》")).toEqual(["《公", "务", "员", "法》"]);
  });

  it("folds full-width letters and digits but keeps full-width punctuation", () => {
    expect(tokens("ＩＣＰ２０２４，")).toEqual(["ICP2024，"]);
  });

  it("gives a phrase the same consecutive tokens wherever it stands", () => {
    const text = tokens("为了规范首问负责工作");
    const phrase = tokens("首问负责");
    const start = text.indexOf(phrase[0] as string);
    expect(text.slice(start, start + phrase.length)).toEqual(phrase);
  });
});

describe("tokenizeForIndex", () => {
  it("separates tokens by spaces with a space at each end, so text split across elements never fuses", () => {
    expect(tokenizeForIndex("规范") + tokenizeForIndex("首问")).toBe(" 规 范  首 问 ");
  });

  it("leaves punctuation-only text alone to join its neighbour", () => {
    expect(tokenizeForIndex("。")).toBe("。");
  });
});

describe("queryTerms", () => {
  it("splits on ASCII and ideographic spaces; a term of two or more tokens is a phrase", () => {
    expect(queryTerms("公务员法　第十二条")).toEqual([
      {
        text: "公务员法",
        units: ["公", "务", "员", "法"],
        tokens: ["公", "务", "员", "法"],
        phrases: [["公", "务", "员", "法"]],
      },
      {
        text: "第十二条",
        units: ["第", "十", "二", "条"],
        tokens: ["第", "十", "二", "条"],
        phrases: [["第", "十", "二", "条"]],
      },
    ]);
  });

  it("drops punctuation, lower-cases Latin, and needs no phrase check for one token", () => {
    expect(queryTerms("示例组发〔2024〕5号")[0]?.tokens).toEqual(["示", "例", "组", "发", "2024", "5", "号"]);
    expect(queryTerms(" ICP ， ")).toEqual([{ text: "ICP", units: ["icp"], tokens: ["icp"], phrases: [] }]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("readableText and cleanExcerpt", () => {
  it("remove the spaces tokenization put between Chinese characters, and Pagefind's marks", () => {
    expect(readableText(" 规 范“ <mark>首</mark> <mark>问</mark> 负 责”， 制 定 ")).toBe(
      "规范“首问负责”，制定",
    );
    expect(cleanExcerpt("为 了 <mark>限</mark> <mark>时</mark>， 制定")).toBe("为了<mark>限时</mark>，制定");
  });

  it("keep text escaped and spaces between Latin words", () => {
    expect(readableText("ICP &amp; 备 案 the word")).toBe("ICP &amp;备案the word");
  });
});

describe("highlightTerms", () => {
  it("marks whole phrases, not stray single characters", () => {
    expect(highlightTerms("按照限时办结制度，按时办理", queryTerms("限时办结"))).toBe(
      "按照<mark>限时办结</mark>制度，按时办理",
    );
  });

  it("matches a document number across its punctuation", () => {
    expect(highlightTerms("文号示例组发〔2024〕5号", queryTerms("示例组发〔2024〕5号"))).toBe(
      "文号<mark>示例组发〔2024〕5号</mark>",
    );
  });
});
