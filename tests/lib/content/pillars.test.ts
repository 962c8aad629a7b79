import { describe, expect, it } from "vitest";
import { pillarOrder, taggedCounts, taggedGroups } from "../../../src/lib/content/pillars.ts";
import { PILLARS } from "../../../src/model/fields.ts";

describe("pillarOrder", () => {
  it("follows the file, not a sort: a reversed file gives the reversed order", () => {
    expect(pillarOrder(PILLARS)).toEqual(["学习型", "廉政型", "服务型", "有为型", "人文型"]);
    expect(pillarOrder([...PILLARS].reverse())).toEqual(["人文型", "有为型", "服务型", "廉政型", "学习型"]);
  });

  it("keeps every pillar once even when the file lacks one or repeats one (the check reports both)", () => {
    expect(pillarOrder(["服务型", "服务型", "学习型", "不存在型", undefined])).toEqual([
      "服务型",
      "学习型",
      "廉政型",
      "有为型",
      "人文型",
    ]);
  });
});

describe("taggedCounts", () => {
  it("adds up the tagged entries of several collections per pillar", () => {
    const counts = taggedCounts(
      PILLARS,
      [{ data: { pillar: "学习型" } }, { data: {} }],
      [{ data: { pillar: "学习型" } }, { data: { pillar: "人文型" } }],
    );
    expect([...counts]).toEqual([
      ["学习型", 2],
      ["廉政型", 0],
      ["服务型", 0],
      ["有为型", 0],
      ["人文型", 1],
    ]);
  });
});

describe("taggedGroups", () => {
  it("lists each pillar's content kind by kind, titled and linked as the kind says, leaving out empty kinds", () => {
    const groups = taggedGroups(PILLARS, [
      {
        label: "规章制度",
        entries: [{ id: "r1", data: { title: "制度", pillar: "学习型" } }],
        path: (id) => `/rules/${id}/`,
      },
      {
        label: "推荐书目",
        entries: [
          { id: "b1", data: { title: "书", pillar: "学习型" } },
          { id: "b2", data: { title: "另一本", pillar: "人文型" } },
        ],
        path: (id) => `/books/${id}/`,
        title: (t) => `《${t}》`,
      },
    ]);
    expect(groups.get("学习型")).toEqual([
      { label: "规章制度", links: [{ path: "/rules/r1/", title: "制度" }] },
      { label: "推荐书目", links: [{ path: "/books/b1/", title: "《书》" }] },
    ]);
    expect(groups.get("人文型")).toEqual([
      { label: "推荐书目", links: [{ path: "/books/b2/", title: "《另一本》" }] },
    ]);
    expect(groups.get("廉政型")).toEqual([]);
  });
});
