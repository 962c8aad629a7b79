/**
 * npm run new: plans a new content file from what the editor gave (flags or
 * answers), filling what can be known (today's date, the next free month or
 * order, an id from the title) and marking the rest 待填写. Pure apart from
 * `writePlan`, which never overwrites a file.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { closest } from "../../../src/content-check/suggest.ts";
import { parseLooseDay, toIsoDay } from "../../../src/lib/text/dates.ts";
import { ID_PATTERN } from "../../../src/model/fields.ts";
import { COLLECTION_LABELS as LABELS } from "../../../src/model/labels.ts";
import { RULE_CATEGORIES, RULE_STATUSES } from "../../../src/model/rules.ts";
import { MATERIAL_PATTERN, SESSION_FORMATS } from "../../../src/model/sessions.ts";
import { PART_PATTERN } from "../../../src/model/study.ts";
import { MARKDOWN_COLLECTIONS, type ContentIndex, type MarkdownCollection } from "./content-index.ts";
import { renderEntry, type FieldValue, type UnfilledField } from "./entry-template.ts";
import { isValidId, titleToId, uniqueId } from "./slug.ts";

/** A mistake in what the editor asked for; the message is shown as it is, in Chinese. */
export class EditorToolError extends Error {}

export const NEW_COLLECTIONS = [...MARKDOWN_COLLECTIONS, "departments"] as const;
export type NewCollection = (typeof NEW_COLLECTIONS)[number];

/** What each kind of new file is called in the questions (a file of the compilation is one chapter). */
export const COLLECTION_LABELS: Record<NewCollection | "pillars", string> = {
  ...LABELS,
  study: `${LABELS.study}（一章）`,
};

/** The values an editor can give for a new entry (each optional but collection and title). */
export interface NewEntryInput {
  collection: string;
  title: string;
  id?: string | undefined;
  /** 成文日期 of a rule, 发布日期 of an article; today when absent. */
  date?: string | undefined;
  issuer?: string | undefined;
  category?: string | undefined;
  status?: string | undefined;
  docNumber?: string | undefined;
  pillar?: string | undefined;
  part?: string | undefined;
  order?: string | undefined;
  source?: string | undefined;
  authors?: string[] | undefined;
  publisher?: string | undefined;
  month?: string | undefined;
  department?: string | undefined;
  /** 学习安排: start and end time, place, form, speaker, host department, materials. */
  start?: string | undefined;
  end?: string | undefined;
  place?: string | undefined;
  format?: string | undefined;
  speaker?: string | undefined;
  host?: string | undefined;
  materials?: string[] | undefined;
}

/** What the editor gave so far: any of the inputs, each possibly missing. */
export type GivenInput = { [K in keyof NewEntryInput]?: NewEntryInput[K] | undefined };

/** Which of the optional inputs each collection takes. */
const FIELDS_BY_COLLECTION: Record<NewCollection, readonly (keyof NewEntryInput)[]> = {
  rules: ["date", "issuer", "category", "status", "docNumber", "pillar"],
  study: ["part", "order", "source", "pillar"],
  books: ["authors", "publisher", "month", "pillar"],
  articles: ["date", "authors", "department", "pillar"],
  sessions: ["date", "start", "end", "place", "format", "speaker", "host", "materials", "pillar"],
  departments: [],
};

/** The option name an editor types for an input key. */
export const OPTION_NAMES: Record<string, string> = {
  docNumber: "doc-number",
  authors: "author",
  materials: "material",
};

export interface DefaultValue {
  key: string;
  label: string;
  value: string;
}

export interface EntryPlan {
  kind: "create" | "append";
  collection: NewCollection;
  id: string;
  /** Project-relative path of the file written (or appended to). */
  file: string;
  text: string;
  /** Required fields left marked 待填写. */
  unfilled: UnfilledField[];
  /** Values filled in without being asked, for the editor to check. */
  defaults: DefaultValue[];
}

/** YYYY-MM-DD of `now` on the editor's own calendar (local time, not UTC). */
export function localDay(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

function choice(value: string, allowed: readonly string[], label: string): string {
  const trimmed = value.trim();
  if (allowed.includes(trimmed)) return trimmed;
  const suggestion = closest(trimmed, allowed);
  throw new EditorToolError(
    `${label}“${trimmed}”不是允许的取值，应为以下之一：${allowed.join("、")}${suggestion ? `。是不是想写“${suggestion}”？` : "。"}`,
  );
}

/** 文号 with its year in full-width 〔〕, whatever brackets were typed. */
export function normalizeDocNumber(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, "")
    .replace(/[[［(（【〔]\s*(\d{4})\s*[\]］)）】〕]/, "〔$1〕");
}

