/**
 * Figures of one benchmarked build and the table `npm run bench` prints.
 * Pure functions, so the arithmetic and the layout are unit-tested.
 */
import { cpuAt, type Measured } from "./process.ts";
import type { PageWeight } from "./weight.ts";

export interface BuildFigures {
  wall_ms: number;
  cpu_ms: number;
  peak_rss_mb: number;
  /** Processes in the tree when its memory peaked (Node, Pagefind, esbuild …). */
  peak_processes: number;
  /** HTML pages written. */
  pages: number;
  ms_per_page: number;
  /** Wall time without the search index step (the whole build for sites without one). */
  page_build_ms: number;
  /** CPU of the tree until the search index step began (all of it for sites without one). */
  page_build_cpu_ms: number;
  /** The search index step as the integration logs it; 0 when the site has none. */
  index_ms: number;
  dist_bytes: number;
  search_index_bytes: number;
}

const MB = 1024 * 1024;
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The search integration's log line: 搜索索引：N 个页面[，分 K 个分片]，用时 X 秒. */
export function indexSeconds(output: string): number | undefined {
  const match = /搜索索引：\d+ 个页面(?:，分 \d+ 个分片)?，用时 ([\d.]+) 秒/.exec(output);
  return match ? Number(match[1]) : undefined;
}

export function buildFigures(
  run: Measured,
  sizes: { pages: number; distBytes: number; searchIndexBytes: number; indexMs?: number | undefined },
): BuildFigures {
  const indexMs = sizes.indexMs ?? 0;
  return {
    wall_ms: round(run.wallMs),
    cpu_ms: round(run.cpuMs),
    peak_rss_mb: round(run.peakRssBytes / MB),
    peak_processes: run.peakProcesses,
    pages: sizes.pages,
    ms_per_page: round(sizes.pages > 0 ? run.wallMs / sizes.pages : 0, 2),
    page_build_ms: round(run.wallMs - indexMs),
    page_build_cpu_ms: round(indexMs > 0 ? cpuAt(run.cpuTimeline, run.wallMs - indexMs) : run.cpuMs),
    index_ms: round(indexMs),
    dist_bytes: sizes.distBytes,
    search_index_bytes: sizes.searchIndexBytes,
  };
}

/** Our page-build time ÷ the floor's (same documents, same run). */
export const overheadVsFloor = (ours: BuildFigures, floor: BuildFigures): number =>
  round(ours.page_build_ms / floor.page_build_ms, 3);

/** The same on CPU time, which other work on a shared machine disturbs much less than wall time. */
export const cpuOverheadVsFloor = (ours: BuildFigures, floor: BuildFigures): number =>
  round(ours.page_build_cpu_ms / floor.page_build_cpu_ms, 3);

export interface SizeResult {
  label: string;
  copies: number;
  docs: number;
  ours: BuildFigures;
  floor: BuildFigures;
  page_weight: PageWeight;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mbOf = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const pair = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;

/** A Markdown table: one column per build (each size's portal and floor, then Starlight). */
export function formatTable(results: readonly SizeResult[], starlight?: BuildFigures): string {
  const columns: Array<{ name: string; figures: BuildFigures }> = [];
  for (const r of results) {
    columns.push({ name: `${r.label} 本站 portal（${r.docs} 篇）`, figures: r.ours });
    columns.push({ name: `${r.label} 地板 floor`, figures: r.floor });
  }
  if (starlight) columns.push({ name: "Starlight（1×）", figures: starlight });
  const rows: Array<[string, (f: BuildFigures) => string]> = [
    ["整站构建 wall", (f) => seconds(f.wall_ms)],
    ["CPU user+sys", (f) => seconds(f.cpu_ms)],
    ["生成页面 page build", (f) => seconds(f.page_build_ms)],
    ["生成页面 CPU", (f) => seconds(f.page_build_cpu_ms)],
    ["搜索索引 search index", (f) => (f.index_ms ? seconds(f.index_ms) : "—")],
    ["峰值内存 peak RSS (tree)", (f) => `${f.peak_rss_mb} MB（${f.peak_processes} 个进程）`],
    ["页面数 pages", (f) => String(f.pages)],
    ["每页 ms/page", (f) => f.ms_per_page.toFixed(2)],
    ["dist/", (f) => mbOf(f.dist_bytes)],
    ["搜索索引大小 index bytes", (f) => (f.search_index_bytes ? mbOf(f.search_index_bytes) : "—")],
  ];
  const lines = [
    `| 指标 | ${columns.map((c) => c.name).join(" | ")} |`,
    `| --- | ${columns.map(() => "---").join(" | ")} |`,
    ...rows.map(([name, cell]) => `| ${name} | ${columns.map((c) => cell(c.figures)).join(" | ")} |`),
  ];
  lines.push("", "| 中位规章页（首屏前，raw / gzip） | " + results.map((r) => r.label).join(" | ") + " |");
  lines.push(`| --- | ${results.map(() => "---").join(" | ")} |`);
  const weightRows: Array<[string, (w: PageWeight) => string]> = [
    ["页面 page", (w) => w.page],
    ["HTML（含内联）", (w) => pair(w.html)],
    ["CSS（外部 + 内联）", (w) => pair(w.css)],
    ["JS（外部 + 内联）", (w) => pair(w.js)],
    ["其他 other", (w) => pair(w.other)],
    ["合计 total", (w) => pair(w.total)],
    ["请求数 requests（外部）", (w) => `${w.requests}（${w.external}）`],
  ];
  for (const [name, cell] of weightRows)
    lines.push(`| ${name} | ${results.map((r) => cell(r.page_weight)).join(" | ")} |`);
  const first = results[0];
  if (first) {
    lines.push("");
    for (const r of results)
      lines.push(
        `${r.label}: overhead_vs_floor = ${overheadVsFloor(r.ours, r.floor)}（CPU：${cpuOverheadVsFloor(r.ours, r.floor)}）`,
      );
    const last = results[results.length - 1] as SizeResult;
    if (last !== first)
      lines.push(
        `ms/page ${last.label} ÷ ${first.label} = ${(last.ours.ms_per_page / first.ours.ms_per_page).toFixed(3)}`,
      );
    if (starlight)
      lines.push(
        `整站构建 ÷ Starlight = ${(first.ours.wall_ms / starlight.wall_ms).toFixed(3)}（CPU：${(first.ours.cpu_ms / starlight.cpu_ms).toFixed(3)}）`,
      );
  }
  return lines.join("\n");
}
