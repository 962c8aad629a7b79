import { describe, expect, it } from "vitest";
import {
  currentVersionOf,
  groupRulesByCategory,
  isOutdated,
  latestRules,
  successorOf,
  type RuleLike,
} from "../../../src/lib/content/rules.ts";
import type { RuleCategory, RuleStatus } from "../../../src/model/rules.ts";

function rule(
  id: string,
  issued: string,
  options: { category?: RuleCategory; status?: RuleStatus; supersedes?: string } = {},
): RuleLike {
  return {
    id,
    data: {
      title: id,
      category: options.category ?? "工作制度",
      issued: new Date(`${issued}T00:00:00Z`),
      status: options.status ?? "现行有效",
      ...(options.supersedes === undefined ? {} : { supersedes: options.supersedes }),
    },
  };
}

const ids = (rules: readonly RuleLike[]) => rules.map((r) => r.id);

describe("groupRulesByCategory", () => {
  it("shows categories in the fixed order and leaves out empty ones", () => {
    const groups = groupRulesByCategory([
      rule("fuwu", "2024-01-01", { category: "服务规范" }),
      rule("xuexi", "2024-01-01", { category: "学习制度" }),
      rule("jilv", "2024-01-01", { category: "纪律规定" }),
    ]);
    expect(groups.map((g) => g.category)).toEqual(["学习制度", "纪律规定", "服务规范"]);
  });

  it("lists the newest rule first within a category, then by id for the same day", () => {
    const groups = groupRulesByCategory([
      rule("old", "2020-05-01"),
      rule("new-b", "2024-03-01"),
      rule("new-a", "2024-03-01"),
      rule("mid", "2022-01-01"),
    ]);
    expect(groups).toHaveLength(1);
    expect(ids(groups[0]?.rules ?? [])).toEqual(["new-a", "new-b", "mid", "old"]);
  });

  it("returns no groups for no rules", () => {
    expect(groupRulesByCategory([])).toEqual([]);
  });
});

describe("revision chains", () => {
  const a = rule("banjie-2019", "2019-01-01", { status: "已修改" });
  const b = rule("banjie-2021", "2021-01-01", { status: "已修改", supersedes: "banjie-2019" });
  const c = rule("banjie-2023", "2023-01-01", { supersedes: "banjie-2021" });
  const unrelated = rule("ba-buzhun", "2022-01-01");
  const all = [c, unrelated, a, b];

  it("successorOf finds the rule that directly replaced a rule", () => {
    expect(successorOf("banjie-2019", all)?.id).toBe("banjie-2021");
    expect(successorOf("banjie-2023", all)).toBeUndefined();
  });

  it("currentVersionOf follows the chain to its newest version", () => {
    expect(currentVersionOf("banjie-2019", all)?.id).toBe("banjie-2023");
    expect(currentVersionOf("banjie-2021", all)?.id).toBe("banjie-2023");
  });

  it("currentVersionOf is undefined for a rule nothing replaced", () => {
    expect(currentVersionOf("banjie-2023", all)).toBeUndefined();
    expect(currentVersionOf("ba-buzhun", all)).toBeUndefined();
  });

  it("currentVersionOf stops on a cycle instead of looping forever", () => {
    const x = rule("x", "2020-01-01", { supersedes: "y" });
    const y = rule("y", "2021-01-01", { supersedes: "x" });
    expect(currentVersionOf("x", [x, y])?.id).toBe("y");
  });
});

describe("isOutdated", () => {
  it("is true only for amended and repealed rules", () => {
    expect(isOutdated("已修改")).toBe(true);
    expect(isOutdated("已废止")).toBe(true);
    expect(isOutdated("现行有效")).toBe(false);
    expect(isOutdated("尚未生效")).toBe(false);
  });
});

describe("latestRules", () => {
  const rules = [
    rule("r2022", "2022-06-01"),
    rule("r2024", "2024-02-01"),
    rule("amended", "2025-01-01", { status: "已修改" }),
    rule("repealed", "2025-02-01", { status: "已废止" }),
    rule("upcoming", "2025-03-01", { status: "尚未生效" }),
    rule("r2023", "2023-09-01"),
  ];

  it("lists rules in force or not yet in force, newest first, leaving out amended and repealed ones", () => {
    expect(ids(latestRules(rules, 10))).toEqual(["upcoming", "r2024", "r2023", "r2022"]);
  });

  it("returns at most `count` rules", () => {
    expect(ids(latestRules(rules, 2))).toEqual(["upcoming", "r2024"]);
    expect(latestRules(rules, 0)).toEqual([]);
  });

  it("does not reorder the caller's array", () => {
    const input = [rule("a", "2020-01-01"), rule("b", "2024-01-01")];
    latestRules(input, 5);
    expect(ids(input)).toEqual(["a", "b"]);
  });
});
