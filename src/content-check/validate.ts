/**
 * Validates loaded content: each entry against its collection's schema, then
 * the rules that span entries (unique months and orders, references, revision
 * chains). Pure: file-system facts come in through `fileExists`.
 */
import path from "node:path";
import type { z } from "astro/zod";
import { ID_PATTERN, PILLARS, zhCNErrors } from "../model/fields.ts";
import { parseIsoDay, toIsoDay } from "../lib/text/dates.ts";
import { pillarOrder } from "../lib/content/pillars.ts";
import { checkBody } from "./body-checks.ts";
import { COLLECTIONS, type CollectionName } from "../model/collections.ts";
import { issueToProblems, valueAt } from "./issues.ts";
import { isUnder, PLACEHOLDER, placeholderPaths } from "./placeholder.ts";
import { showValue, type Problem } from "./problem.ts";
import type { SourceEntry } from "./load.ts";
import { commitmentMeasures, wukanWubiPairs } from "./programme-checks.ts";
import { lineOfKey } from "./source-lines.ts";
import { closest } from "./suggest.ts";

export interface ValidatedEntry {
  entry: SourceEntry;
  data: Record<string, unknown>;
}

export interface ValidateOptions {
  /** Whether a project-relative path exists (for cover and body images). */
  fileExists: (projectPath: string) => boolean;
}

export function validateContent(entries: readonly SourceEntry[], options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  const valid = new Map<CollectionName, ValidatedEntry[]>();
  const pillarsInFile = pillarOrder(
    entries.filter((e) => e.collection === "pillars").map((e) => (e.data as { name?: unknown } | null)?.name),
  );
  const inSiteOrder = (values: string[]) =>
    values.length === PILLARS.length && PILLARS.every((p) => values.includes(p))
      ? [...pillarsInFile]
      : values;

  for (const entry of entries) {
    const spec = COLLECTIONS[entry.collection];
    const lineOf = (keyPath: readonly PropertyKey[]) =>
      lineOfKey(entry.source, keyPath, { startLine: entry.startLine });
    if (spec.kind === "markdown" && !ID_PATTERN.test(entry.id)) {
      problems.push({
        severity: "error",
        file: entry.file,
        message: "文件名不符合要求，它会成为网址的一部分",
        found: showValue(entry.id),
        expected: "小写英文字母、数字和连字符，例如 shouwen-fuze.md（可用标题的拼音）",
        hint: "重命名文件，只用 a–z、0–9 和 -。",
      });
    }
    if (entry.body !== undefined) {
      problems.push(
        ...checkBody({
          collection: entry.collection,
          file: entry.file,
          body: entry.body,
          firstLine: entry.bodyLine ?? 1,
          fileExists: options.fileExists,
        }),
      );
    }
    // Values still marked 待填写 are reported as such, not as whatever else is wrong with them.
    const unfilled = placeholderPaths(entry.data);
    problems.push(...unfilled.map((keyPath) => placeholderProblem(entry, keyPath, lineOf)));
    const result = spec.schema.safeParse(entry.data, { error: zhCNErrors });
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (unfilled.some((keyPath) => isUnder(issue.path, keyPath))) continue;
        problems.push(
          ...issueToProblems(issue, {
            file: entry.file,
            data: entry.data,
            docs: spec.docs,
            lineOf,
            inSiteOrder,
          }),
        );
      }
      continue;
    }
    problems.push(...dayForms(entry, result.data, lineOf));
    const list = valid.get(entry.collection) ?? [];
    list.push({ entry, data: result.data as Record<string, unknown> });
    valid.set(entry.collection, list);
  }

  const get = (name: CollectionName) => valid.get(name) ?? [];
  const idsOf = (name: CollectionName) => entries.filter((e) => e.collection === name).map((e) => e.id);

  problems.push(...duplicateIds(entries));
  problems.push(
    ...uniqueField(
      get("books"),
      "month",
      "推荐月份",
      "每个月只能推荐一本书",
      "把其中一本改到还没有推荐书的月份。",
    ),
  );
  problems.push(
    ...uniqueField(
      get("study"),
      "order",
      "排序号",
      "两章的排序号相同，目录顺序无法确定",
      "给其中一章换一个没有用过的排序号。",
    ),
  );
  problems.push(
    ...references(
      get("articles"),
      "department",
      idsOf("departments"),
      "股室",
      "src/content/departments.yaml",
    ),
  );
  problems.push(...references(get("rules"), "supersedes", idsOf("rules"), "规章制度", "src/content/rules/"));
  problems.push(...references(get("study"), "related", idsOf("rules"), "规章制度", "src/content/rules/"));
  problems.push(...revisionChains(get("rules")));
  problems.push(...pillarList(get("pillars"), entries));
  problems.push(...wukanWubiPairs(get("wukanWubi") as never, entries));
  problems.push(...commitmentMeasures(get("commitments") as never));
  problems.push(...coverImages(get("books"), options));
  return problems;
}

