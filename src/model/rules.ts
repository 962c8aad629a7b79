/** 规章制度: one file per rule (src/content/rules/*.md). */
import { z } from "astro/zod";
import {
  COMMON_DOCS,
  dayField,
  documentFields,
  idField,
  pillarField,
  textField,
  traditionalField,
  type FieldDocs,
} from "./fields.ts";

/** 时效性: the same four values as the national laws database. */
export const RULE_STATUSES = ["现行有效", "已修改", "已废止", "尚未生效"] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** Categories, in the order the rules list shows them. */
export const RULE_CATEGORIES = ["学习制度", "工作制度", "纪律规定", "监督制度", "服务规范"] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** 文号 such as 某组发〔2024〕12号: issuer code, full-width 〔year〕, number, 号. */
export const DOC_NUMBER_PATTERN = /^\S+〔\d{4}〕\d+号$/;

export const rulesSchema = z
  .strictObject({
    /** Rule name without 《》. */
    title: textField().refine((t) => !/^《.*》$/u.test(t), { error: "标题外面不要加书名号" }),
    /** 文号, optional. */
    docNumber: z.string().trim().regex(DOC_NUMBER_PATTERN, { error: "文号格式不对" }).optional(),
    /** 发文机关. */
    issuer: textField(),
    /** 成文/印发日期. */
    issued: dayField(),
    /** 施行日期, optional, not before `issued`. */
    effective: dayField().optional(),
    /** 时效性. */
    status: z.enum(RULE_STATUSES),
    category: z.enum(RULE_CATEGORIES),
    pillar: pillarField().optional(),
    /** Id of the older rule this one replaces. */
    supersedes: idField().optional(),
    summary: textField().optional(),
    traditional: traditionalField(),
  })
  .superRefine((rule, ctx) => {
    if (rule.effective && rule.effective < rule.issued) {
      ctx.addIssue({
        code: "custom",
        path: ["effective"],
        input: rule.effective,
        message: "施行日期早于成文日期",
      });
    }
  });

export type RuleData = z.output<typeof rulesSchema>;

export const rulesDocs = {
  title: COMMON_DOCS.title,
  docNumber: {
    label: "文号",
    expected: "形如 某组发〔2024〕12号，年份外是全角六角括号〔〕；没有文号就删去这一行",
  },
  issuer: { label: "发文机关", expected: "印发这项制度的机关全称" },
  issued: { label: "成文日期", expected: "YYYY-MM-DD 格式的日期，例如 2024-03-01" },
  effective: { label: "施行日期", expected: "YYYY-MM-DD 格式的日期，且不早于成文日期（issued）" },
  status: { label: "时效性", expected: `以下之一：${RULE_STATUSES.join("、")}` },
  category: { label: "类别", expected: `以下之一：${RULE_CATEGORIES.join("、")}` },
  pillar: COMMON_DOCS.pillar,
  supersedes: {
    label: "所替代的旧版",
    expected: "被本制度替代的旧版制度的编号（src/content/rules 下的文件名，不含 .md）",
  },
  summary: COMMON_DOCS.summary,
  traditional: COMMON_DOCS.traditional,
} satisfies FieldDocs;

documentFields(rulesSchema, rulesDocs);
