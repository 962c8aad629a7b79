import { describe, expect, it } from "vitest";
import {
  cleanExcerpt,
  highlightTerms,
  queryTerms,
  readableText,
  tokenizeForIndex,
  tokens,
  units,
} from "../../src/lib/search/tokenize.ts";

describe("units", () => {
  it("makes every Han character a unit, keeps Latin words and numbers whole, attaches punctuation", () => {
    expect(units("限时办结ICP备案2024年")).toEqual(["限", "时", "办", "结", "ICP", "备", "案", "2024", "年"]);
    expect(units("规范“首问”，制定")).toEqual(["规", "范“", "首", "问”，", "制", "定"]);
    expect(units("示例组发〔2024〕5号")).toEqual(["示", "例", "组", "发〔", "2024〕", "5", "号"]);
    expect(units("《公务员法》")).toEqual(["《公", "务", "员", "法》"]);
  });

  it("folds full-width letters and digits but keeps full-width punctuation", () => {
    expect(units("ＩＣＰ２０２４，")).toEqual(["ICP2024，"]);
  });
});

describe("tokens", () => {
  it("turns a run of Chinese characters into overlapping pairs", () => {
    expect(tokens("限时办结")).toEqual(["限时", "时办", "办结"]);
  });

  it("ends a run at punctuation, which stays attached for display", () => {
    expect(tokens("规范“首问负责”，制定")).toEqual(["规范“", "首问", "问负", "负责”，", "制定"]);
  });

  it("keeps a lone character and Latin words and numbers as they are", () => {
    expect(tokens("〔2024〕5号")).toEqual(["〔2024〕", "5", "号"]);
    expect(tokens("ICP备案")).toEqual(["ICP", "备案"]);
  });

  it("gives a phrase the same consecutive tokens wherever it stands", () => {
    const text = tokens("为了规范首问负责工作");
    const phrase = tokens("首问负责");
    const start = text.indexOf(phrase[0] as string);
    expect(text.slice(start, start + phrase.length)).toEqual(phrase);
  });
});

describe("tokenizeForIndex", () => {
  it("separates tokens by spaces with a space at each end", () => {
    expect(tokenizeForIndex("规范首问")).toBe(" 规范 范首 首问 ");
  });

  it("leaves punctuation-only text alone to join its neighbour", () => {
    expect(tokenizeForIndex("。")).toBe("。");
  });
});

describe("queryTerms", () => {
  it("splits on ASCII and ideographic spaces, with units, tokens and phrases to check", () => {
    expect(queryTerms("公务员法　第十二条")).toEqual([
      {
        text: "公务员法",
        units: ["公", "务", "员", "法"],
        tokens: ["公务", "务员", "员法"],
        phrases: [["公务", "务员", "员法"]],
      },
      {
        text: "第十二条",
        units: ["第", "十", "二", "条"],
        tokens: ["第十", "十二", "二条"],
        phrases: [["第十", "十二", "二条"]],
      },
    ]);
  });

  it("leaves a lone character beside digits out of the phrase, since in the text it may start a pair", () => {
    const [term] = queryTerms("示例组发〔2024〕5号");
    expect(term?.tokens).toEqual(["示例", "例组", "组发", "2024", "5", "号"]);
    expect(term?.phrases).toEqual([["示例", "例组", "组发", "2024", "5"]]);
  });

  it("needs no phrase check for a single token, and drops empty terms", () => {
    expect(queryTerms("限时 ，").map((t) => t.phrases)).toEqual([[]]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("readableText", () => {
  it("turns indexed pairs back into the text as written, dropping Pagefind's marks", () => {
    expect(readableText(" 规范“ <mark>首问</mark> 问负 负责”， 制定 ")).toBe("规范“首问负责”，制定");
  });

  it("starts a new run where pairs do not continue each other", () => {
    expect(readableText("文号 示例 例组 组发〔 2024〕 5 号")).toBe("文号示例组发〔2024〕5号");
  });

  it("keeps text escaped and spaces between Latin words", () => {
    expect(readableText("ICP &amp; 备案 the word")).toBe("ICP &amp;备案the word");
  });
});

describe("cleanExcerpt", () => {
  it("removes spaces next to Chinese characters and joins adjacent marks", () => {
    expect(cleanExcerpt("为 了 <mark>限</mark> <mark>时</mark>， 制定")).toBe("为了<mark>限时</mark>，制定");
  });
});

describe("highlightTerms", () => {
  it("marks whole phrases", () => {
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