function placeholderProblem(
  entry: SourceEntry,
  keyPath: readonly PropertyKey[],
  lineOf: (keyPath: readonly PropertyKey[]) => number | undefined,
): Problem {
  const key = keyPath.filter((k) => typeof k === "string").join(".");
  const doc = COLLECTIONS[entry.collection].docs[key as never] as
    { label: string; expected: string } | undefined;
  return {
    severity: "error",
    file: entry.file,
    line: lineOf(keyPath),
    field: key,
    fieldLabel: doc?.label,
    message: "还有待填写的内容",
    found: showValue(valueAt(entry.data, keyPath)),
    expected: doc?.expected,
    hint: isOptionalField(entry, keyPath)
      ? `把“${PLACEHOLDER}”换成实际内容（写法见“应为”）；不需要这一项就把这一行删去。`
      : `把“${PLACEHOLDER}”换成实际内容（写法见“应为”）。`,
  };
}

/** Whether a top-level field may be left out (so a placeholder there can simply be deleted). */
function isOptionalField(entry: SourceEntry, keyPath: readonly PropertyKey[]): boolean {
  if (keyPath.length !== 1) return false;
  const shape = (COLLECTIONS[entry.collection].schema as unknown as { shape?: Record<string, z.ZodType> })
    .shape;
  return shape?.[keyPath[0] as string]?.safeParse(undefined).success ?? false;
}

const ISO_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates written in another accepted form (2024年3月1日, 2024/3/1) get a
 * warning with the standard form; an unquoted YYYY-MM-DD that does not exist
 * (YAML would silently roll 2024-02-30 over to 2024-03-01) is an error.
 */
function dayForms(
  entry: SourceEntry,
  parsed: unknown,
  lineOf: (keyPath: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const docs = COLLECTIONS[entry.collection].docs as Record<string, { label: string; expected: string }>;
  const visit = (value: unknown, keyPath: PropertyKey[]) => {
    if (value instanceof Date) {
      const key = keyPath.filter((k) => typeof k === "string").join(".");
      const raw = valueAt(entry.data, keyPath);
      const line = lineOf(keyPath);
      const base = { file: entry.file, line, field: key, fieldLabel: docs[key]?.label };
      if (typeof raw === "string" && !ISO_TEXT.test(raw.trim())) {
        problems.push({
          ...base,
          severity: "warning",
          message: `日期不是标准写法，已按 ${toIsoDay(value)} 理解`,
          found: showValue(raw),
          expected: "YYYY-MM-DD，例如 2024-03-01",
          hint: `建议改为 ${toIsoDay(value)}。`,
        });
      } else if (raw instanceof Date && line !== undefined) {
        const written = /:\s*["']?(\d{4}-\d{2}-\d{2})\b/.exec(
          entry.source.split(/\r?\n/)[line - 1] ?? "",
        )?.[1];
        if (written && !parseIsoDay(written)) {
          problems.push({
            ...base,
            severity: "error",
            message: "这一天不存在",
            found: `“${written}”`,
            expected: docs[key]?.expected,
            hint: "核对月份和日期（例如 2 月没有 30 日，4、6、9、11 月没有 31 日）。",
          });
        }
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...keyPath, i]));
    else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, [...keyPath, k]);
    }
  };
  visit(parsed, []);
  return problems;
}

function lineIn(entry: SourceEntry, key: string): number | undefined {
  return lineOfKey(entry.source, [key], { startLine: entry.startLine });
}

function duplicateIds(entries: readonly SourceEntry[]): Problem[] {
  const seen = new Map<string, SourceEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        severity: "error",
        file: entry.file,
        line: entry.startLine,
        message: `编号“${entry.id}”与 ${first.file} 重复，两者会生成同一个网址`,
        hint: "给其中一个换一个文件名（或 id）。",
      });
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
}

/** Entries sharing a value that must be unique: each of them is reported, naming the others. */
function uniqueField(
  items: readonly ValidatedEntry[],
  key: string,
  label: string,
  message: string,
  hint: string,
): Problem[] {
  const groups = new Map<string, ValidatedEntry[]>();
  for (const item of items) {
    const value = String(item.data[key]);
    groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((item) => ({
        severity: "error" as const,
        file: item.entry.file,
        line: lineIn(item.entry, key),
        field: key,
        fieldLabel: label,
        message: `${message}：与 ${group
          .filter((other) => other !== item)
          .map((other) => other.entry.file)
          .join("、")} 相同`,
        found: showValue(item.data[key]),
        hint,
      })),
    );
}

