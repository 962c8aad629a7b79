/**
 * Punctuation and spacing in Chinese text (GB/T 15834). Warnings: the page is
 * readable, only careless-looking, and a few patterns (a space between two
 * words, a 《 whose 》 is on the next line) can be intended. --fix applies the
 * replacements that cannot change the meaning; the rest name the spot.
 */
import type { FindingKind } from "../../lib/text/hygiene/index.ts";
import type { TextSlipSpec } from "../types.ts";

const AUTO = "npm run check -- --fix 会自动改正。";

export const PUNCTUATION = {
  "half-width": {
    severity: "warning",
    message: "中文里用了英文标点",
    hint: `中文之间的标点用全角的，；：？！（），句末用“。”。${AUTO}`,
    fixLabel: "改为中文标点",
  },
  "half-width-period": {
    severity: "warning",
    message: "两个汉字之间有英文句点“.”",
    expected: "句号“。”，或人名中的间隔号“·”",
    hint: "按意思改为“。”或“·”（不能自动判断，需要手动改）。",
    fixLabel: "英文句点",
  },
  "straight-quotes": {
    severity: "warning",
    message: "中文外面用了英文直引号",
    hint: `中文用弯引号“”（引号里再有引号用‘’）。${AUTO}`,
    fixLabel: "改为中文引号",
  },
  "mixed-quotes": {
    severity: "warning",
    message: "同一篇里混用了“”和「」两种引号",
    hint: `简体中文用“”（里层用‘’），把「」改为“”、『』改为‘’。${AUTO}`,
    fixLabel: "统一引号",
  },
  ellipsis: {
    severity: "warning",
    message: "省略号写法不对",
    expected: "省略号“……”（六个点，占两个字）",
    hint: `把 ...、。。。 或单个 … 改为 ……。${AUTO}`,
    fixLabel: "改为省略号",
  },
  dash: {
    severity: "warning",
    message: "破折号写法不对",
    expected: "破折号“——”（占两个字）",
    hint: `把 -- 改为 ——。${AUTO}`,
    fixLabel: "改为破折号",
  },
  doubled: {
    severity: "warning",
    message: "标点重复",
    hint: `删去多余的标点。重复的，。、；：${AUTO.replace("会自动改正", "会自动删去")}其他组合（如“，。”“！！”）请手动处理。`,
    fixLabel: "删去重复的标点",
  },
  "space-between": {
    severity: "warning",
    message: "两个汉字之间有空格",
    hint:
      "中文词语之间不加空格，多半是从 PDF 或网页复制时带进来的：删去空格。" +
      "姓名与单位之间、“第一条”等条号之后的空格可以保留（条号后的空格不会报出）。不能自动判断，需要手动改。",
    fixLabel: "空格",
  },
  "space-around-punctuation": {
    severity: "warning",
    message: "中文标点前后有空格",
    hint: `全角标点本身已带空白，前后不需要空格：删去空格。${AUTO}`,
    fixLabel: "删去标点前后的空格",
  },
  "book-title": {
    severity: "warning",
    message: "书名号《》不成对",
    hint: "补上缺少的《或》（同一行里《和》应成对出现）。不能自动判断，需要手动改。",
    fixLabel: "书名号",
  },
} satisfies Partial<Record<FindingKind, TextSlipSpec>>;
