/** The benchmark writes the documents into src/content/rules of a temporary copy (see scripts/common/corpus-site.ts). */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

export const collections = {
  rules: defineCollection({
    loader: glob({ base: "./src/content/rules", pattern: "*.md" }),
    schema: z.object({ title: z.string() }),
  }),
};
