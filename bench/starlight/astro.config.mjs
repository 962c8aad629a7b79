// Stock Starlight (its docs theme, sidebar of every page and built-in Pagefind search) for the
// build comparison; scripts/bench/lib/starlight.ts copies this next to its own node_modules.
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";

export default defineConfig({
  integrations: [
    starlight({
      title: "组工学习门户（Starlight 对照）",
      defaultLocale: "root",
      locales: { root: { label: "简体中文", lang: "zh-CN" } },
    }),
  ],
});