function references(
  items: readonly ValidatedEntry[],
  key: string,
  targets: readonly string[],
  targetLabel: string,
  where: string,
): Problem[] {
  const known = new Set(targets);
  const problems: Problem[] = [];
  for (const item of items) {
    const raw = item.data[key];
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
    for (const value of values) {
      if (known.has(value)) continue;
      const suggestion = closest(value, targets);
      problems.push({
        severity: "error",
        file: item.entry.file,
        line: lineIn(item.entry, key),
        field: key,
        fieldLabel: COLLECTIONS[item.entry.collection].docs[key as never]?.["label"],
        message: `引用的${targetLabel}不存在`,
        found: showValue(value),
        expected: `${where} 中已有的编号${targets.length ? `，例如 ${targets.slice(0, 5).join("、")}` : ""}`,
        hint: suggestion ? `是不是想写 ${suggestion}？` : `先在 ${where} 中添加它，或改成已有的编号。`,
      });
    }
  }
  return problems;
}

/** A rule replaced by a newer one must not still claim to be in force, and chains must not loop. */
function revisionChains(rules: readonly ValidatedEntry[]): Problem[] {
  const byId = new Map(rules.map((r) => [r.entry.id, r]));
  const problems: Problem[] = [];
  for (const rule of rules) {
    const oldId = rule.data["supersedes"] as string | undefined;
    if (!oldId) continue;
    if (oldId === rule.entry.id) {
      problems.push({
        severity: "error",
        file: rule.entry.file,
        line: lineIn(rule.entry, "supersedes"),
        field: "supersedes",
        fieldLabel: "所替代的旧版",
        message: "制度不能替代它自己",
        found: showValue(oldId),
        hint: "填写旧版制度的编号，或删去这一行。",
      });
      continue;
    }
    const old = byId.get(oldId);
    if (old && old.data["status"] === "现行有效") {
      problems.push({
        severity: "error",
        file: old.entry.file,
        line: lineIn(old.entry, "status"),
        field: "status",
        fieldLabel: "时效性",
        message: `这项制度已被 ${rule.entry.file} 替代，却仍标为现行有效`,
        found: showValue(old.data["status"]),
        expected: "已修改 或 已废止",
        hint: "把旧版的 status 改为“已修改”（内容被修订）或“已废止”。",
      });
    }
    // Follow the chain; meeting the start again means a loop.
    const visited = new Set([rule.entry.id]);
    let next: string | undefined = oldId;
    while (next && byId.has(next)) {
      if (visited.has(next)) {
        problems.push({
          severity: "error",
          file: rule.entry.file,
          line: lineIn(rule.entry, "supersedes"),
          field: "supersedes",
          fieldLabel: "所替代的旧版",
          message: "替代关系绕成了一个圈，无法确定哪一版是现行版本",
          found: showValue(oldId),
          hint: "只在新版上写 supersedes，指向紧邻的旧版。",
        });
        break;
      }
      visited.add(next);
      next = byId.get(next)?.data["supersedes"] as string | undefined;
    }
  }
  return problems;
}

/** pillars.yaml must describe each of the five pillars exactly once. */
function pillarList(pillars: readonly ValidatedEntry[], entries: readonly SourceEntry[]): Problem[] {
  const file = entries.find((e) => e.collection === "pillars")?.file ?? "src/content/pillars.yaml";
  const names = pillars.map((p) => String(p.data["name"]));
  const problems: Problem[] = [];
  const invalidCount = entries.filter((e) => e.collection === "pillars").length - pillars.length;
  for (const pillar of PILLARS) {
    const count = names.filter((n) => n === pillar).length;
    if (count === 0 && invalidCount === 0) {
      problems.push({
        severity: "error",
        file,
        field: "name",
        fieldLabel: "名称",
        message: `缺少“${pillar}”的说明`,
        expected: `五型各一项：${PILLARS.join("、")}`,
        hint: `在 ${file} 中为“${pillar}”加上一项。`,
      });
    } else if (count > 1) {
      problems.push({
        severity: "error",
        file,
        field: "name",
        fieldLabel: "名称",
        message: `“${pillar}”出现了 ${count} 次`,
        expected: "每个五型名称只出现一次",
        hint: "删去重复的一项。",
      });
    }
  }
  return problems;
}

function coverImages(books: readonly ValidatedEntry[], options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  for (const book of books) {
    const cover = book.data["cover"] as string | undefined;
    if (!cover) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(book.entry.file), cover));
    if (!options.fileExists(target)) {
      problems.push({
        severity: "error",
        file: book.entry.file,
        line: lineIn(book.entry, "cover"),
        field: "cover",
        fieldLabel: "封面",
        message: "封面图片文件不存在",
        found: showValue(cover),
        expected: `相对本文件的图片路径，例如 ./covers/${book.entry.id}.jpg（查找的位置：${target}）`,
        hint: "把图片放到该位置，或改正路径（注意大小写和扩展名）。",
      });
    }
  }
  return problems;
}
