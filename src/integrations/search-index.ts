/**
 * Builds the search index at the end of `astro build` (or, in `npm run build`,
 * right after it: scripts/build.ts), with Pagefind's Node API: every page with a data-pagefind-body region is tokenized for Chinese
 * (src/lib/search/document.ts) and the index is written to dist/pagefind/.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import * as pagefind from "pagefind";
import { COMMON_CHARS_FILE, commonCharacters, countCharacters } from "../lib/search/common-chars.ts";
import { INDEX_LANGUAGE, toSearchDocument } from "../lib/search/document.ts";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** /rules/x/ for dist/rules/x/index.html: Pagefind adds the base path in the browser. */
function pageUrl(dist: string, file: string): string {
  const relative = path.relative(dist, file).split(path.sep).join("/");
  return `/${relative.replace(/(^|\/)index\.html$/, "$1")}`;
}

export async function buildSearchIndex(
  dist: string,
  logger?: Pick<AstroIntegrationLogger, "info">,
): Promise<number> {
  const started = performance.now();
  // Smaller index chunks (Pagefind's default is 20000 word positions): a query loads the chunks
  // holding its characters, and less of other characters with them (measured: about 12% fewer bytes).
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] ??= "5000";
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join("; ")}`);
  try {
    let pages = 0;
    const characterCounts = new Map<string, number>();
    const files = await htmlFiles(dist);
    // One file at a time, in sorted order: Pagefind numbers pages in the order they arrive, so
    // parallel adds made the index differ from build to build (measured: no slower on 900 pages).
    for (const file of files) {
      const document = toSearchDocument(await readFile(file, "utf8"));
      if (!document) continue;
      countCharacters(document, characterCounts);
      const result = await index.addHTMLFile({ url: pageUrl(dist, file), content: document });
      if (result.errors.length) throw new Error(`${file}: ${result.errors.join("; ")}`);
      pages++;
    }
    const outputPath = path.join(dist, "pagefind");
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    await writeFile(
      path.join(outputPath, COMMON_CHARS_FILE),
      JSON.stringify(commonCharacters(characterCounts)),
    );
    // Pagefind also writes its ready-made UIs; the portal has its own, so they are not published.
    for (const name of await readdir(outputPath)) {
      if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name))
        await rm(path.join(outputPath, name));
    }
    logger?.info(`搜索索引：${pages} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: "zugong:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        // `npm run build` (scripts/build.ts) indexes after Astro's process has ended and freed its
        // memory; a plain `astro build` indexes here.
        if (process.env["ZUGONG_SEARCH_INDEX"] === "after-build") return;
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
