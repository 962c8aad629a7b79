/** 推荐书目: one book a month (src/content/books/*.md); the body is the 推荐理由. */
import { z } from "astro/zod";
import {
  COMMON_DOCS,
  documentFields,
  isbnField,
  monthField,
  pillarField,
  textField,
  textListField,
  traditionalField,
  type FieldDocs,
} from "./fields.ts";

/**
 * `cover` is a local image. Astro checks it with its `image()` helper; the
 * stand-alone checker passes a plain string schema and checks the file exists.
 */
export function booksSchema<Cover extends z.ZodType>(cover: Cover) {
  const schema = z.strictObject({
    title: textField().refine((t) => !/^《.*》$/u.test(t), { error: "书名外面不要加书名号" }),
    authors: textListField(),
    publisher: textField(),
    year: z
      .number({ error: "应为四位数年份" })
      .int({ error: "应为四位数年份" })
      .min(1000)
      .max(2100)
      .optional(),
    isbn: isbnField().optional(),
    /** The month this book is recommended for; at most one book per month. */
    month: monthField(),
    cover: cover.optional(),
    pillar: pillarField().optional(),
    /** 思考题. */
    questions: textListField().optional(),
    traditional: traditionalField(),
  });
  return documentFields(schema, booksDocs);
}

export const booksDocs = {
  title: { label: "书名", expected: "书名文字，不加书名号《》" },
  authors: { label: "作者", expected: "作者列表，每行一个，例如：\n  authors:\n    - 费孝通" },
  publisher: { label: "出版社", expected: "出版社全称" },
  year: { label: "出版年份", expected: "四位数年份，例如 2019" },
  isbn: {
    label: "ISBN",
    expected: "版权页上的 ISBN-13 或 ISBN-10（可带连字符），校验位必须正确；不确定就删去这一行",
  },
  month: { label: "推荐月份", expected: "YYYY-MM 格式，例如 2026-03；每个月最多推荐一本书" },
  cover: { label: "封面", expected: "与本文件同目录下的图片相对路径，例如 ./covers/xiangtu.jpg" },
  pillar: COMMON_DOCS.pillar,
  questions: { label: "思考题", expected: "问题列表，每行一个，以“- ”开头" },
  traditional: COMMON_DOCS.traditional,
} satisfies FieldDocs;
