// @ts-check
// The floor of the build benchmark: bare Astro with the portal's Markdown
// processor and plugins, and nothing else (no search, no components, no MDX).
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { markdownOptions } from "../../src/lib/markdown/options.ts";

export default defineConfig({
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  markdown: { processor: unified(markdownOptions) },
});
