/** Turns zod issues into editor-facing problems in Chinese. */
import type { z } from "astro/zod";
import type { FieldDocs } from "../model/fields.ts";
import { showValue, type Problem } from "./problem.ts";
import { closest } from "./suggest.ts";

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
  array: "列表（每行以“- ”开头）",
  object: "若干“键: 值”组成的对象",
  date: "日期",
};

/** The value at `path` inside `data`. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** "published.level" for ["published", "level"]; list indexes dropped ("authors.0" → "authors"). */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.filter((p) => typeof p === "string").join(".");
}

interface Context {
  file: string;
  data: unknown;
  docs: FieldDocs;
  /** Finds the line of a key path, when the source is at hand. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Puts a list of allowed values in the order the site's files give (the pillars as pillars.yaml lists them). */
  inSiteOrder?: (values: string[]) => string[];
}

export function issueToProblems(issue: Issue, ctx: Context): Problem[] {
  const path = issue.path;
  const key = fieldKey(path);
  const doc = ctx.docs[key];
  const value = valueAt(ctx.data, path);
  const base = {
    severity: "error" as const,
    file: ctx.file,
    line: ctx.lineOf(path),
    field: key || undefined,
    fieldLabel: doc?.label,
    expected: doc?.expected,
  };

  // A required field left out: zod says so as a type, a union (dates) or a list of values (enums).
  if (value === undefined && ["invalid_type", "invalid_union", "invalid_value"].includes(issue.code)) {
    return [
      {
        ...base,
        message: "缺少必填字段",
        hint: `在文件开头的前置元数据（两行 --- 之间）中加上一行 ${key.split(".").pop()}: …`,
      },
    ];
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      // One problem per unknown key, each with the closest known key.
      const known = knownKeysAt(ctx.docs, key);
      return issue.keys.map((unknownKey) => {
        // A key written as its Chinese name (发文机关: …) is matched by label.
        const suggestion = closest(unknownKey, known) ?? keyForLabel(ctx.docs, key, unknownKey);
        const fullKey = key ? `${key}.${unknownKey}` : unknownKey;
        return {
          ...base,
          line: ctx.lineOf([...path, unknownKey]),
          field: fullKey,
          fieldLabel: undefined,
          message: "这个字段不在允许的字段里（可能是拼写错误）",
          found: showValue(valueAt(ctx.data, [...path, unknownKey])),
          expected: `允许的字段：${known.join("、")}`,
          hint: suggestion
            ? `是不是想写 ${suggestion}？把 ${unknownKey} 改成 ${suggestion}。`
            : `删去 ${unknownKey} 这一行，或改成上面允许的字段之一。`,
        };
      });
    }
    case "invalid_type": {
      return [
        {
          ...base,
          message: `类型不对，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`,
          found: showValue(value),
          hint: doc ? `按“应为”一栏的格式改写。` : undefined,
        },
      ];
    }
    case "invalid_value": {
      const allowed = (ctx.inSiteOrder ?? ((values) => values))(issue.values.map(String));
      const suggestion = typeof value === "string" ? closest(value, allowed) : undefined;
      return [
        {
          ...base,
          message: "不是允许的取值",
          found: showValue(value),
          expected: `以下之一：${allowed.join("、")}`,
          hint: suggestion
            ? `最接近的是“${suggestion}”，请改为“${suggestion}”。`
            : "从上面的取值中选一个，原样照抄。",
        },
      ];
    }
    case "invalid_union":
      return [{ ...base, message: "格式不对", found: showValue(value), hint: "按“应为”一栏的格式改写。" }];
    default:
      return [
        {
          ...base,
          message: issue.message,
          found: showValue(value),
          hint: base.expected ? "按“应为”一栏的格式改写。" : undefined,
        },
      ];
  }
}

/** The key under `parent` whose Chinese label is `label` (标题 → title), if any. */
function keyForLabel(docs: FieldDocs, parent: string, label: string): string | undefined {
  const prefix = parent ? `${parent}.` : "";
  const wanted = label.trim();
  return knownKeysAt(docs, parent).find((k) => docs[`${prefix}${k}`]?.label === wanted);
}

/** Known keys directly under `parent` ("" for top level), from the field docs. */
function knownKeysAt(docs: FieldDocs, parent: string): string[] {
  const prefix = parent ? `${parent}.` : "";
  return Object.keys(docs)
    .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes("."))
    .map((k) => k.slice(prefix.length));
}
