import { describe, expect, it } from "vitest";
import {
  commonCharacters,
  countCharacters,
  hasOffsets,
  MAX_KEPT,
  pruneTerm,
  phraseFinder,
} from "../../src/lib/search/common-chars.ts";

describe("commonCharacters", () => {
  it("lists the characters above a share of all Han characters, most frequent first", () => {
    const counts = new Map<string, number>();
    countCharacters("的的的的的法法法条条信ABC，", counts);
    expect(counts.get("的")).toBe(5);
    expect(counts.has("A")).toBe(false);
    expect(commonCharacters(counts, 0.2)).toEqual(["的", "法"]);
    expect(commonCharacters(counts, 0.2, 1)).toEqual(["的"]);
    expect(commonCharacters(new Map())).toEqual([]);
  });
});

describe("pruneTerm", () => {
  // 的 is the most frequent, then 第, then 条.
  const common = new Map([
    ["的", 0],
    ["第", 1],
    ["条", 2],
  ]);

  it("keeps the rarer tokens with their offsets in the term", () => {
    expect(pruneTerm(["第", "二", "十", "三", "条"], common)).toEqual({
      tokens: ["二", "十", "三"],
      offsets: [1, 2, 3],
    });
  });

  it("puts back the least frequent common tokens until enough are kept", () => {
    expect(pruneTerm(["第", "二", "三", "条"], common)).toEqual({
      tokens: ["二", "三", "条"],
      offsets: [1, 2, 3],
    });
    expect(pruneTerm(["的", "第", "条", "的"], common)).toEqual({
      tokens: ["的", "第", "条"],
      offsets: [0, 1, 2],
    });
    expect(pruneTerm(["三"], common)).toEqual({ tokens: ["三"], offsets: [0] });
  });

  it("keeps every character of a term of three or fewer (能源法: a page with 能源 alone is no match)", () => {
    expect(pruneTerm(["能", "源", "法"], common.set("法", 3))).toEqual({
      tokens: ["能", "源", "法"],
      offsets: [0, 1, 2],
    });
  });

  it("keeps no more than MAX_KEPT tokens of a long term, spread from its first to its last", () => {
    const title = [..."最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释"];
    const { tokens, offsets } = pruneTerm(title, common);
    expect(tokens).toHaveLength(MAX_KEPT);
    expect(offsets[0]).toBe(0);
    expect(offsets.at(-1)).toBe(title.length - 1);
    expect(offsets.map((o) => title[o])).toEqual(tokens);
    // Mostly common characters: a few put back, still within the limit.
    expect(pruneTerm([..."的第条的第条的第条三"], common).tokens).toEqual([
      "第",
      "条",
      "第",
      "条",
      "条",
      "三",
    ]);
  });
});

describe("hasOffsets", () => {
  it("finds the kept tokens at the distances the phrase puts them", () => {
    // 信访?条例: kept tokens at offsets 0, 1, 3, 4 of the phrase.
    expect(hasOffsets([20, 21, 23, 24, 90], [0, 1, 3, 4])).toBe(true);
    expect(hasOffsets([20, 21, 22, 23], [0, 1, 3, 4])).toBe(false);
    expect(hasOffsets([5], [2])).toBe(true);
    expect(hasOffsets([], [0])).toBe(false);
  });
});

describe("phraseFinder", () => {
  const content = " 为 了 限 时， 办 结 示 例 组 发〔 2024〕 5 号 ISO 9001 ";
  it("finds a token sequence in indexed text, across the punctuation attached to tokens", () => {
    expect(phraseFinder(["限", "时", "办", "结"])(content)).toBe(content.indexOf("限"));
    expect(phraseFinder(["发", "2024", "5", "号"])(content)).toBeGreaterThanOrEqual(0);
    expect(phraseFinder([])(content)).toBeGreaterThanOrEqual(0);
  });
  it("needs the tokens next to each other, whole, in order", () => {
    expect(phraseFinder(["限", "办"])(content)).toBe(-1);
    expect(phraseFinder(["结", "办"])(content)).toBe(-1);
    expect(phraseFinder(["202"])(content)).toBe(-1);
    expect(phraseFinder(["为", "了"])(" 以 为 了 ")).toBeGreaterThanOrEqual(0);
  });
  it("matches letters case-insensitively and treats regular-expression characters literally", () => {
    expect(phraseFinder(["iso", "9001"])(content)).toBeGreaterThanOrEqual(0);
    expect(phraseFinder([".", "*"])(content)).toBe(-1);
  });
});
