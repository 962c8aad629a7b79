import { describe, expect, it } from "vitest";
import {
  contentsByPart,
  entriesById,
  relatedChapters,
  inReadingOrder,
  neighbours,
  readableLength,
  readingMinutes,
  type ChapterLike,
} from "../../../src/lib/content/study.ts";

const chapter = (id: string, part: string, order: number): ChapterLike => ({
  id,
  data: { title: id, part, order },
});

const P1 = "第一编 党章党规";
const P2 = "第二编 干部人事";
const chapters = [
  chapter("gongwuyuan-fa", P2, 3),
  chapter("dangzhang", P1, 1),
  chapter("chufen", P2, 4),
  chapter("tiaoli", P1, 2),
];

describe("inReadingOrder", () => {
  it("sorts chapters by their order number without changing the input", () => {
    expect(inReadingOrder(chapters).map((c) => c.id)).toEqual([
      "dangzhang",
      "tiaoli",
      "gongwuyuan-fa",
      "chufen",
    ]);
    expect(chapters[0]?.id).toBe("gongwuyuan-fa");
  });
});

describe("contentsByPart", () => {
  it("groups chapters under their part, parts in the order of their first chapter", () => {
    const contents = contentsByPart(chapters);
    expect(contents.map((p) => [p.part, p.chapters.map((c) => c.id)])).toEqual([
      [P1, ["dangzhang", "tiaoli"]],
      [P2, ["gongwuyuan-fa", "chufen"]],
    ]);
  });

  it("orders parts by their first chapter, not by the part name", () => {
    const contents = contentsByPart([chapter("a", "第二编 乙", 1), chapter("b", "第一编 甲", 2)]);
    expect(contents.map((p) => p.part)).toEqual(["第二编 乙", "第一编 甲"]);
  });
});

describe("neighbours", () => {
  it("gives the previous and next chapter across part boundaries", () => {
    const { prev, next } = neighbours(chapters, "tiaoli");
    expect(prev?.id).toBe("dangzhang");
    expect(next?.id).toBe("gongwuyuan-fa");
  });

  it("has no previous chapter for the first and no next chapter for the last", () => {
    expect(neighbours(chapters, "dangzhang").prev).toBeUndefined();
    expect(neighbours(chapters, "dangzhang").next?.id).toBe("tiaoli");
    expect(neighbours(chapters, "chufen").next).toBeUndefined();
    expect(neighbours(chapters, "chufen").prev?.id).toBe("gongwuyuan-fa");
  });

  it("has neither for an unknown id", () => {
    expect(neighbours(chapters, "missing")).toEqual({ prev: undefined, next: undefined });
  });
});

describe("readableLength", () => {
  it("counts Han characters but not Chinese punctuation", () => {
    expect(readableLength("第一条，为了规范。")).toBe(7);
  });

  it("counts each Latin word or number as one", () => {
    expect(readableLength("ISBN 978 和 PDF 文件")).toBe(6);
  });

  it("ignores the front matter", () => {
    expect(readableLength("---\ntitle: 很长的标题文字\npart: 第一编 党章\n---\n正文两字")).toBe(4);
  });

  it("counts a link's text but not its URL, and skips images entirely", () => {
    expect(readableLength("见[国家法律法规数据库](https://flk.npc.gov.cn/detail)。")).toBe(10);
    expect(readableLength("![封面图片](./cover.jpg)正文")).toBe(2);
  });
});

describe("readingMinutes", () => {
  it("takes 10 minutes for 4000 Han characters at 400 a minute", () => {
    expect(readingMinutes("字".repeat(4000))).toBe(10);
  });

  it("is at least one minute, even for an empty chapter", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("短")).toBe(1);
  });

  it("rounds to the nearest minute and honours a custom reading speed", () => {
    expect(readingMinutes("字".repeat(1000))).toBe(3);
    expect(readingMinutes("字".repeat(1000), 500)).toBe(2);
  });
});

describe("relatedChapters and entriesById", () => {
  const chapters = [
    { id: "c", data: { title: "丙", part: "第一编 甲", order: 3, related: ["r1"] } },
    { id: "a", data: { title: "甲", part: "第一编 甲", order: 1, related: ["r1", "r2"] } },
    { id: "b", data: { title: "乙", part: "第一编 甲", order: 2 } },
  ];

  it("finds the chapters that relate to a rule, in reading order", () => {
    expect(relatedChapters(chapters, "r1").map((c) => c.id)).toEqual(["a", "c"]);
    expect(relatedChapters(chapters, "r3")).toEqual([]);
  });

  it("gives the entries a list of ids names, in the list's order, leaving out unknown ones", () => {
    expect(entriesById(chapters, ["c", "x", "a"]).map((c) => c.id)).toEqual(["c", "a"]);
    expect(entriesById(chapters, undefined)).toEqual([]);
  });
});
