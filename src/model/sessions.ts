/** 学习安排: one file per session of the 周五集中学习日 (src/content/sessions/*.md). */
import { z } from "astro/zod";
import {
  COMMON_DOCS,
  dayField,
  documentFields,
  idField,
  ID_PATTERN,
  pillarField,
  textField,
  type FieldDocs,
} from "./fields.ts";

/**
 * The five forms of the Friday study day, in the source article's order and words
 * (采取外聘专家集中授课，部领导或股室负责人针对具体业务开展专题讲座，组工干部座谈讨论，
 * 组织观看各类电教片，开展社会实践调研等方式).
 */
export const SESSION_FORMATS = [
  "外聘专家集中授课",
  "部领导或股室负责人专题讲座",
  "组工干部座谈讨论",
  "观看电教片",
  "社会实践调研",
] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

/** The only status an editor writes; 计划 and 已举行 follow from the date and the build date. */
export const CANCELLED = "取消";
export const DERIVED_STATUSES = ["计划", "已举行"] as const;
export type SessionStatus = (typeof DERIVED_STATUSES)[number] | typeof CANCELLED;

/** The collections a session's materials may name, by folder. */
export const MATERIAL_COLLECTIONS = ["study", "rules", "books"] as const;
export type MaterialCollection = (typeof MATERIAL_COLLECTIONS)[number];

/** A material is `<folder>/<file name>`, e.g. study/gongwuyuan-fa. */
export const MATERIAL_PATTERN = new RegExp(
  `^(${MATERIAL_COLLECTIONS.join("|")})/${ID_PATTERN.source.slice(1, -1)}$`,
);

const TIME_PATTERN = /^([01]?\d|2[0-3]):[0-5]\d$/;

/** A time of day written HH:MM (9:00 is read as 09:00). */
export const timeField = () =>
  z
    .string({ error: "时间格式不对" })
    .trim()
    .regex(TIME_PATTERN, { error: "时间格式不对" })
    .transform((time) => time.padStart(5, "0"));

const statusField = () =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value === CANCELLED) return;
      ctx.addIssue({
        code: "custom",
        input: value,
        message: (DERIVED_STATUSES as readonly string[]).includes(value)
          ? "计划、已举行不用填写，网站按日期自动显示"
          : "不是允许的取值",
      });
    })
    .transform(() => CANCELLED);

export const sessionsSchema = z
  .strictObject({
    /** 专题. */
    title: textField().refine((t) => !/^《.*》$/u.test(t), { error: "标题外面不要加书名号" }),
    date: dayField(),
    /** Start and end, China Standard Time. */
    start: timeField(),
    end: timeField(),
    place: textField(),
    format: z.enum(SESSION_FORMATS),
    /** 主讲人 or 主持人, optional. */
    speaker: textField().optional(),
    /** Id of the department (股室) in departments.yaml that organises it. */
    host: idField(),
    /** Study chapters, rules and books studied: study/…, rules/…, books/…. */
    materials: z
      .array(z.string().trim().regex(MATERIAL_PATTERN, { error: "学习材料的写法不对" }))
      .min(1, { error: "至少填写一项" })
      .optional(),
    pillar: pillarField().optional(),
    /** Only 取消; the rest is derived. */
    status: statusField().optional(),
  })
  .superRefine((session, ctx) => {
    // Only two valid times are compared (an invalid one has its own message).
    const valid = [session.start, session.end].every((t) => TIME_PATTERN.test(t));
    if (valid && session.end.padStart(5, "0") <= session.start.padStart(5, "0")) {
      ctx.addIssue({ code: "custom", path: ["end"], input: session.end, message: "结束时间早于开始时间" });
    }
  });

export type SessionData = z.output<typeof sessionsSchema>;

export const sessionsDocs = {
  title: { label: "专题", expected: "这次学习的专题，不加书名号《》" },
  date: { label: "日期", expected: "YYYY-MM-DD 格式的日期，一般是星期五，例如 2026-03-06" },
  start: { label: "开始时间", expected: "HH:MM（24 小时制，北京时间），例如 14:30" },
  end: { label: "结束时间", expected: "HH:MM（24 小时制，北京时间），晚于开始时间，例如 17:00" },
  place: { label: "地点", expected: "学习地点，例如 部机关三楼会议室" },
  format: { label: "形式", expected: `以下之一：${SESSION_FORMATS.join("、")}` },
  speaker: { label: "主讲人", expected: "主讲人或主持人的姓名和职务；没有就删去这一行" },
  host: { label: "承办股室", expected: "src/content/departments.yaml 中某个股室的 id" },
  materials: {
    label: "学习材料",
    expected:
      "列表，每行一项：study/、rules/ 或 books/ 加文件名（不含 .md），例如 study/gongwuyuan-fa、rules/zhouwu-xuexiri",
  },
  pillar: COMMON_DOCS.pillar,
  status: {
    label: "状态",
    expected: "只在取消时写“取消”；计划、已举行由网站按日期自动显示，不用填写",
  },
} satisfies FieldDocs;

documentFields(sessionsSchema, sessionsDocs);
