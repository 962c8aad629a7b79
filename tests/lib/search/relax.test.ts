import { describe, expect, it } from "vitest";
import { chineseWordSplitter, relaxedQuery, splitTerm } from "../../../src/lib/search/relax.ts";

// Node's Intl.Segmenter is the same ICU word segmenter as Chromium's.
const split = chineseWordSplitter()!;

describe("a looser query when nothing is found", () => {
  it("splits a long Chinese term into words, joining the single characters a segmenter leaves", () => {
    expect(relaxedQuery("限时办理", split)).toBe("限时 办理");
    expect(relaxedQuery("首问负责制度", split)).toBe("首问 负责 制度");
    expect(relaxedQuery("行政复议期限", split)).toBe("行政 复议 期限");
  });

  it("keeps other terms as typed and suggests nothing when no term splits", () => {
    expect(relaxedQuery("限时办理 2024", split)).toBe("限时 办理 2024");
    expect(relaxedQuery("限时 办结", split)).toBeUndefined();
    expect(relaxedQuery("示例组发〔2024〕5号", split)).toBeUndefined();
    expect(relaxedQuery("ICP", split)).toBeUndefined();
  });

  it("never leaves a word of one character, which would match nearly every page", () => {
    const words = (segments: string[]) => splitTerm(segments.join(""), () => segments);
    expect(words(["第二", "十三", "条"])).toEqual(["第二", "十三条"]);
    expect(words(["首", "负责", "制度"])).toEqual(["首负责", "制度"]);
    expect(words(["限", "时", "办理"])).toEqual(["限时", "办理"]);
    expect(words(["个", "人"])).toEqual(["个人"]);
  });
});
