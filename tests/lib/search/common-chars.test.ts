import { describe, expect, it } from "vitest";
import {
  countTokens,
  frequencyRanks,
  frequentTokens,
  MAX_KEPT,
  MIN_KEPT,
  pruneTerm,
  termStarts,
  VERY_COMMON,
} from "../../../src/lib/search/common-chars.ts";

describe("frequentTokens", () => {
  it("lists the site's index tokens, characters and fused pairs, most frequent first", () => {
    const counts = new Map<string, number>();
    // Indexed text: 民人 is 人 after 民 (人民), kept as one token; letters and digits are not counted.
    countTokens(" 人 民 民人 民人 民人 政 2024 民人 ， 法狱 ab ", counts);
    expect(counts.get("民人")).toBe(4);
    expect(counts.get("民")).toBe(1);
    expect(counts.has("2024")).toBe(false);
    // Ties in a fixed order (localeCompare), so the list is the same from build to build.
    expect(frequentTokens(counts)).toBe("民人 人 政 民 法狱");
    expect(frequentTokens(counts, 2)).toBe("民人 人");
    expect(frequentTokens(new Map())).toBe("");
  });

  it("counts text that was not tokenized character by character", () => {
    const counts = new Map<string, number>();
    countTokens('<meta content="限时办结"> 限 时', counts);
    expect(counts.get("限")).toBe(2);
    expect(counts.get("办")).toBe(1);
  });

  it("counts Han characters outside the common block too (〇, 𠀀, 々) and nothing else", () => {
    const counts = new Map<string, number>();
    countTokens("二〇二四 𠀀 𠀀丁 々 ａｂ１ ，、《》 한 かな", counts);
    expect(Object.fromEntries(counts)).toEqual({ 二: 2, 〇: 1, 四: 1, 𠀀: 1, 𠀀丁: 1, 々: 1 });
  });

  it("reads the list back as each token's rank", () => {
    expect([...frequencyRanks("民人 人 法狱")]).toEqual([
      ["民人", 0],
      ["人", 1],
      ["法狱", 2],
    ]);
    expect(frequencyRanks("").size).toBe(0);
  });
});

describe("pruneTerm", () => {
  // 的 is the most frequent, then 第, 条, 二, 三; any other character is rarer. All five are
  // among the VERY_COMMON most frequent here (the list is that short).
  const rank = new Map([..."的第条二三"].map((char, i) => [char, i]));

  it("keeps every character of a term of three or fewer (能源法: a page with 能源 alone is no match)", () => {
    expect(pruneTerm(["能", "源", "的"], rank)).toEqual({ tokens: ["能", "源", "的"], offsets: [0, 1, 2] });
    expect(pruneTerm(["三"], rank)).toEqual({ tokens: ["三"], offsets: [0] });
  });

  it("never sends a unit that cannot be searched for, and counts only the others", () => {
    // 法律规定: 法 starts the term, so its pair in the page is unknown (queryTerms gives "").
    expect(pruneTerm(["", "律", "规法", "定规"], rank)).toEqual({
      tokens: ["律", "规法", "定规"],
      offsets: [1, 2, 3],
    });
    expect(pruneTerm([""], rank)).toEqual({ tokens: [], offsets: [] });
  });

  it("keeps all but the most frequent character of a term of four, in their places", () => {
    expect(MAX_KEPT).toBe(4);
    // All very common: MIN_KEPT of them stay.
    expect(pruneTerm(["第", "二", "三", "条"], rank)).toEqual({
      tokens: ["二", "三", "条"],
      offsets: [1, 2, 3],
    });
    const rarer = new Map([..."的第条二三"].map((char, i) => [char, VERY_COMMON + i]));
    expect(pruneTerm(["第", "二", "十", "条"], rarer)).toEqual({
      tokens: ["二", "十", "条"],
      offsets: [1, 2, 3],
    });
  });

  it("drops the very common characters of a longer term while MIN_KEPT rarer ones remain", () => {
    expect(MIN_KEPT).toBe(3);
    // Four stretches 限 第 时 的办: 的 is not its stretch's rarest, and 第 (very common) goes too.
    expect(pruneTerm([..."限第时的办"], rank)).toEqual({
      tokens: ["限", "时", "办"],
      offsets: [0, 2, 4],
    });
    // Fewer than three rarer ones: the rarest three, whatever their rank.
    expect(pruneTerm(["第", "二", "十", "三", "条"], rank)).toEqual({
      tokens: ["二", "十", "三"],
      offsets: [1, 2, 3],
    });
  });

  it("keeps the rarest character of each of MAX_KEPT stretches of a longer term", () => {
    const title = [..."的第条限时办结的第条二三的"];
    const rarer = new Map([..."的第条二三"].map((char, i) => [char, VERY_COMMON + i]));
    const { tokens, offsets } = pruneTerm(title, rarer);
    expect(tokens).toHaveLength(MAX_KEPT);
    // Stretches 的第条 限时办 结的第 条二三的 (the first of equally rare characters).
    expect(tokens).toEqual(["条", "限", "结", "三"]);
    expect(offsets).toEqual([2, 3, 6, 11]);
    // With the same characters very common, the two rare ones and the rarest of the others are sent.
    expect(pruneTerm(title, rank).tokens).toEqual(["限", "结", "三"]);
    // Letters and digits are not in the list: rarer than any character in it.
    expect(pruneTerm([..."的第条的"].concat("2024"), rarer).tokens).toEqual(["的", "第", "条", "2024"]);
  });
});

describe("termStarts", () => {
  it("finds where the kept tokens stand at the distances the term puts them", () => {
    expect(termStarts([20, 21, 23, 24, 90], [0, 1, 3, 4])).toEqual([20]);
    expect(termStarts([20, 21, 22, 23], [0, 1, 3, 4])).toEqual([]);
    expect(termStarts([5, 9], [2])).toEqual([3, 7]);
    expect(termStarts([], [0])).toEqual([]);
  });

  it("with one token's own positions, starts only where that token is", () => {
    // 生 产 at 10–11 and 产 生 at 30–31: matched words alone cannot tell them apart.
    const matched = [10, 11, 30, 31];
    expect(termStarts(matched, [0, 1])).toEqual([10, 30]);
    expect(termStarts(matched, [0, 1], { positions: [11, 30], offset: 1 })).toEqual([10]);
  });
});
