import { describe, expect, it } from "vitest";
import { parseChineseNumeral, toChineseNumeral } from "../../../src/lib/reading/chinese-numerals.ts";

describe("parseChineseNumeral", () => {
  it.each([
    ["一", 1],
    ["九", 9],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["二十三", 23],
    ["一百", 100],
    ["一百零五", 105],
    ["一百一十", 110],
    ["一百二十三", 123],
    ["两百", 200],
    ["一千零一", 1001],
    ["一千零一十", 1010],
    ["二千零二十四", 2024],
  ])("reads %s as %i", (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  it("reads both 零 and 〇 as zero", () => {
    expect(parseChineseNumeral("零")).toBe(0);
    expect(parseChineseNumeral("〇")).toBe(0);
    expect(parseChineseNumeral("一百〇五")).toBe(105);
  });

  it("accepts article numbers already written in Arabic digits", () => {
    expect(parseChineseNumeral("23")).toBe(23);
    expect(parseChineseNumeral("105")).toBe(105);
  });

  it.each(["", "abc", "二三", "十十", "五零", "第一", "一 二", "１"])(
    "returns undefined for the malformed input %j",
    (text) => {
      expect(parseChineseNumeral(text)).toBeUndefined();
    },
  );

  // Contract: "Returns undefined for anything else". Repeated or ascending units are not numbers.
  it("rejects numerals whose units are repeated or not in descending order", () => {
    const results = ["一百一百", "二十三十", "一十一百"].map((text) => [text, parseChineseNumeral(text)]);
    expect(results).toEqual([
      ["一百一百", undefined],
      ["二十三十", undefined],
      ["一十一百", undefined],
    ]);
  });
});

describe("toChineseNumeral", () => {
  it.each([
    [0, "零"],
    [1, "一"],
    [10, "十"],
    [15, "十五"],
    [20, "二十"],
    [23, "二十三"],
    [100, "一百"],
    [105, "一百零五"],
    [110, "一百一十"],
    [1001, "一千零一"],
    [1010, "一千零一十"],
    [2000, "二千"],
    [9999, "九千九百九十九"],
  ])("writes %i as %s", (value, expected) => {
    expect(toChineseNumeral(value)).toBe(expected);
  });

  it("round-trips every number from 1 to 2000 through parseChineseNumeral", () => {
    const mismatches: number[] = [];
    for (let n = 1; n <= 2000; n++) {
      if (parseChineseNumeral(toChineseNumeral(n)) !== n) mismatches.push(n);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([-1, 1.5, 10000, Number.NaN])(
    "throws a RangeError for %d, which has no article-number form",
    (value) => {
      expect(() => toChineseNumeral(value)).toThrow(RangeError);
    },
  );
});
