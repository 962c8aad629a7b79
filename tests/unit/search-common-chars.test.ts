import { describe, expect, it } from "vitest";
import {
  countCharacters,
  frequentCharacters,
  MAX_KEPT,
  MIN_KEPT,
  pruneTerm,
  termStarts,
  VERY_COMMON,
} from "../../src/lib/search/common-chars.ts";

describe("frequentCharacters", () => {
  it("lists the site's characters, most frequent first, as one string", () => {
    const counts = new Map<string, number>();
    countCharacters("的的的的法法法制ab12，", counts);
    expect(counts.get("的")).toBe(4);
    expect(counts.has("a")).toBe(false);
    expect(frequentCharacters(counts)).toBe("的法制");
    expect(frequentCharacters(counts, 2)).toBe("的法");
    expect(frequentCharacters(new Map())).toBe("");
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
