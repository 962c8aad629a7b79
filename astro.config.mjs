// @ts-check
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import site from "./site.config.ts";
import contentGuard from "./src/integrations/content-guard.ts";
import remarkRegulation from "./src/lib/markdown/remark-regulation.ts";

// SITE_BASE / SITE_URL let a host build for another path or address without editing site.config.ts.
const base = process.env.SITE_BASE || site.base;
const url = process.env.SITE_URL || site.url;

export default defineConfig({
  site: url,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  // Nothing is fetched from another origin and no telemetry-like dev toolbar ships.
  devToolbar: { enabled: false },
  integrations: [contentGuard(), mdx()],
  markdown: {
    processor: unified({
      // remark-gfm: tables, footnotes, task lists, strikethrough, autolinks.
      gfm: true,
      // SmartyPants would turn ASCII quotes and dashes into English typography; Chinese text uses its own.
      smartypants: false,
      remarkPlugins: [[remarkRegulation, { folders: ["src/content/rules", "src/content/study"] }]],
      remarkRehype: { footnoteLabel: "注释", footnoteBackLabel: "返回正文" },
    }),
  },
});
