import { describe, expect, it } from "vitest";
import { siteMapColumns } from "../../../src/lib/site/site-map.ts";

describe("siteMapColumns", () => {
  const columns = siteMapColumns({
    pillars: [
      { id: "renwen", agency: "人文型机关" },
      { id: "xuexi", agency: "学习型机关" },
    ],
    statsYears: [2026, 2025],
    ruleGroups: [
      {
        category: "工作制度",
        rules: [
          { id: "a", title: "甲制度", status: "现行有效" },
          { id: "b", title: "乙制度", status: "已废止" },
        ],
      },
    ],
    parts: [{ part: "第一编 示例", chapters: [{ id: "c", title: "一章" }] }],
    sessions: [{ id: "s", title: "2026年3月6日 专题" }],
    books: [{ id: "d", title: "书" }],
    articles: [{ id: "e", title: "文章" }],
  });

  it("lists the pillars in the order given, then every year's statistics on one line", () => {
    const programme = columns[0]?.[1];
    expect(programme?.heading).toEqual({ path: "/programme/", title: "五型建设" });
    const links = programme?.groups[0]?.links ?? [];
    expect(links.map((l) => l.title)).toEqual(["“五看五比”活动", "人文型机关", "学习型机关", "成果统计"]);
    expect(links.at(-1)?.more?.map((m) => m.path)).toEqual([
      "/programme/stats/2026/",
      "/programme/stats/2025/",
    ]);
  });

  it("groups rules by category and marks the ones no longer in force", () => {
    expect(columns[1]?.[0]?.groups).toEqual([
      {
        title: "工作制度",
        links: [
          { path: "/rules/a/", title: "甲制度", note: undefined },
          { path: "/rules/b/", title: "乙制度", note: "（已废止）" },
        ],
      },
    ]);
  });

  it("lists the sessions after the compilation, in the order given", () => {
    expect(columns[2]?.map((s) => s.heading)).toEqual([
      { path: "/study/", title: "学习资料选编" },
      { path: "/sessions/", title: "学习安排" },
    ]);
    expect(columns[2]?.[1]?.groups[0]?.links).toEqual([{ path: "/sessions/s/", title: "2026年3月6日 专题" }]);
  });

  it("puts books (in 《》) and articles together in the last column", () => {
    expect(columns[3]?.map((s) => s.heading.title)).toEqual(["推荐书目", "调研文章"]);
    expect(columns[3]?.[0]?.groups[0]?.links).toEqual([{ path: "/books/d/", title: "《书》" }]);
  });
});
