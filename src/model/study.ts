/** 学习资料选编: one file per chapter of the compilation (src/content/study/*.md). */
import { z } from "astro/zod";
import {
  COMMON_DOCS,
  documentFields,
  idField,
  pillarField,
  textField,
  traditionalField,
  type FieldDocs,
} from "./fields.ts";

/** 编 names such as 第一编 党章党规. */
export const PART_PATTERN = /^第[一二三四五六七八九十]+编\s+\S.*$/;

export const studySchema = z.strictObject({
  title: textField(),
  /** The part (编) this chapter belongs to. */
  part: z.string().trim().regex(PART_PATTERN, { error: "编名格式不对" }),
  /** Position in the whole compilation; unique across chapters. */
  order: z.number({ error: "应为整数" }).int({ error: "应为整数" }).positive({ error: "应为正整数" }),
  /** 出处. */
  source: textField().optional(),
  summary: textField().optional(),
  pillar: pillarField().optional(),
  /** Ids of related rules. */
  related: z.array(idField()).optional(),
  traditional: traditionalField(),
});

export type StudyData = z.output<typeof studySchema>;

export const studyDocs = {
  title: COMMON_DOCS.title,
  part: { label: "所属编", expected: "形如“第一编 干部人事”：第 + 中文数字 + 编，空格，编名" },
  order: { label: "排序号", expected: "正整数，决定章节在选编中的顺序，各章不能重复" },
  source: { label: "出处", expected: "原文的来源，例如发布机关和日期" },
  summary: COMMON_DOCS.summary,
  pillar: COMMON_DOCS.pillar,
  related: { label: "相关制度", expected: "规章制度编号的列表（src/content/rules 下的文件名，不含 .md）" },
  traditional: COMMON_DOCS.traditional,
} satisfies FieldDocs;

documentFields(studySchema, studyDocs);
