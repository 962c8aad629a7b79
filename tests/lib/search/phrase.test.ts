import { describe, expect, it } from "vitest";
import { findPhrase, markPhrases, phraseFinder } from "../../../src/lib/search/phrase.ts";

describe("phraseFinder", () => {
  const content = " 为 了 限 时， 办 结 示 例 组 发〔 2024〕 5 号 ISO 9001 ";
  it("finds a token sequence in indexed text, across the punctuation attached to tokens", () => {
    expect(phraseFinder(["限", "时", "办", "结"])(content)).toBe(content.indexOf("限"));
    expect(phraseFinder(["发", "2024", "5", "号"])(content)).toBe(content.indexOf("发"));
    expect(phraseFinder([])(content)).toBe(0);
  });
  it("needs the tokens next to each other, whole, in order", () => {
    expect(phraseFinder(["限", "办"])(content)).toBe(-1);
    expect(phraseFinder(["结", "办"])(content)).toBe(-1);
    expect(phraseFinder(["202"])(content)).toBe(-1);
    expect(phraseFinder(["024"])(content)).toBe(-1);
    expect(phraseFinder(["为", "了"])(" 以 为 了 ")).toBe(3);
  });
  it("finds a later occurrence when the first one does not continue the phrase", () => {
    expect(phraseFinder(["办", "结"])(" 办 理 办 结 ")).toBe(5);
  });
  it("matches letters case-insensitively and treats regular-expression characters literally", () => {
    expect(phraseFinder(["iso", "9001"])(content)).toBe(content.indexOf("ISO"));
    expect(phraseFinder(["9001"])(" iso9001 9001 ")).toBe(9);
    expect(phraseFinder([".", "*"])(content)).toBe(-1);
  });
  it("treats a character outside the basic plane as one letter", () => {
    expect(phraseFinder(["𠀀", "字"])(" 𠀀 字 ")).toBe(1);
    expect(phraseFinder(["字"])(" a𠀀字 ")).toBe(-1);
  });
});

describe("findPhrase in readable text", () => {
  it("allows punctuation and entities between units, but not spaces or tags", () => {
    expect(findPhrase("组发〔2024〕5号", ["2024", "5", "号"], "tight")).toEqual([3, 10]);
    expect(findPhrase("ICP &amp; 备案", ["icp", "备"], "tight")).toBeUndefined();
    expect(findPhrase("甲&amp;乙", ["甲", "乙"], "tight")).toEqual([0, 7]);
    expect(findPhrase("甲<b>乙", ["甲", "乙"], "tight")).toBeUndefined();
  });
});

describe("markPhrases", () => {
  it("marks every occurrence of every phrase, overlapping ones as one", () => {
    expect(markPhrases("限时办结，按时办结", [["办", "结"]])).toBe(
      "限时<mark>办结</mark>，按时<mark>办结</mark>",
    );
    expect(
      markPhrases("限时办结", [
        ["限", "时"],
        ["时", "办"],
      ]),
    ).toBe("<mark>限时办</mark>结");
    expect(markPhrases("没有匹配", [["限", "时"]])).toBe("没有匹配");
  });
  it("marks Latin words in any letter case", () => {
    expect(markPhrases("依据 ISO 标准", [["iso"]])).toBe("依据 <mark>ISO</mark> 标准");
  });
});
