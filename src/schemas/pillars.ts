/** 五型: src/content/pillars.yaml, the five pillars with their descriptions. */
import { z } from "astro/zod";
import { documentFields, idField, pillarField, textField, type FieldDocs } from "./common.ts";

export const pillarsSchema = z.strictObject({
  /** ASCII id used in URLs and anchors, e.g. xuexi. */
  id: idField(),
  /** The pillar value editors write in front matter, e.g. 学习型. */
  name: pillarField(),
  /** 干部队伍 side, e.g. 勤学型. */
  team: textField(),
  /** 机关 side, e.g. 学习型机关. */
  agency: textField(),
  /** 五看五比: what is looked at (看学习) and compared (比素质). */
  look: textField(),
  compare: textField(),
  description: textField(),
  /** What the portal holds for this pillar. */
  measures: z.array(textField()).min(1, { error: "至少填写一项" }),
});

export type PillarData = z.output<typeof pillarsSchema>;

export const pillarsDocs = {
  id: { label: "编号", expected: "小写英文字母，例如 xuexi" },
  name: { label: "名称", expected: "学习型、廉政型、服务型、有为型、人文型之一" },
  team: { label: "干部队伍", expected: "例如 勤学型" },
  agency: { label: "机关", expected: "例如 学习型机关" },
  look: { label: "五看", expected: "例如 看学习" },
  compare: { label: "五比", expected: "例如 比素质" },
  description: { label: "说明", expected: "一段说明文字" },
  measures: { label: "主要举措", expected: "举措列表，每行一个，以“- ”开头" },
} satisfies FieldDocs;

documentFields(pillarsSchema, pillarsDocs);
