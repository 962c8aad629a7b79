/**
 * The content model in one table: every collection, where its files live, its
 * schema and its field documentation. `src/content.config.ts` and the checker
 * both read from here, so the build and `npm run check` validate the same way.
 */
import { z } from "astro/zod";
import { articlesDocs, articlesSchema } from "./articles.ts";
import { booksDocs, booksSchema } from "./books.ts";
import type { FieldDocs } from "./fields.ts";
import { commitmentsDocs, commitmentsSchema } from "./commitments.ts";
import { departmentsDocs, departmentsSchema } from "./departments.ts";
import { pillarsDocs, pillarsSchema } from "./pillars.ts";
import { rulesDocs, rulesSchema } from "./rules.ts";
import { studyDocs, studySchema } from "./study.ts";
import { wukanWubiDocs, wukanWubiSchema } from "./wukan-wubi.ts";

interface CollectionSpec {
  /** Chinese name used in messages. */
  label: string;
  /** Markdown folder or YAML list file, relative to src/content. */
  kind: "markdown" | "yaml-list";
  path: string;
  schema: z.ZodType;
  docs: FieldDocs;
}

export const COLLECTIONS = {
  rules: { label: "规章制度", kind: "markdown", path: "rules", schema: rulesSchema, docs: rulesDocs },
  study: { label: "学习资料选编", kind: "markdown", path: "study", schema: studySchema, docs: studyDocs },
  // The checker sees a cover as a path string and checks the file itself.
  books: {
    label: "推荐书目",
    kind: "markdown",
    path: "books",
    schema: booksSchema(z.string()),
    docs: booksDocs,
  },
  articles: {
    label: "调研文章",
    kind: "markdown",
    path: "articles",
    schema: articlesSchema,
    docs: articlesDocs,
  },
  departments: {
    label: "股室",
    kind: "yaml-list",
    path: "departments.yaml",
    schema: departmentsSchema,
    docs: departmentsDocs,
  },
  pillars: {
    label: "五型",
    kind: "yaml-list",
    path: "pillars.yaml",
    schema: pillarsSchema,
    docs: pillarsDocs,
  },
  wukanWubi: {
    label: "五看五比",
    kind: "yaml-list",
    path: "wukan-wubi.yaml",
    schema: wukanWubiSchema,
    docs: wukanWubiDocs,
  },
  commitments: {
    label: "量化要求",
    kind: "yaml-list",
    path: "commitments.yaml",
    schema: commitmentsSchema,
    docs: commitmentsDocs,
  },
} satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Markdown collections accept these file extensions. */
export const MARKDOWN_EXTENSIONS = [".md", ".mdx"] as const;
