/**
 * Field factories shared by the collection schemas. Messages are short Chinese
 * statements of what is wrong; what is expected comes from each collection's
 * field documentation (see `FieldDoc`), so one text serves the error report,
 * the editor guide and the JSON Schemas.
 */
import { z } from "astro/zod";
import { parseLooseDay } from "../lib/text/dates.ts";
import { isValidIsbn } from "../lib/text/isbn.ts";

/** What an editor needs to know about one front-matter field. */
export interface FieldDoc {
  /** Chinese name shown beside the key, e.g. 时效性 for `status`. */
  label: string;
  /** What a valid value looks like, as a sentence an editor can act on. */
  expected: string;
}
export type FieldDocs = Record<string, FieldDoc>;

/** The five pillars (五型), in programme order. Values are what editors write. */
export const PILLARS = ["学习型", "廉政型", "服务型", "有为型", "人文型"] as const;
export type Pillar = (typeof PILLARS)[number];

export const pillarField = () => z.enum(PILLARS);

/** A non-empty line of text (surrounding spaces removed). */
export const textField = () => z.string().trim().min(1, { error: "不能为空" });

/** An entry id (a file name without extension): lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idField = () => z.string().regex(ID_PATTERN, { error: "编号格式不对" });

/**
 * A calendar day. The standard form is YYYY-MM-DD; 2024年3月1日, 2024/3/1,
 * 2024.3.1 and 2024-3-1 are accepted too (the content check then suggests the
 * standard form). YAML turns an unquoted YYYY-MM-DD into a Date and leaves
 * everything else a string; all become a UTC-midnight Date.
 */
export const dayField = () =>
  z.union([z.date(), z.string()]).transform((value, ctx) => {
    const date =
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? undefined
          : value
        : parseLooseDay(value)?.date;
    if (!date) {
      ctx.issues.push({ code: "custom", input: value, message: "日期格式不对或这一天不存在" });
      return z.NEVER;
    }
    return date;
  });

/** A month written YYYY-MM. */
export const monthField = () => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "月份格式不对" });

/** ISBN-13 or ISBN-10 with a valid check digit; hyphens allowed. */
export const isbnField = () => z.string().refine(isValidIsbn, { error: "ISBN 校验位或位数不对" });

/** A list of non-empty strings with at least one item. */
export const textListField = () => z.array(textField()).min(1, { error: "至少填写一项" });

/** Shared docs for fields that several collections have. */
export const COMMON_DOCS = {
  pillar: { label: "五型分类", expected: `以下之一：${PILLARS.join("、")}` },
  summary: { label: "摘要", expected: "一两句话的简介" },
  title: { label: "标题", expected: "标题文字，不加书名号《》" },
  traditional: {
    label: "繁体正文",
    expected: "true：本篇有意用繁体字（如古籍原文），不检查繁体字；不需要就不写这一行",
  },
} satisfies FieldDocs;

/** `traditional: true` declares an entry's Traditional characters intended (the content check then leaves them). */
export const traditionalField = () => z.boolean().optional();

/**
 * Attaches each field's Chinese name and expected form to the schema as JSON
 * Schema metadata (title, description), so editors that complete front matter
 * from the generated JSON Schemas show them on hover. Returns the schema.
 */
export function documentFields<S extends z.ZodObject>(schema: S, docs: FieldDocs): S {
  for (const [key, doc] of Object.entries(docs)) {
    const field = fieldAt(schema, key.split("."));
    if (field) z.globalRegistry.add(field, { title: doc.label, description: doc.expected });
  }
  return schema;
}

function fieldAt(schema: z.ZodType, keys: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of keys) {
    const object = current instanceof z.ZodOptional ? (current.unwrap() as z.ZodType) : current;
    if (!(object instanceof z.ZodObject)) return undefined;
    current = object.shape[key] as z.ZodType | undefined;
  }
  return current;
}

/** Zod's built-in messages in Simplified Chinese, for parses whose messages editors read. */
export const zhCNErrors = z.locales.zhCN().localeError;