/** YYYY-MM from 2026-03, 2026-3, 2026/3, 2026.3 or 2026年3月. */
export function parseMonth(text: string): string | undefined {
  const match = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月?|[-/.](\d{1,2}))$/.exec(text.trim());
  const month = Number(match?.[2] ?? match?.[3]);
  if (!match || month < 1 || month > 12) return undefined;
  return `${match[1]}-${String(month).padStart(2, "0")}`;
}

/** The first Friday from `today` on (today itself when it is one). */
export function nextFriday(today: Date): Date {
  return new Date(today.getTime() + ((5 - today.getUTCDay() + 7) % 7) * 86_400_000);
}

/** The first month from `today`'s month on that has no book yet. */
export function nextFreeMonth(today: Date, taken: ReadonlySet<string>): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  while (taken.has(toIsoDay(date).slice(0, 7))) date.setUTCMonth(date.getUTCMonth() + 1);
  return toIsoDay(date).slice(0, 7);
}

const splitList = (items: readonly string[]) =>
  items
    .flatMap((item) => item.split(/[、,，;；]/))
    .map((item) => item.trim())
    .filter((item) => item !== "");

function checkApplicable(collection: NewCollection, input: NewEntryInput): void {
  const allowed = FIELDS_BY_COLLECTION[collection];
  for (const key of Object.keys(FIELDS_BY_COLLECTION).flatMap(
    (c) => FIELDS_BY_COLLECTION[c as NewCollection],
  )) {
    const value = input[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0) || allowed.includes(key))
      continue;
    const usedBy = NEW_COLLECTIONS.filter((c) => FIELDS_BY_COLLECTION[c].includes(key));
    throw new EditorToolError(
      `--${OPTION_NAMES[key] ?? key} 只用于 ${usedBy.join("、")}，${collection} 没有这一项。`,
    );
  }
}

export function resolveCollection(value: string): NewCollection {
  const name = value.trim();
  if ((NEW_COLLECTIONS as readonly string[]).includes(name)) return name as NewCollection;
  if (name === "pillars") {
    throw new EditorToolError(
      "五型是固定的五项，不能新增；要修改说明，请直接编辑 src/content/pillars.yaml。",
    );
  }
  const byLabel = NEW_COLLECTIONS.find((c) => COLLECTION_LABELS[c].startsWith(name) && name !== "");
  if (byLabel) return byLabel;
  const suggestion = closest(name, NEW_COLLECTIONS);
  throw new EditorToolError(
    `没有“${name}”这个内容类别，应为以下之一：${NEW_COLLECTIONS.map((c) => `${c}（${COLLECTION_LABELS[c]}）`).join("、")}${suggestion ? `。是不是想写 ${suggestion}？` : "。"}`,
  );
}

/** The id for a new entry: the one given (checked), or one made from the title. */
export function chooseId(
  title: string,
  given: string | undefined,
  isTaken: (id: string) => boolean,
  /** Put before an id made from the title (a session's day: 2026-03-06-…). */
  prefix = "",
): string {
  if (given !== undefined && given.trim() !== "") {
    const id = given.trim().replace(/\.mdx?$/, "");
    if (!isValidId(id)) {
      throw new EditorToolError(
        `编号“${id}”不能用：只能用小写英文字母、数字和连字符，例如 shouwen-fuze（它是文件名，也是网址的一部分）。`,
      );
    }
    if (isTaken(id)) {
      throw new EditorToolError(
        `编号“${id}”已经有了，不会覆盖已有文件。请换一个，例如 ${uniqueId(id, isTaken)}。`,
      );
    }
    return id;
  }
  const fromTitle = titleToId(title);
  if (fromTitle === "") {
    throw new EditorToolError(`无法从标题“${title}”生成编号，请用 --id 指定，例如 --id shouwen-fuze。`);
  }
  return uniqueId(`${prefix}${fromTitle}`, isTaken);
}

/**
 * Whether an id is in use in a collection: an entry, any file of that name
 * (even one the checker could not read), or a folder of that name (where an
 * imported entry keeps its images).
 */
export function isIdTaken(collection: MarkdownCollection, id: string, ctx: PlanContext): boolean {
  const base = `src/content/${collection}/${id}`;
  return (
    ctx.index.ids[collection].has(id) ||
    ctx.exists(`${base}.md`) ||
    ctx.exists(`${base}.mdx`) ||
    ctx.exists(base)
  );
}

