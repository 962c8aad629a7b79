import { describe, expect, it } from "vitest";
import {
  charIndexOfWord,
  excerptAround,
  namedSection,
  sectionAt,
  wordIndexAt,
} from "../../../src/lib/search/hit.ts";

// Indexed text as Pagefind returns it: a title, then three articles in a chapter.
const TEXT = " 示 例 制 度 第 一 章 总 则 第 一 条 为 了 规 范。 第 二 条 限 时 办 结。 第 三 条 <附> 则 ";
const ANCHORS = [
  { id: "ch-1", location: 4 },
  { id: "art-1", location: 9 },
  { id: "art-2", location: 16 },
  { id: "user-content-fn-1", location: 19 },
  { id: "art-3", location: 23 },
];

describe("positions in indexed text", () => {
  it("counts the words before a character and finds where a word starts", () => {
    const at = TEXT.indexOf("限");
    expect(wordIndexAt(TEXT, at)).toBe(19);
    expect(charIndexOfWord(TEXT, 19)).toBe(at);
    expect(wordIndexAt(TEXT, 0)).toBe(0);
    expect(charIndexOfWord(TEXT, 999)).toBe(TEXT.length);
  });
});

describe("sectionAt", () => {
  it("is the innermost article or division holding the word, ignoring other anchors", () => {
    expect(sectionAt(ANCHORS, 19)?.id).toBe("art-2");
    expect(sectionAt(ANCHORS, 9)?.id).toBe("art-1");
    expect(sectionAt(ANCHORS, 6)?.id).toBe("ch-1");
    expect(sectionAt(ANCHORS, 2)).toBeUndefined();
  });
});

describe("namedSection", () => {
  it("finds the article a query names by its label", () => {
    expect(namedSection(ANCHORS, "第三条")?.id).toBe("art-3");
    expect(namedSection(ANCHORS, "第四条")).toBeUndefined();
  });
});

describe("excerptAround", () => {
  it("starts a few words before the match and escapes HTML", () => {
    const excerpt = excerptAround(TEXT, TEXT.indexOf("限"), 8);
    expect(excerpt).toBe("了 规 范。 第 二 条 限 时 办 结。 第 三 条 &lt;附&gt;");
  });
  it("does not reach back before a given point", () => {
    expect(excerptAround(TEXT, TEXT.indexOf("限"), 2, TEXT.indexOf("条 限"))).toBe("条 限 时");
  });
});
