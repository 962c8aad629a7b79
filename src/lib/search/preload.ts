/**
 * The search page starts Pagefind as it loads, and Pagefind fetches its
 * files one after another: pagefind.js, then each shard's entry file, then
 * that shard's metadata (and, for the first, the WebAssembly), one shard
 * after the other. The build knows all of their names once the index is
 * written, so it lists them in the search page for the browser to fetch at
 * once, while the page itself loads (measured in BENCHMARKS.md).
 */
import { SEARCH_MANIFEST_FILE } from "./shards.ts";

/** What the build reads of a shard's pagefind-entry.json. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null } | undefined>;
}

/**
 * The files the search engine fetches before its first search, relative to
 * the bundle, in the order it uses them. `tag` is the index's metaCacheTag:
 * Pagefind adds it to the entry file's URL (else the time, which no page
 * could know beforehand).
 */
export function startupFiles(
  shards: ReadonlyArray<{ folder: string; entry: PagefindEntry }>,
  language: string,
  tag: string,
): string[] {
  const files = [SEARCH_MANIFEST_FILE];
  for (const [i, { folder, entry }] of shards.entries()) {
    const index = entry.languages[language];
    if (!index) throw new Error(`搜索索引分片“${folder || "/"}”里没有语言“${language}”的索引`);
    files.push(
      `${folder}pagefind-entry.json?ts=${encodeURIComponent(tag)}`,
      `${folder}pagefind.${index.hash}.pf_meta`,
    );
    // The WebAssembly comes from the first shard only; the others are merged into it.
    if (i === 0) files.push(`wasm.${index.wasm ?? "unknown"}.pagefind`);
  }
  return files;
}

/** The search page's bundle URL (with the site's base path), from its <zg-search data-bundle>. */
export function bundleUrlOf(html: string): string | undefined {
  return /<zg-search\b[^>]*\bdata-bundle="([^"]+)"/.exec(html)?.[1];
}

/**
 * `html` with the engine's script and `files` (relative to `bundleUrl`)
 * requested from its head. Fetched as Pagefind fetches them (CORS mode, same-
 * origin credentials), so its own requests are answered from these.
 */
export function withStartupPreloads(html: string, bundleUrl: string, files: readonly string[]): string {
  const links = [
    `<link rel="modulepreload" href="${bundleUrl}pagefind.js">`,
    ...files.map((file) => `<link rel="preload" href="${bundleUrl}${file}" as="fetch" crossorigin>`),
  ].join("");
  if (!html.includes("</head>")) throw new Error("搜索页没有 </head>，无法加入预加载");
  return html.replace("</head>", () => `${links}</head>`);
}