export interface PlanContext {
  index: ContentIndex;
  /** Today on the editor's calendar (UTC midnight). */
  today: Date;
  /** Whether a project-relative path exists (so no file is planned over another). */
  exists: (projectPath: string) => boolean;
}

/** Plans a new entry; throws EditorToolError (in Chinese) when the input cannot be used. */
export function planNewEntry(input: NewEntryInput, ctx: PlanContext): EntryPlan {
  const collection = resolveCollection(input.collection);
  checkApplicable(collection, input);
  let title = input.title.trim();
  if (title === "") throw new EditorToolError("标题不能为空。");
  if (collection === "departments") return planDepartment(title, input.id, ctx);

  const defaults: DefaultValue[] = [];
  // The site adds 《》 around titles itself; a title wrapped in them loses them (inner ones stay).
  if (collection === "rules" || collection === "books") title = title.replace(/^《(.*)》$/u, "$1");
  const fileOf = (id: string) => `src/content/${collection}/${id}.md`;
  const day = (label: string) => {
    if (input.date === undefined || input.date.trim() === "") {
      // A session is on a Friday (周五集中学习日): the next one from today.
      if (collection === "sessions") {
        const friday = nextFriday(ctx.today);
        defaults.push({ key: "date", label, value: toIsoDay(friday) });
        return friday;
      }
      defaults.push({ key: collection === "rules" ? "issued" : "date", label, value: toIsoDay(ctx.today) });
      return ctx.today;
    }
    const parsed = parseLooseDay(input.date);
    if (!parsed) throw new EditorToolError(`日期“${input.date}”看不懂，请写成 YYYY-MM-DD，例如 2024-03-01。`);
    return parsed.date;
  };
  // A session's file name starts with its day, so the folder lists them in order.
  const sessionDay = collection === "sessions" ? day("日期") : undefined;
  const id = chooseId(
    title,
    input.id,
    (candidate) => isIdTaken(collection, candidate, ctx),
    sessionDay ? `${toIsoDay(sessionDay)}-` : "",
  );
  const pillar = input.pillar ? choice(input.pillar, ctx.index.pillars, "五型分类") : undefined;
  const authors = input.authors && splitList(input.authors).length > 0 ? splitList(input.authors) : undefined;
  const values: Record<string, FieldValue | undefined> = { title };

  switch (collection) {
    case "rules": {
      values["docNumber"] = input.docNumber?.trim() ? normalizeDocNumber(input.docNumber) : undefined;
      values["issuer"] = input.issuer?.trim() || undefined;
      values["issued"] = day("成文日期");
      let status = input.status ? choice(input.status, RULE_STATUSES, "时效性") : undefined;
      if (!status) {
        status = "现行有效";
        defaults.push({ key: "status", label: "时效性", value: status });
      }
      values["status"] = status;
      values["category"] = input.category ? choice(input.category, RULE_CATEGORIES, "类别") : undefined;
      values["pillar"] = pillar;
      break;
    }
    case "study": {
      if (input.part?.trim() && !PART_PATTERN.test(input.part.trim())) {
        throw new EditorToolError(
          `所属编“${input.part}”格式不对，应形如“第一编 干部人事”：第 + 中文数字 + 编，空格，编名。`,
        );
      }
      values["part"] = input.part?.trim() || undefined;
      let order: number;
      if (input.order?.trim()) {
        order = Number(input.order);
        if (!Number.isInteger(order) || order < 1)
          throw new EditorToolError(`排序号“${input.order}”应为正整数。`);
        if (ctx.index.studyOrders.includes(order)) {
          throw new EditorToolError(`排序号 ${order} 已被另一章使用，各章不能重复。`);
        }
      } else {
        order = Math.max(0, ...ctx.index.studyOrders) + 1;
        defaults.push({ key: "order", label: "排序号", value: String(order) });
      }
      values["order"] = order;
      values["source"] = input.source?.trim() || undefined;
      values["pillar"] = pillar;
      break;
    }
    case "books": {
      values["authors"] = authors;
      values["publisher"] = input.publisher?.trim() || undefined;
      let month: string;
      if (input.month?.trim()) {
        const parsed = parseMonth(input.month);
        if (!parsed)
          throw new EditorToolError(`推荐月份“${input.month}”看不懂，请写成 YYYY-MM，例如 2026-03。`);
        if (ctx.index.bookMonths.has(parsed)) {
          throw new EditorToolError(
            `${parsed} 已经有推荐书了（每月一本）。下一个空着的月份是 ${nextFreeMonth(ctx.today, ctx.index.bookMonths)}。`,
          );
        }
        month = parsed;
      } else {
        month = nextFreeMonth(ctx.today, ctx.index.bookMonths);
        defaults.push({ key: "month", label: "推荐月份", value: month });
      }
      values["month"] = month;
      values["pillar"] = pillar;
      break;
    }
    case "articles": {
      values["authors"] = authors;
      values["department"] = departmentId(input.department, ctx);
      values["date"] = day("发布日期");
      values["pillar"] = pillar;
      break;
    }
    case "sessions": {
      values["date"] = sessionDay;
      values["start"] = time(input.start, "开始时间");
      values["end"] = time(input.end, "结束时间");
      values["place"] = input.place?.trim() || undefined;
      values["format"] = input.format ? choice(input.format, SESSION_FORMATS, "形式") : undefined;
      values["speaker"] = input.speaker?.trim() || undefined;
      values["host"] = departmentId(input.host, ctx);
      const materials = input.materials && splitList(input.materials);
      for (const material of materials ?? []) {
        if (!MATERIAL_PATTERN.test(material)) {
          throw new EditorToolError(
            `学习材料“${material}”写法不对：写成 study/、rules/ 或 books/ 加文件名，例如 study/gongwuyuan-fa。`,
          );
        }
      }
      values["materials"] = materials?.length ? materials : undefined;
      values["pillar"] = pillar;
      break;
    }
  }
  const { text, unfilled } = renderEntry({ collection, values });
  return { kind: "create", collection, id, file: fileOf(id), text, unfilled, defaults };
}

