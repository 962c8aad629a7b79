/** 股室: src/content/departments.yaml, a list of { id, name }. */
import { z } from "astro/zod";
import { documentFields, idField, textField, type FieldDocs } from "./fields.ts";

export const departmentsSchema = z.strictObject({
  id: idField(),
  name: textField(),
});

export type DepartmentData = z.output<typeof departmentsSchema>;

export const departmentsDocs = {
  id: {
    label: "编号",
    expected: "小写英文字母、数字和连字符，例如 ganbu-yigu；文章的 department 填的就是它",
  },
  name: { label: "股室名称", expected: "股室全称，例如 干部一股" },
} satisfies FieldDocs;

documentFields(departmentsSchema, departmentsDocs);
