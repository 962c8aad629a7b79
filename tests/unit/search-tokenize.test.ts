import { describe, expect, it } from "vitest";
import {
  cleanExcerpt,
  highlightTerms,
  queryTerms,
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

  it("attaches punctuation to the token before it, so it never stands alone", () => {
    expect(tokens("规范“首问负责”，制定")).toEqual(["规", "范“", "首", "问", "负", "责”，", "制", "定"]);
    expect(tokens("示例组发〔2024〕5号")).toEqual(["示", "例", "组", "发〔", "2024〕", "5", "号"]);
  });

  it("attaches leading punctuation to the first token", () => {
    expect(tokens("《公务员法》")).toEqual(["《公", "务", "员", "法》"]);
  });

  it("folds full-width letters and digits but keeps full-width punctuation", () => {
    expect(tokens("ＩＣＰ２０２４，")).toEqual(["ICP2024，"]);
  });
});

describe("tokenizeForIndex", () => {
  it("separates tokens by spaces with a space at each end, so text split across elements never fuses", () => {
    expect(tokenizeForIndex("规范")).toBe(" 规 范 ");
    expect(tokenizeForIndex("规范") + tokenizeForIndex("首问")).toBe(" 规 范  首 问 ");
  });

  it("leaves punctuation-only text alone to join its neighbour", () => {
    expect(tokenizeForIndex("。")).toBe("。");
    expect(tokenizeForIndex("  ")).toBe("  ");
  });
});

describe("queryTerms", () => {
  it("splits on ASCII and ideographic spaces and drops punctuation from tokens", () => {
    expect(queryTerms("公务员法　第十二条  “限时”")).toEqual([
      ["公", "务", "员", "法"],
      ["第", "十", "二", "条"],
      ["限", "时"],
    ]);
  });

  it("lower-cases Latin words and drops empty terms", () => {
    expect(queryTerms(" ICP ， ")).toEqual([["icp"]]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("cleanExcerpt", () => {
  it("removes the spaces tokenization inserted between Chinese characters and joins adjacent marks", () => {
    expect(cleanExcerpt("为 了 <mark>限</mark> <mark>时</mark> 办 结， 制 定")).toBe(
      "为了<mark>限时</mark>办结，制定",
    );
  });

  it("keeps spaces between Latin words", () => {
    expect(cleanExcerpt("the ICP 备 案 word list")).toBe("the ICP备案word list");
  });
});

describe("highlightTerms", () => {
  it("marks whole phrases instead of stray single characters", () => {
    const excerpt = "<mark>限时办结</mark>，按<mark>时</mark><mark>办</mark>理";
    expect(highlightTerms(excerpt, [["限", "时", "办", "结"]])).toBe("<mark>限时办结</mark>，按时办理");
  });

  it("matches a document number across its punctuation", () => {
    expect(highlightTerms("文号示例组发〔2024〕5号", [["示", "例", "组", "发", "2024", "5", "号"]])).toBe(
      "文号<mark>示例组发〔2024〕5号</mark>",
    );
  });

  it("keeps Pagefind's marks when no phrase occurs in the excerpt", () => {
    expect(highlightTerms("<mark>限</mark>制", [["限", "时"]])).toBe("<mark>限</mark>制");
  });
});
