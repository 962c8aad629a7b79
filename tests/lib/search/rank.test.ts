import { describe, expect, it } from "vitest";
import { promoteTitleMatches, shortTitle, titleMatchClass } from "../../../src/lib/search/rank.ts";

describe("shortTitle and titleMatchClass", () => {
  it("reduces a title to what readers type", () => {
    expect(shortTitle("中华人民共和国监察法(2024-12-25)")).toBe("监察法");
    expect(shortTitle("《首问负责制度》")).toBe("首问负责制度");
  });

  it("tells an exact title from a title that contains the query", () => {
    expect(titleMatchClass("中华人民共和国公务员法", "公务员法")).toBe(0);
    expect(titleMatchClass("行政机关公务员处分条例", "公务员")).toBe(1);
    expect(titleMatchClass("信访工作条例", "公务员法")).toBe(2);
    expect(titleMatchClass("信访工作条例", "，")).toBe(2);
  });
});

describe("promoteTitleMatches", () => {
  it("puts exact titles first (newest version first), then shorter containing titles, then the rest in order", () => {
    const items = [
      { title: "关于执行监察法若干问题的解释", date: "2021-01-01" },
      { title: "中华人民共和国监察法实施条例", date: "2021-09-20" },
      { title: "中华人民共和国监察法", date: "2018-03-20" },
      { title: "信访工作条例", date: "2022-02-25" },
      { title: "中华人民共和国监察法", date: "2024-12-25" },
    ];
    expect(promoteTitleMatches(items, "监察法").map((i) => `${i.title}|${i.date}`)).toEqual([
      "中华人民共和国监察法|2024-12-25",
      "中华人民共和国监察法|2018-03-20",
      "中华人民共和国监察法实施条例|2021-09-20",
      "关于执行监察法若干问题的解释|2021-01-01",
      "信访工作条例|2022-02-25",
    ]);
  });

  it("puts the newer of two versions with the same title first, even when the title only contains the query", () => {
    const items = [
      { title: "限时办结制度", date: "2023-04-10" },
      { title: "限时办结制度", date: "2025-02-20" },
    ];
    expect(promoteTitleMatches(items, "限时办结").map((i) => i.date)).toEqual(["2025-02-20", "2023-04-10"]);
  });

  it("treats any one typed term as a possible title", () => {
    const items = [{ title: "行政机关公务员处分条例" }, { title: "中华人民共和国公务员法" }];
    expect(promoteTitleMatches(items, "公务员法 第二十三条").map((i) => i.title)).toEqual([
      "中华人民共和国公务员法",
      "行政机关公务员处分条例",
    ]);
  });
});
