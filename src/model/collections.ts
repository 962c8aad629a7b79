/**
 * The content model in one table: every collection, its Chinese name, where its
 * files live, its schema and its field documentation. `src/content.config.ts`,
 * the checker (src/content-check), npm run new and npm run schemas all read it,
 * so the build and `npm run check` validate the same way. (The names alone are
 * in labels.ts, for code that must not load the schemas.)
 */
import { z } from "astro/zod";
import { articlesDocs, articlesSchema } from "./articles.ts";
import { booksDocs, booksSchema } from "./books.ts";
import type { FieldDocs } from "./fields.ts";
import { commitmentsDocs, commitmentsSchema } from "./commitments.ts";
import { departmentsDocs, departmentsSchema } from "./departments.ts";
import { pillarsDocs, pillarsSchema } from "./pillars.ts";
import { rulesDocs, rulesSchema } from "./rules.ts";
import { sessionsDocs, sessionsSchema } from "./sessions.ts";
import { studyDocs, studySchema } from "./study.ts";
import { wukanWubiDocs, wukanWubiSchema } from "./wukan-wubi.ts";
import { COLLECTION_LABELS as L, type CollectionName } from "./labels.ts";

export interface CollectionSpec {
  /** Chinese name used in messages. */
  label: string;
  /** Markdown folder or YAML list file, relative to src/content. */
  kind: "markdown" | "yaml-list";
  path: string;
  schema: z.ZodType;
  docs: FieldDocs;
  /** Keep the raw Markdown in Astro's data store (only where a page reads it, see content.config.ts). */
  retainBody?: boolean;
}

export const COLLECTIONS = {
  rules: { label: L.rules, kind: "markdown", path: "rules", schema: rulesSchema, docs: rulesDocs },
  study: {
    label: L.study,
    kind: "markdown",
    path: "study",
    schema: studySchema,
    docs: studyDocs,
    // The whole-compilation print view and the reading-time estimate read the chapters' text.
    retainBody: true,
  },
  // The checker sees a cover as a path string and checks the file itself.
  books: {
    label: L.books,
    kind: "markdown",
    path: "books",
    schema: booksSchema(z.string()),
    docs: booksDocs,
  },
  articles: {
    label: L.articles,
    kind: "markdown",
    path: "articles",
    schema: articlesSchema,
    docs: articlesDocs,
  },
  sessions: {
    label: L.sessions,
    kind: "markdown",
    path: "sessions",
    schema: sessionsSchema,
    docs: sessionsDocs,
  },
  departments: {
    label: L.departments,
    kind: "yaml-list",
    path: "departments.yaml",
    schema: departmentsSchema,
    docs: departmentsDocs,
  },
  pillars: {
    label: L.pillars,
    kind: "yaml-list",
    path: "pillars.yaml",
    schema: pillarsSchema,
    docs: pillarsDocs,
  },
  wukanWubi: {
    label: L.wukanWubi,
    kind: "yaml-list",
    path: "wukan-wubi.yaml",
    schema: wukanWubiSchema,
    docs: wukanWubiDocs,
  },
  commitments: {
    label: L.commitments,
    kind: "yaml-list",
    path: "commitments.yaml",
    schema: commitmentsSchema,
    docs: commitmentsDocs,
  },
} satisfies Record<CollectionName, CollectionSpec>;

export type { CollectionName };
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Markdown collections accept these file extensions. */
export const MARKDOWN_EXTENSIONS = [".md", ".mdx"] as const;
