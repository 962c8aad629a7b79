/**
 * Content collections. Schemas live in src/model (one file a collection) and
 * are shared with the content checker, which runs before the build and reports
 * problems in Chinese; Astro's validation here is the second line of defence.
 */
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";
import yaml from "js-yaml";
import { articlesSchema } from "./model/articles.ts";
import { booksSchema } from "./model/books.ts";
import { commitmentsSchema } from "./model/commitments.ts";
import { departmentsSchema } from "./model/departments.ts";
import { pillarsSchema } from "./model/pillars.ts";
import { rulesSchema } from "./model/rules.ts";
import { studySchema } from "./model/study.ts";
import { wukanWubiSchema } from "./model/wukan-wubi.ts";
import { withFilePositions } from "./lib/content/file-order.ts";

/**
 * Top-level Markdown files of a folder; the id is the file name as written (checked to be URL-safe).
 * `retainBody: false` keeps the raw Markdown out of Astro's data store where no page reads it: the
 * store is compiled into the build as one JavaScript module, and with 1,500 rules the bodies made it
 * 58 MB instead of 34 MB (seconds of build time and hundreds of MB of memory, BENCHMARKS.md).
 */
const markdownIn = (folder: string, { retainBody = false } = {}) =>
  glob({
    base: `./src/content/${folder}`,
    pattern: "*.{md,mdx}",
    retainBody,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ""),
  });

/**
 * A YAML list file whose order matters: each item keeps its position in the file
 * (`filePosition`, see src/lib/file-order.ts), since the data store sorts by id.
 */
const yamlList = (fileName: string) =>
  file(`./src/content/${fileName}`, { parser: (text) => withFilePositions(yaml.load(text)) as never });
const filePosition = { filePosition: z.int() };

export const collections = {
  rules: defineCollection({ loader: markdownIn("rules"), schema: rulesSchema }),
  study: defineCollection({ loader: markdownIn("study", { retainBody: true }), schema: studySchema }),
  books: defineCollection({ loader: markdownIn("books"), schema: ({ image }) => booksSchema(image()) }),
  articles: defineCollection({ loader: markdownIn("articles"), schema: articlesSchema }),
  departments: defineCollection({
    loader: yamlList("departments.yaml"),
    schema: departmentsSchema.extend(filePosition),
  }),
  pillars: defineCollection({ loader: yamlList("pillars.yaml"), schema: pillarsSchema.extend(filePosition) }),
  wukanWubi: defineCollection({
    loader: yamlList("wukan-wubi.yaml"),
    schema: wukanWubiSchema.extend(filePosition),
  }),
  commitments: defineCollection({
    loader: yamlList("commitments.yaml"),
    schema: commitmentsSchema.extend(filePosition),
  }),
};
