/**
 * Content collections. Schemas live in src/model (one file a collection) and
 * are shared with the content checker, which runs before the build and reports
 * problems in Chinese; Astro's validation here is the second line of defence.
 */
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";
import yaml from "js-yaml";
import { booksSchema } from "./model/books.ts";
import { COLLECTIONS, type CollectionSpec } from "./model/collections.ts";
import { withFilePositions } from "./lib/content/file-order.ts";

/**
 * Top-level Markdown files of a collection's folder (COLLECTIONS, src/model); the id is the
 * file name as written (checked to be URL-safe). Only collections marked `retainBody` keep the
 * raw Markdown in Astro's data store: the store is compiled into the build as one JavaScript
 * module, and with 1,500 rules the bodies made it 58 MB instead of 34 MB (seconds of build time
 * and hundreds of MB of memory, BENCHMARKS.md).
 */
const markdownIn = (name: "rules" | "study" | "books" | "articles" | "sessions") => {
  const spec: CollectionSpec = COLLECTIONS[name];
  return glob({
    base: `./src/content/${spec.path}`,
    pattern: "*.{md,mdx}",
    retainBody: spec.retainBody ?? false,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ""),
  });
};

/**
 * A YAML list file whose order matters: each item keeps its position in the file
 * (`filePosition`, see src/lib/content/file-order.ts), since the data store sorts by id.
 */
const yamlList = (name: "departments" | "pillars" | "wukanWubi" | "commitments") =>
  file(`./src/content/${COLLECTIONS[name].path}`, {
    parser: (text) => withFilePositions(yaml.load(text)) as never,
  });
const filePosition = { filePosition: z.int() };

export const collections = {
  rules: defineCollection({ loader: markdownIn("rules"), schema: COLLECTIONS.rules.schema }),
  study: defineCollection({ loader: markdownIn("study"), schema: COLLECTIONS.study.schema }),
  // Astro resolves a cover to an image it can optimize; the checker sees the path (COLLECTIONS.books).
  books: defineCollection({ loader: markdownIn("books"), schema: ({ image }) => booksSchema(image()) }),
  articles: defineCollection({ loader: markdownIn("articles"), schema: COLLECTIONS.articles.schema }),
  sessions: defineCollection({ loader: markdownIn("sessions"), schema: COLLECTIONS.sessions.schema }),
  departments: defineCollection({
    loader: yamlList("departments"),
    schema: COLLECTIONS.departments.schema.extend(filePosition),
  }),
  pillars: defineCollection({
    loader: yamlList("pillars"),
    schema: COLLECTIONS.pillars.schema.extend(filePosition),
  }),
  wukanWubi: defineCollection({
    loader: yamlList("wukanWubi"),
    schema: COLLECTIONS.wukanWubi.schema.extend(filePosition),
  }),
  commitments: defineCollection({
    loader: yamlList("commitments"),
    schema: COLLECTIONS.commitments.schema.extend(filePosition),
  }),
};
