import { describe, expect, it } from "vitest";
import {
  cleanExcerpt,
  FUSED,
  highlightTerms,
  queryTerms,
  readableText,
  tokenizeForIndex,
  tokens,
  unfuse,
} from "../../../src/lib/search/tokenize.ts";

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

  it("pairs each of the most frequent characters with the Han character before it, first", () => {
    expect(FUSED.has("法") && FUSED.has("的") && !FUSED.has("狱")).toBe(true);
    expect(tokenizeForIndex("监狱法")).toBe(" 监 狱 法狱 ");
    // Across punctuation and whitespace, but not after a Latin word or number, nor at the start.
    expect(tokenizeForIndex("法律、法规 的")).toBe(" 法 律、 法律 规法 的规 ");
    expect(tokenizeForIndex("第5条")).toBe(" 第 5 条 ");
  });

  it("can be read back with one character per position", () => {
    const text = "《监狱法》第十二条规定的";
    const indexed = tokenizeForIndex(text);
    expect(indexed).toBe(" 《监 狱 法狱》 第法 十第 二十 条二 规条 定规 的定 ");
    expect(unfuse(indexed)).toBe(` ${tokens(text).join(" ")} `);
    expect(unfuse(" ICP 备 案 2024 年 ")).toBe(" ICP 备 案 2024 年 ");
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
        tokens: ["公", "务公", "员", "法员"],
        phrases: [["公", "务", "员", "法"]],
      },
      {
        text: "第十二条",
        units: ["第", "十", "二", "条"],
        tokens: ["", "十第", "二十", "条二"],
        phrases: [["第", "十", "二", "条"]],
      },
    ]);
  });

  it("searches for each frequent character as the page indexes it, or not at all when the term cannot say", () => {
    // As indexed: the pair with the character before it.
    expect(queryTerms("监狱法")[0]?.tokens).toEqual(["监", "狱", "法狱"]);
    // At the start of a term, or after a number, its pair in the page is unknown; alone, Pagefind would
    // match every pair that begins with it. The page must still hold it (units).
    expect(queryTerms("法律")[0]).toMatchObject({ units: ["法", "律"], tokens: ["", "律"] });
    expect(queryTerms("第5条")[0]).toMatchObject({ units: ["第", "5", "条"], tokens: ["", "5", ""] });
    expect(queryTerms("的")[0]).toMatchObject({ units: ["的"], tokens: [""] });
  });

  it("drops punctuation, lower-cases Latin, and needs no phrase check for one token", () => {
    expect(queryTerms("示例组发〔2024〕5号")[0]?.units).toEqual(["示", "例", "组", "发", "2024", "5", "号"]);
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
