/**
 * Pinyin left in brackets after characters by a conversion tool (漢濱區(qū)委):
 * an error — readers see it as garbage. --fix deletes the bracket; the
 * character stays.
 */
import type { TextSlipSpec } from "../types.ts";

export const PINYIN_LEFTOVERS: TextSlipSpec = {
  severity: "error",
  message: "汉字后面留有括号里的拼音，是转换工具留下的",
  hint: "删去括号和其中的拼音，只留汉字。npm run check -- --fix 会自动删去。",
  fixLabel: "删去拼音",
};
