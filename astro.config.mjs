// @ts-check
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import site from "./site.config.ts";
import contentGuard from "./src/integrations/content-guard.ts";
import searchIndex from "./src/integrations/search-index.ts";
import { markdownOptions } from "./src/lib/markdown/options.ts";

// SITE_BASE / SITE_URL let a host build for another path or address without editing site.config.ts.
const base = process.env.SITE_BASE || site.base;
const url = process.env.SITE_URL || site.url;

export default defineConfig({
  site: url,
  base,
  trailingSlash: "always",
  // Astro's cache (rendered Markdown, optimised images) stays with the project rather than in
  // node_modules, so copies that share node_modules (benchmarks, tests) each build from clean.
  cacheDir: "./.astro/cache",
  // No inline <style>: the strict CSP (style-src 'self') allows only stylesheets from the site itself…
  build: { format: "directory", inlineStylesheets: "never" },
  // …and no inline <script> either: Astro inlines small scripts below this limit, so there is none.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Nothing is fetched from another origin and no telemetry-like dev toolbar ships.
  devToolbar: { enabled: false },
  // Lets the Astro VS Code extension complete and check front matter from the schemas (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
  integrations: [contentGuard(), mdx(), searchIndex()],
  markdown: {
    processor: unified(markdownOptions),
    // Shiki colours code with inline styles, which the strict CSP (style-src 'self') blocks; code blocks
    // are rare here and read fine in plain monospace.
    syntaxHighlight: false,
  },
});
