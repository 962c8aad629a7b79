/**
 * Traditional characters in Simplified text (OpenCC's dictionaries, word by
 * word): an error — the portal publishes Simplified Chinese. --fix converts
 * them; text meant to be Traditional is marked (front matter `traditional:
 * true`, or a passage between <!-- 繁体 --> and <!-- /繁体 -->).
 */
import type { TextSlipSpec } from "../types.ts";

export const TRADITIONAL: TextSlipSpec = {
  severity: "error",
  message: "简体中文里有繁体字",
  hint:
    "改为“应为”中的简体字；npm run check -- --fix 会按词语自动转换（乾坤、皇后等简繁同形的字不会改）。" +
    "确实要保留繁体（引用古籍、繁体书名）时，把这一段放在 <!-- 繁体 --> 和 <!-- /繁体 --> 之间，" +
    "整篇都是繁体时在前置元数据中加一行 traditional: true。",
  fixLabel: "繁体改简体",
};
