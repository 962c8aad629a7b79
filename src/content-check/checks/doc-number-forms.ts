/**
 * 文号 years and heading dates written more than one way in one rule: a
 * warning (the text is readable; the inconsistency shows in print and makes
 * search by 文号 miss). --fix writes the 文号 years in 〔〕, the standard form.
 */
import type { TextSlipSpec } from "../types.ts";

export const DOC_NUMBER_FORMS: TextSlipSpec = {
  severity: "warning",
  message: "同一项制度里文号的年份括号写法不一致",
  expected: "全角六角括号〔〕，如 示例组发〔2024〕5号",
  hint: "文号中的年份一律用〔〕。npm run check -- --fix 会自动改正。",
  fixLabel: "文号改用〔〕",
};

export const HEADING_DATES: TextSlipSpec = {
  severity: "warning",
  message: "标题中的日期写法不一致",
  expected: "同一篇中统一写法，如都写成“2024年3月1日”",
  hint: "把标题中的日期改成同一种写法（不能自动判断，需要手动改）。",
  fixLabel: "标题日期",
};
