/**
 * 五看五比: src/content/wukan-wubi.yaml, the five things every cadre is looked at
 * (看党性 …) each with what is compared (比政治素质高低 …), in order. They run beside
 * the five pillars; they are not one per pillar.
 */
import { z } from "astro/zod";
import { documentFields, idField, textField, type FieldDocs } from "./fields.ts";

export const wukanWubiSchema = z.strictObject({
  /** ASCII id used as an anchor, e.g. dangxing. */
  id: idField(),
  look: textField().regex(/^看/, { error: "应以“看”开头" }),
  compare: textField().regex(/^比/, { error: "应以“比”开头" }),
  explanation: textField().optional(),
});

export type WukanWubiData = z.output<typeof wukanWubiSchema>;

/** 五看五比 has exactly five pairs. */
export const WUKAN_WUBI_COUNT = 5;

export const wukanWubiDocs = {
  id: { label: "编号", expected: "小写英文字母，例如 dangxing" },
  look: { label: "看", expected: "以“看”开头，例如 看党性" },
  compare: { label: "比", expected: "以“比”开头，例如 比政治素质高低" },
  explanation: { label: "说明", expected: "一段说明文字（可选）" },
} satisfies FieldDocs;

documentFields(wukanWubiSchema, wukanWubiDocs);
