/** Grouping and revision logic for 规章制度. */
import { RULE_CATEGORIES, type RuleData, type RuleStatus } from "../../model/rules.ts";

export interface RuleLike {
  id: string;
  data: Pick<RuleData, "title" | "category" | "issued" | "status" | "supersedes">;
}

/** Rules grouped by category in the fixed category order, newest first within a group; empty groups left out. */
export function groupRulesByCategory<R extends RuleLike>(rules: readonly R[]) {
  return RULE_CATEGORIES.map((category) => ({
    category,
    rules: rules
      .filter((r) => r.data.category === category)
      .sort((a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.id.localeCompare(b.id)),
  })).filter((group) => group.rules.length > 0);
}

/** The rule that replaced `id` directly, if any. */
export function successorOf<R extends RuleLike>(id: string, rules: readonly R[]): R | undefined {
  return rules.find((r) => r.data.supersedes === id);
}

/**
 * The newest version in the revision chain that starts at `id`, following
 * `supersedes` forward; undefined when nothing replaced it.
 */
export function currentVersionOf<R extends RuleLike>(id: string, rules: readonly R[]): R | undefined {
  let current: R | undefined;
  const seen = new Set([id]);
  for (let next = successorOf(id, rules); next && !seen.has(next.id); next = successorOf(next.id, rules)) {
    seen.add(next.id);
    current = next;
  }
  return current;
}

/** Whether a reader must be pointed elsewhere: the text is no longer the one in force. */
export const isOutdated = (status: RuleStatus): boolean => status === "已修改" || status === "已废止";

/** Newest rules first, for the home page. */
export function latestRules<R extends RuleLike>(rules: readonly R[], count: number): R[] {
  return [...rules]
    .filter((r) => !isOutdated(r.data.status))
    .sort((a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.id.localeCompare(b.id))
    .slice(0, count);
}
