/**
 * 量化要求: src/content/commitments.yaml, the programme's measurable commitments
 * (每天自学 1 小时 …). `measure` names what the portal's own content can count for
 * one; commitments without it are shown, never estimated.
 */
import { z } from "astro/zod";
import { documentFields, idField, pillarField, textField, COMMON_DOCS, type FieldDocs } from "./fields.ts";

/** How often a commitment is due. */
export const PERIODS = ["每天", "每周", "每月", "每季度", "每年"] as const;
export type Period = (typeof PERIODS)[number];

/**
 * What the portal can count, each with the period it counts by (a commitment that
 * uses one must have that period). Computed in src/lib/programme/progress.ts.
 */
export const MEASURES = {
  每人调研文章篇数: { period: "每年", description: "每名作者当年撰写的调研文章篇数" },
  每人市级以上刊发篇数: {
    period: "每年",
    description: "每名作者的调研文章当年在市级及以上媒体刊发的篇数",
  },
  推荐书目月数: { period: "每月", description: "当年有推荐书目的月份" },
} as const satisfies Record<string, { period: Period; description: string }>;
export type MeasureName = keyof typeof MEASURES;
export const MEASURE_NAMES = Object.keys(MEASURES) as [MeasureName, ...MeasureName[]];

export const commitmentsSchema = z.strictObject({
  id: idField(),
  /** The commitment in the programme's own words. */
  text: textField(),
  pillar: pillarField(),
  period: z.enum(PERIODS),
  target: z.number({ error: "应为数字" }).positive({ error: "应大于 0" }),
  unit: textField(),
  measure: z.enum(MEASURE_NAMES).optional(),
  /** What the measure does and does not count, shown beside it. */
  note: textField().optional(),
});

export type CommitmentData = z.output<typeof commitmentsSchema>;

export const commitmentsDocs = {
  id: { label: "编号", expected: "小写英文字母、数字和连字符，例如 meitian-zixue" },
  text: { label: "要求", expected: "要求的原文，例如 要求组工干部每天挤出1小时开展自学" },
  pillar: { label: "所属五型", expected: COMMON_DOCS.pillar.expected },
  period: { label: "周期", expected: `以下之一：${PERIODS.join("、")}` },
  target: { label: "目标数", expected: "一个大于 0 的数字，例如 1 或 20000（不加单位）" },
  unit: { label: "单位", expected: "例如 小时、字、篇、本、次" },
  measure: {
    label: "统计方法",
    expected: `网站能统计时填以下之一：${MEASURE_NAMES.join("、")}；不能统计就不写这一行`,
  },
  note: { label: "统计说明", expected: "一句话说明统计了什么、没统计什么（可选）" },
} satisfies FieldDocs;

documentFields(commitmentsSchema, commitmentsDocs);
