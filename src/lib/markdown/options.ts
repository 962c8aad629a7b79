/**
 * The Markdown pipeline of the whole site (unified, not Astro 7's default
 * Sätteri, because Sätteri runs no remark plugins). astro.config.mjs passes
 * these options to `unified()`; tests render with the very same options.
 */
import type { UnifiedProcessorOptions } from "@astrojs/markdown-remark";
import rehypeGfmAccessible from "./rehype-gfm-accessible.ts";
import rehypeSanitizeContent from "./rehype-sanitize-content.ts";
import rehypeTableScroll from "./rehype-table-scroll.ts";
import remarkRegulation from "./remark-regulation.ts";

export const markdownOptions = {
  // remark-gfm: tables, footnotes, task lists, strikethrough, autolinks.
  gfm: true,
  // SmartyPants would turn ASCII quotes and dashes into English typography; Chinese text uses its own.
  smartypants: false,
  remarkPlugins: [[remarkRegulation, { folders: ["src/content/rules", "src/content/study"] }]],
  remarkRehype: { footnoteLabel: "注释", footnoteBackLabel: "返回正文" },
  // Raw HTML written by editors goes through an allow-list (sanitize-schema.ts) before anything else
  // sees it; Astro's own rehype-raw at the end of the pipeline then finds nothing left to parse.
  // Tables are wrapped, and GFM's markup made valid, after sanitizing, so what they add
  // (tabindex, role, aria-label, classes) is ours, not an editor's.
  rehypePlugins: [rehypeSanitizeContent, rehypeTableScroll, rehypeGfmAccessible],
} satisfies UnifiedProcessorOptions;
