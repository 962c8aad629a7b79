/**
 * 五型: src/content/pillars.yaml, the five pillars (争创“五型”机关) in the order the
 * programme gives them. Every list of pillars on the site follows the file's order.
 */
import { z } from "astro/zod";
import { documentFields, idField, pillarField, textField, type FieldDocs } from "./fields.ts";

export const pillarsSchema = z.strictObject({
  /** ASCII id used in URLs and anchors, e.g. xuexi. */
  id: idField(),
  /** The pillar value editors write in front matter, e.g. 学习型. */
  name: pillarField(),
  /** 干部队伍 side, e.g. 勤学型. */
  team: textField(),
  /** 机关 side, e.g. 学习型机关. */
  agency: textField(),
  /** The department's own words about this pillar, optional. */
  description: textField().optional(),
  /** The measures (举措), in the programme's wording. */
  measures: z.array(textField()).min(1, { error: "至少填写一项" }),
});

export type PillarData = z.output<typeof pillarsSchema>;

export const pillarsDocs = {
  id: { label: "编号", expected: "小写英文字母，例如 xuexi" },
  name: { label: "名称", expected: "学习型、廉政型、服务型、有为型、人文型之一" },
  team: { label: "干部队伍", expected: "例如 勤学型" },
  agency: { label: "机关", expected: "例如 学习型机关" },
  description: { label: "说明", expected: "一段说明文字（可选）" },
  measures: { label: "主要举措", expected: "举措列表，每行一个，以“- ”开头" },
} satisfies FieldDocs;

documentFields(pillarsSchema, pillarsDocs);
