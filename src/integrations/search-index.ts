/**
 * Builds the search index at the end of `astro build` (or, in `npm run build`,
 * right after it: scripts/build/build.ts), with Pagefind's Node API: every page with
 * a data-pagefind-body region is tokenized for Chinese (src/lib/search/document.ts)
 * and the index is written to dist/pagefind/ — split into shards, each written
 * by its own Pagefind process, when the site is large (src/lib/search/shards.ts).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import * as OpenCC from "opencc-js/t2cn";
import * as pagefind from "pagefind";
import { countTokens, frequentTokens } from "../lib/search/common-chars.ts";
import { isSearchable, pageSortDate, toSearchDocument } from "../lib/search/document.ts";
import { INDEX_LANGUAGE } from "../lib/search/tokenize.ts";
import { traditionalMap, type TraditionalMap } from "../lib/search/traditional.ts";
import { paths } from "../lib/site/routes.ts";
import { bundleUrlOf, startupFiles, withStartupPreloads, type PagefindEntry } from "../lib/search/preload.ts";
import {
  MAX_SHARD_PAGES,
  planShards,
  SEARCH_MANIFEST_FILE,
  shardFolder,
  type SearchManifest,
  type ShardablePage,
} from "../lib/search/shards.ts";

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

interface Page extends ShardablePage {
  file: string;
}

/** Pages that have a searchable region, with their sort dates, in file order. */
async function searchablePages(dist: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, "utf8");
    if (isSearchable(html)) pages.push({ file, url: pageUrl(dist, file), date: pageSortDate(html) });
  }
  return pages;
}

/**
 * Writes one Pagefind index of `pages` to `outputPath` with a Pagefind process
 * of its own, which ends afterwards and gives its memory back.
 */
