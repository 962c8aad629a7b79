/** 调研文章: published research articles (src/content/articles/*.md). */
import { z } from "astro/zod";
import {
  COMMON_DOCS,
  dayField,
  documentFields,
  idField,
  pillarField,
  textField,
  textListField,
  traditionalField,
  type FieldDocs,
} from "./fields.ts";

/** 刊发级别, from lowest to highest. */
export const PUBLICATION_LEVELS = ["区级", "市级", "省级", "国家级"] as const;

export const articlesSchema = z.strictObject({
  title: textField(),
  authors: textListField(),
  /** Id of the department (股室) in departments.yaml. */
  department: idField(),
  date: dayField(),
  abstract: textField(),
  keywords: textListField(),
  pillar: pillarField().optional(),
  /** Where the article was published, when it was. */
  published: z
    .strictObject({
      outlet: textField(),
      level: z.enum(PUBLICATION_LEVELS),
      date: dayField(),
      url: z.url({ protocol: /^https?$/, error: "网址格式不对" }).optional(),
    })
    .optional(),
  award: textField().optional(),
  traditional: traditionalField(),
});

export type ArticleData = z.output<typeof articlesSchema>;

export const articlesDocs = {
  title: COMMON_DOCS.title,
  authors: { label: "作者", expected: "作者列表，每行一个，以“- ”开头" },
  department: { label: "所属股室", expected: "src/content/departments.yaml 中某个股室的 id" },
  date: { label: "发布日期", expected: "YYYY-MM-DD 格式的日期，例如 2024-03-01" },
  abstract: { label: "摘要", expected: "文章摘要，一段文字" },
  keywords: { label: "关键词", expected: "关键词列表，每行一个，以“- ”开头" },
  pillar: COMMON_DOCS.pillar,
  published: {
    label: "刊发信息",
    expected: "包含 outlet（刊发媒体）、level（级别）、date（刊发日期），可选 url",
  },
  "published.outlet": { label: "刊发媒体", expected: "刊物或媒体名称" },
  "published.level": { label: "刊发级别", expected: `以下之一：${PUBLICATION_LEVELS.join("、")}` },
  "published.date": { label: "刊发日期", expected: "YYYY-MM-DD 格式的日期" },
  "published.url": { label: "刊发网址", expected: "以 http:// 或 https:// 开头的完整网址" },
  award: { label: "获奖情况", expected: "获奖名称，一行文字" },
  traditional: COMMON_DOCS.traditional,
} satisfies FieldDocs;

documentFields(articlesSchema, articlesDocs);
