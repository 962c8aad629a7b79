/**
 * Writes a new content file: front matter in the collection's field order,
 * with what is known filled in and every required field that is not marked
 * 待填写 (which `npm run check` reports until the editor replaces it), and the
 * optional fields listed as comments. Used by `npm run new` and `npm run import`.
 */
import { z } from "astro/zod";
import yaml from "js-yaml";
import { COLLECTIONS } from "../../../src/model/collections.ts";
import { PLACEHOLDER } from "../../../src/content-check/placeholder.ts";
import { toIsoDay } from "../../../src/lib/text/dates.ts";
import type { FieldDoc } from "../../../src/model/fields.ts";
import type { MarkdownCollection } from "./content-index.ts";

export type FieldValue = string | number | Date | string[] | { [key: string]: FieldValue };

export interface EntryDraft {
  collection: MarkdownCollection;
  /** Known front-matter values, by key. */
  values: Record<string, FieldValue | undefined>;
  /** The Markdown body; the collection's skeleton when absent. */
  body?: string | undefined;
}

export interface UnfilledField {
  key: string;
  label: string;
}

export interface RenderedEntry {
  text: string;
  /** Required fields left marked 待填写. */
  unfilled: UnfilledField[];
}

/** What the body of a new file starts as, per collection. */
const BODY_SKELETONS: Record<MarkdownCollection, string> = {
  rules: `<!-- 正文写法：章标题写成“## 第一章 总则”（节用 ###）；每一条单独成段，以“第一条”加一个空格开头，条号从第一条起连续编排。写好后删去这段说明。 -->

## 第一章 总则

第一条 ${PLACEHOLDER}
`,
  study: `<!-- 正文照录原文：章标题写成“## 第一章 总则”（节用 ###）；每一条单独成段，以“第一条”加一个空格开头。写好后删去这段说明。 -->

${PLACEHOLDER}：正文
`,
  books: `## 推荐理由

${PLACEHOLDER}：为什么推荐这本书，组工干部读它能得到什么。
`,
  articles: `<!-- 正文写法：一级标题写成“## 一、基本情况”，二级标题用 ###。写好后删去这段说明。 -->

${PLACEHOLDER}：正文
`,
  sessions: `<!-- 学习之前写通知（要求、准备），学习之后把标题改为“## 学习小结”并写小结。写好后删去这段说明。 -->

## 学习通知

${PLACEHOLDER}：参加人员、需要提前阅读的材料和其他要求
`,
};

type Docs = Record<string, FieldDoc>;

const docsOf = (collection: MarkdownCollection) => COLLECTIONS[collection].docs as Docs;

/** The object schema of a collection (its shape gives the fields). */
function shapeOf(collection: MarkdownCollection): Record<string, z.ZodType> {
  return (COLLECTIONS[collection].schema as unknown as z.ZodObject).shape;
}

const isOptional = (schema: z.ZodType | undefined) => schema?.safeParse(undefined).success ?? true;

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** A scalar as YAML would read it back: dates unquoted, strings quoted only when needed. */
function scalar(value: string | number | Date): string {
  if (value instanceof Date) return toIsoDay(value);
  if (typeof value === "number") return String(value);
  return yaml.dump(value, { lineWidth: -1 }).trimEnd();
}

/** Top-level keys of a collection in documentation order. */
function topLevelKeys(collection: MarkdownCollection): string[] {
  return Object.keys(docsOf(collection)).filter((key) => !key.includes("."));
}

function writeValue(key: string, value: FieldValue, indent: string): string[] {
  if (Array.isArray(value))
    return [`${indent}${key}:`, ...value.map((item) => `${indent}  - ${scalar(item)}`)];
  if (value instanceof Date || typeof value !== "object") return [`${indent}${key}: ${scalar(value)}`];
  return [`${indent}${key}:`, ...Object.entries(value).flatMap(([k, v]) => writeValue(k, v, `${indent}  `))];
}

/** The placeholder lines for a field (a list gets one placeholder item; an object, its fields). */
function placeholderLines(
  collection: MarkdownCollection,
  key: string,
  schema: z.ZodType | undefined,
  indent: string,
): string[] {
  const doc = docsOf(collection)[key];
  const name = key.split(".").pop() as string;
  const comment = doc ? ` # ${doc.label}：${doc.expected.replace(/\n\s*/g, " ")}` : "";
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return [`${indent}${name}:${comment}`, `${indent}  - ${PLACEHOLDER}`];
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return [
      `${indent}${name}:${comment}`,
      ...Object.keys(shape).flatMap((child) =>
        placeholderLines(collection, `${key}.${child}`, shape[child], `${indent}  `),
      ),
    ];
  }
  return [`${indent}${name}: ${PLACEHOLDER}${comment}`];
}

export function renderEntry(draft: EntryDraft): RenderedEntry {
  const shape = shapeOf(draft.collection);
  const docs = docsOf(draft.collection);
  const lines = ["---"];
  const optional: string[] = [];
  const unfilled: UnfilledField[] = [];
  for (const key of topLevelKeys(draft.collection)) {
    const value = draft.values[key];
    if (value !== undefined) {
      lines.push(...writeValue(key, value, ""));
    } else if (!isOptional(shape[key])) {
      lines.push(...placeholderLines(draft.collection, key, shape[key], ""));
      unfilled.push({ key, label: docs[key]?.label ?? key });
    } else {
      optional.push(...placeholderLines(draft.collection, key, shape[key], "").map((line) => `# ${line}`));
    }
  }
  if (optional.length > 0) {
    lines.push("# 以下是可选字段：需要时去掉行首的“# ”并把“待填写”换成内容，不需要的可以删去。", ...optional);
  }
  lines.push("---", "");
  const body = (draft.body ?? BODY_SKELETONS[draft.collection]).trim();
  return { text: `${lines.join("\n")}\n${body}\n`, unfilled };
}