async function writeShard(
  pages: readonly Page[],
  outputPath: string,
  primary: boolean,
  counts: Map<string, number>,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join("; ")}`);
  try {
    // One page at a time, in order: Pagefind numbers pages in the order they arrive, so parallel
    // adds made the index differ from build to build. The next page is read and tokenized here
    // while Pagefind parses the previous ones (a few in flight), so both cores work.
    let queue: Promise<void> = Promise.resolve();
    const inFlight: Array<Promise<void>> = [];
    for (const page of pages) {
      const document = toSearchDocument(await readFile(page.file, "utf8"));
      if (!document) throw new Error(`${page.file}: 没有可索引的正文`);
      countTokens(document, counts);
      queue = queue.then(async () => {
        const result = await index.addHTMLFile({ url: page.url, content: document });
        if (result.errors.length) throw new Error(`${page.file}: ${result.errors.join("; ")}`);
      });
      // Awaited below, perhaps after a later add has failed; this only keeps Node from calling it unhandled.
      queue.catch(() => {});
      inFlight.push(queue);
      if (inFlight.length >= 8) await inFlight.shift();
    }
    await queue;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join("; "));
  } finally {
    await pagefind.close();
  }
  // Pagefind also writes its ready-made UIs; the portal has its own, so they are not published.
  // The search script, its worker and its WebAssembly are loaded from the first shard only; the
  // search page merges the others into it.
  const unused = primary ? UNUSED_FILES : [...UNUSED_FILES, /^pagefind(-worker)?\.js$/, /^wasm\./];
  for (const name of await readdir(outputPath))
    if (unused.some((pattern) => pattern.test(name))) await rm(path.join(outputPath, name));
}

const UNUSED_FILES = [/^pagefind-(component-ui|modular-ui|ui|highlight)\./];

/**
 * The Traditional → Simplified map for queries (src/lib/search/traditional.ts), kept to the Han
 * characters of the index, from OpenCC's Taiwan and Traditional dictionaries (readers type with a
 * Taiwan or Hong Kong input method, or paste), phrases included.
 */
export function queryTraditionalMap(indexChars: ReadonlySet<string>): TraditionalMap {
  const keys: string[] = [];
  for (const group of [...(OpenCC.Locale.from["tw"] ?? []), ...(OpenCC.Locale.to["cn"] ?? [])])
    for (const dict of group)
      if (typeof dict === "string") for (const entry of dict.split("|")) keys.push(entry.split(" ")[0] ?? "");
      else for (const [key] of dict) keys.push(key);
  return traditionalMap(keys, OpenCC.Converter({ from: "tw", to: "cn" }), indexChars);
}

/** Pages per index shard: SEARCH_SHARD_PAGES lowers it for a build machine with little memory. */
function shardPages(): number {
  const setting = process.env["SEARCH_SHARD_PAGES"];
  if (!setting) return MAX_SHARD_PAGES;
  const pages = Number(setting);
  if (!Number.isInteger(pages) || pages < 1)
    throw new Error(`环境变量 SEARCH_SHARD_PAGES 应为正整数（每个索引分片最多的页面数），现在是“${setting}”`);
  return pages;
}

export async function buildSearchIndex(
  dist: string,
  logger?: Pick<AstroIntegrationLogger, "info">,
): Promise<number> {
  const started = performance.now();
  // Smaller index chunks (Pagefind's default is 20000 word positions): a query loads the chunks
  // holding its characters, and less of other characters with them (measured: about 12% fewer bytes).
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] ??= "5000";
  const pages = await searchablePages(dist);
  const shards = planShards(pages, shardPages());
  const bundle = path.join(dist, "pagefind");
  const counts = new Map<string, number>();
  for (const [i, shard] of shards.entries())
    await writeShard(shard, path.join(bundle, shardFolder(i)), i === 0, counts);
  // Each shard's entry file, read once: it names everything else in that index by its hash.
  const written = await Promise.all(
    shards.map(async (_, i) => {
      const folder = shardFolder(i);
      const text = await readFile(path.join(bundle, folder, "pagefind-entry.json"), "utf8");
      return { folder, text, entry: JSON.parse(text) as PagefindEntry };
    }),
  );
  const manifest: SearchManifest = {
    frequent: frequentTokens(counts),
    // The index's characters: those of its tokens (characters and fused pairs).
    traditional: queryTraditionalMap(new Set([...counts.keys()].flatMap((token) => [...token]))),
    shards: written.map(({ folder }) => folder),
    tag: createHash("sha256")
      .update(written.map(({ text }) => text).join("\n"))
      .digest("hex")
      .slice(0, 12),
  };
  await writeFile(path.join(bundle, SEARCH_MANIFEST_FILE), JSON.stringify(manifest));
  await preloadOnSearchPage(dist, written, manifest.tag);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const split = shards.length > 1 ? `，分 ${shards.length} 个分片` : "";
  logger?.info(`搜索索引：${pages.length} 个页面${split}，用时 ${seconds} 秒`);
  return pages.length;
}

/** Lists the index's startup files in the search page's head (src/lib/search/preload.ts). */
async function preloadOnSearchPage(
  dist: string,
  shards: ReadonlyArray<{ folder: string; entry: PagefindEntry }>,
  tag: string,
): Promise<void> {
  const file = path.join(dist, ...paths.search().split("/").filter(Boolean), "index.html");
  if (!existsSync(file)) return;
  const html = await readFile(file, "utf8");
  const bundleUrl = bundleUrlOf(html);
  if (!bundleUrl) throw new Error(`${file}: 搜索页里没有 <zg-search data-bundle>`);
  await writeFile(file, withStartupPreloads(html, bundleUrl, startupFiles(shards, INDEX_LANGUAGE, tag)));
}

export default function searchIndex(): AstroIntegration {
  return {
    name: "zugong:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        // `npm run build` (scripts/build/build.ts) indexes after Astro's process has ended and freed its
        // memory; a plain `astro build` indexes here.
        if (process.env["ZUGONG_SEARCH_INDEX"] === "after-build") return;
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
