import { describe, expect, it } from "vitest";
import {
  anchorLabel,
  DivisionIds,
  isRegulationId,
  matchArticle,
  matchDivision,
  uniqueId,
  type DivisionMark,
} from "../../../src/lib/reading/regulation.ts";

describe("matchArticle", () => {
  it("recognises 第一条 followed by an ASCII space", () => {
    expect(matchArticle("第一条 为了规范干部管理，制定本条例。")).toEqual({
      label: "第一条",
      number: 1,
      id: "art-1",
    });
  });

  it("recognises an article followed by a full-width space", () => {
    expect(matchArticle("第二十三条\u3000公务员应当遵纪守法。")).toEqual({
      label: "第二十三条",
      number: 23,
      id: "art-23",
    });
  });

  it("recognises three-digit article numbers with 零", () => {
    expect(matchArticle("第一百零五条 附则。")?.id).toBe("art-105");
  });

  it("gives 第十条之一 the anchor art-10-1 and records the sub-number", () => {
    expect(matchArticle("第十条之一 新增条款。")).toEqual({
      label: "第十条之一",
      number: 10,
      sub: 1,
      id: "art-10-1",
    });
  });

  it("does not treat a cross-reference such as 第三条规定 as the start of an article", () => {
    expect(matchArticle("第三条规定的情形，依照本法处理。")).toBeUndefined();
  });

  it("only matches at the start of the paragraph", () => {
    expect(matchArticle("依照本法第五条 的规定")).toBeUndefined();
    expect(matchArticle(" 第五条 内容")).toBeUndefined();
  });

  it("ignores text that is not an article heading at all", () => {
    expect(matchArticle("第一章 总则")).toBeUndefined();
    expect(matchArticle("第条 内容")).toBeUndefined();
  });
});

describe("matchDivision", () => {
  it("recognises 编, 章 and 节 headings with their numbers", () => {
    expect(matchDivision("第一编 总则")).toEqual({ level: "part", number: 1 });
    expect(matchDivision("第十二章 法律责任")).toEqual({ level: "chapter", number: 12 });
    expect(matchDivision("第三节 任职")).toEqual({ level: "section", number: 3 });
  });

  it("accepts headings whose title is spaced out, such as 第一章 总 则", () => {
    expect(matchDivision("第一章 总 则")).toEqual({ level: "chapter", number: 1 });
    expect(matchDivision("第一章\u3000总\u3000则")).toEqual({ level: "chapter", number: 1 });
  });

  it("allows leading whitespace but not other leading text", () => {
    expect(matchDivision("  第二章 职责")).toEqual({ level: "chapter", number: 2 });
    expect(matchDivision("本法第二章规定")).toBeUndefined();
  });

  it("does not mistake an article for a division", () => {
    expect(matchDivision("第二条 本法适用于……")).toBeUndefined();
  });
});

describe("DivisionIds", () => {
  const chapter = (number: number): DivisionMark => ({ level: "chapter", number });
  const section = (number: number): DivisionMark => ({ level: "section", number });
  const part = (number: number): DivisionMark => ({ level: "part", number });

  it("numbers chapters ch-N and their sections ch-N-sec-M", () => {
    const ids = new DivisionIds();
    expect(
      [chapter(1), chapter(2), section(1), section(2), chapter(3), section(1)].map((m) => ids.next(m)),
    ).toEqual(["ch-1", "ch-2", "ch-2-sec-1", "ch-2-sec-2", "ch-3", "ch-3-sec-1"]);
  });

  it("prefixes chapters with their part, so chapters restarting under each part stay unique", () => {
    const ids = new DivisionIds();
    const marks = [part(1), chapter(1), chapter(2), part(2), chapter(1), section(1)];
    expect(marks.map((m) => ids.next(m))).toEqual([
      "part-1",
      "part-1-ch-1",
      "part-1-ch-2",
      "part-2",
      "part-2-ch-1",
      "part-2-ch-1-sec-1",
    ]);
  });

  it("does not carry the previous part's chapter into a section that comes right after a new part", () => {
    const ids = new DivisionIds();
    const marks = [part(1), chapter(3), part(2), section(1)];
    expect(marks.map((m) => ids.next(m))).toEqual(["part-1", "part-1-ch-3", "part-2", "part-2-sec-1"]);
  });
});

describe("uniqueId", () => {
  it("returns the id unchanged the first time and records it", () => {
    const used = new Set<string>();
    expect(uniqueId("art-1", used)).toBe("art-1");
    expect(used.has("art-1")).toBe(true);
  });

  it("appends -2, -3 … to repeats", () => {
    const used = new Set<string>();
    expect([uniqueId("ch-1", used), uniqueId("ch-1", used), uniqueId("ch-1", used)]).toEqual([
      "ch-1",
      "ch-1-2",
      "ch-1-3",
    ]);
  });

  it("skips suffixes that are already taken", () => {
    const used = new Set(["x", "x-2"]);
    expect(uniqueId("x", used)).toBe("x-3");
  });
});

describe("anchorLabel", () => {
  it("reads the label of an article or division back from its anchor", () => {
    expect(anchorLabel("art-23")).toBe("第二十三条");
    expect(anchorLabel("art-10-1")).toBe("第十条之一");
    expect(anchorLabel("ch-2")).toBe("第二章");
    expect(anchorLabel("ch-3-sec-2")).toBe("第三章第二节");
    expect(anchorLabel("part-2-ch-1")).toBe("第二编第一章");
    expect(anchorLabel("part-1")).toBe("第一编");
    expect(anchorLabel("ch-2-2")).toBe("第二章");
  });

  it("gives every id the build makes back its own label", () => {
    const ids = new DivisionIds();
    const marks: DivisionMark[] = [
      { level: "part", number: 3 },
      { level: "chapter", number: 12 },
      { level: "section", number: 4 },
    ];
    expect(marks.map((m) => anchorLabel(ids.next(m)))).toEqual([
      "第三编",
      "第三编第十二章",
      "第三编第十二章第四节",
    ]);
    expect(anchorLabel(matchArticle("第一百零五条 附则。")?.id ?? "")).toBe("第一百零五条");
  });

  it("knows nothing of other ids", () => {
    expect(anchorLabel("user-content-fn-1")).toBeUndefined();
    expect(anchorLabel("一问题的提出")).toBeUndefined();
    expect(isRegulationId("art-3")).toBe(true);
    expect(isRegulationId("footnote-label")).toBe(false);
  });
});
