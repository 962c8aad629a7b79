/**
 * Validates loaded content: each entry against its collection's schema, then
 * the rules that span entries (unique months and orders, references, revision
 * chains). Pure: file-system facts come in through `fileExists`.
 */
import type { z } from "astro/zod";
import { ID_PATTERN, PILLARS, zhCNErrors } from "../model/fields.ts";
import { pillarOrder } from "../lib/content/pillars.ts";
import { checkBody } from "./checks/body.ts";
import { chineseText } from "./checks/chinese-text.ts";
import { commitmentMeasures } from "./checks/commitments.ts";
import { coverImages } from "./checks/cover-images.ts";
import { dayForms } from "./checks/day-forms.ts";
import { duplicateIds } from "./checks/duplicate-ids.ts";
import { pillarList } from "./checks/pillar-list.ts";
import { references } from "./checks/references.ts";
import { revisionChains } from "./checks/revisions.ts";
import { sessionChecks } from "./checks/sessions.ts";
import { uniqueValues } from "./checks/unique-values.ts";
import { wukanWubiPairs } from "./checks/wukan-wubi.ts";
import { COLLECTIONS, type CollectionName } from "../model/collections.ts";
import { issueToProblems, valueAt } from "./issues.ts";
import { isUnder, PLACEHOLDER, placeholderPaths } from "./placeholder.ts";
import { showValue, type Problem } from "./problem.ts";
import type { SourceEntry, ValidatedEntry, ValidateOptions } from "./types.ts";
import { lineOfKey } from "./source-lines.ts";

export type { ValidatedEntry, ValidateOptions };

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

  const textChecked = new Set<string>();
  for (const entry of entries) {
    const spec = COLLECTIONS[entry.collection];
    // Chinese-text hygiene, once per file (a YAML data file holds many entries).
    if (!textChecked.has(entry.file)) {
      textChecked.add(entry.file);
      problems.push(
        ...chineseText({
          file: entry.file,
          text: entry.source,
          kind: spec.kind === "markdown" ? "markdown" : "yaml",
          isRule: entry.collection === "rules",
        }),
      );
    }
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
    list.push({ entry, data: result.data });
    valid.set(entry.collection, list);
  }

  const get = (name: CollectionName) => valid.get(name) ?? [];
  const idsOf = (name: CollectionName) => entries.filter((e) => e.collection === name).map((e) => e.id);

  problems.push(...duplicateIds(entries));
  problems.push(
    ...uniqueValues(
      get("books"),
      "books",
      "month",
      "每个月只能推荐一本书",
      "把其中一本改到还没有推荐书的月份。",
    ),
  );
  problems.push(
    ...uniqueValues(
      get("study"),
      "study",
      "order",
      "两章的排序号相同，目录顺序无法确定",
      "给其中一章换一个没有用过的排序号。",
    ),
  );
  problems.push(...references(get("articles"), "department", "departments", idsOf("departments")));
  problems.push(...references(get("rules"), "supersedes", "rules", idsOf("rules")));
  problems.push(...references(get("study"), "related", "rules", idsOf("rules")));
  problems.push(...revisionChains(get("rules")));
  problems.push(...sessionChecks(get("sessions"), idsOf));
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