/** The id of a department given by id or name (股室), checked against departments.yaml. */
function departmentId(given: string | undefined, ctx: PlanContext): string | undefined {
  const wanted = given?.trim();
  if (!wanted) return undefined;
  const found = ctx.index.departments.find((d) => d.id === wanted || d.name === wanted);
  if (found) return found.id;
  const suggestion = closest(
    wanted,
    ctx.index.departments.map((d) => d.id),
  );
  throw new EditorToolError(
    `没有“${wanted}”这个股室。已有：${ctx.index.departments.map((d) => `${d.id}（${d.name}）`).join("、")}${suggestion ? `。是不是想写 ${suggestion}？` : "。"}`,
  );
}

/** HH:MM from 14:30, 9:00 or 14：30; undefined when not given. */
function time(given: string | undefined, label: string): string | undefined {
  const text = given?.trim().replace("：", ":");
  if (!text) return undefined;
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) throw new EditorToolError(`${label}“${given}”看不懂，请写成 HH:MM，例如 14:30。`);
  return `${match[1]?.padStart(2, "0")}:${match[2]}`;
}

function planDepartment(name: string, givenId: string | undefined, ctx: PlanContext): EntryPlan {
  const existing = ctx.index.departments.find((d) => d.name === name);
  if (existing) throw new EditorToolError(`股室“${name}”已经有了，编号是 ${existing.id}。`);
  const id = chooseId(name, givenId, (candidate) => ctx.index.departments.some((d) => d.id === candidate));
  return {
    kind: "append",
    collection: "departments",
    id,
    file: "src/content/departments.yaml",
    text: `- id: ${id}\n  name: ${name}\n`,
    unfilled: [],
    defaults: [],
  };
}

/** Writes a plan to disk. A new file is created only if no file is there; nothing is ever overwritten. */
export function writePlan(root: string, plan: EntryPlan): void {
  const full = path.join(root, plan.file);
  if (plan.kind === "append") {
    const current = readFileSync(full, "utf8");
    if (new RegExp(`^-\\s+id:\\s*${plan.id}\\s*$`, "m").test(current)) {
      throw new EditorToolError(`${plan.file} 中已有编号 ${plan.id}，没有改动文件。`);
    }
    appendFileSync(full, `${current.endsWith("\n") || current === "" ? "" : "\n"}${plan.text}`);
    return;
  }
  if (!ID_PATTERN.test(plan.id)) throw new EditorToolError(`编号“${plan.id}”不能用。`);
  mkdirSync(path.dirname(full), { recursive: true });
  try {
    writeFileSync(full, plan.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new EditorToolError(`${plan.file} 已经存在，没有覆盖它。请用 --id 换一个编号。`);
    }
    throw error;
  }
}

/** Whether a project-relative path exists under `root`. */
export const existsIn = (root: string) => (projectPath: string) => existsSync(path.join(root, projectPath));
