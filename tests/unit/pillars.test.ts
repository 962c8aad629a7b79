import { describe, expect, it } from "vitest";
import { byPillar, pillarId, type Tagged } from "../../src/lib/pillars.ts";
import { PILLARS } from "../../src/schemas/common.ts";

describe("pillarId", () => {
  it("gives each of the five pillars its fixed ASCII anchor", () => {
    expect(PILLARS.map(pillarId)).toEqual(["xuexi", "lianzheng", "fuwu", "youwei", "renwen"]);
  });
});

describe("byPillar", () => {
  const entries: Array<Tagged & { id: string }> = [
    { id: "a", data: { pillar: "服务型" } },
    { id: "b", data: {} },
    { id: "c", data: { pillar: "学习型" } },
    { id: "d", data: { pillar: "服务型" } },
  ];

  it("has all five pillars as keys, in programme order, even the empty ones", () => {
    expect([...byPillar(entries).keys()]).toEqual(["学习型", "廉政型", "服务型", "有为型", "人文型"]);
    expect(byPillar(entries).get("人文型")).toEqual([]);
  });

  it("puts each tagged entry under its pillar, keeping input order, and leaves untagged ones out", () => {
    const map = byPillar(entries);
    expect(map.get("服务型")?.map((e) => e.id)).toEqual(["a", "d"]);
    expect(map.get("学习型")?.map((e) => e.id)).toEqual(["c"]);
    expect([...map.values()].flat().map((e) => e.id)).not.toContain("b");
  });
});
