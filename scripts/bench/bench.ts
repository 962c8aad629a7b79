/**
 * npm run bench — build time, memory and page weight at scale.
 *
 * Imports ../shared/corpus/laws as rules into a temporary copy of the portal
 * (real layouts, components and search index) at 1× and 4× (copies under new
 * ids), builds each clean, builds the same documents with the bare floor site
 * (bench/floor) in the same run, and measures each build as a process tree
 * (wall, CPU, peak memory), its output, and the median rule page's weight
 * before any interaction in headless Chromium.
 *
 *   --quick        a small sample (60 laws at 1× and 2×) so CI can prove it works
 *   --sizes 1,4    the copies to build (default 1,4)
 *   --starlight    also build the 1× documents with stock Starlight (installed under /tmp)
 *   --corpus DIR   corpus folder (default ../shared/corpus/laws)
 *   --json         print the figures as one JSON object on the last line
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  buildFigures,
  cpuOverheadVsFloor,
  formatTable,
  indexSeconds,
  overheadVsFloor,
  type BuildFigures,
  type SizeResult,
} from "./lib/report.ts";
import { createStarlightSite, ensureStarlight, starlightAstro } from "./lib/starlight.ts";
import { measurePageWeight, medianRulePage } from "./lib/weight.ts";
import { corpusDirOrExit, listCorpus, readCorpus } from "../common/corpus.ts";
import {
  buildMeasured,
  createCorpusSite,
  createFloorSite,
  npmBuildMeasured,
  PROJECT_ASTRO,
  type CorpusSite,
} from "../common/corpus-site.ts";
import { PROJECT_ROOT } from "../common/project.ts";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    sizes: { type: "string" },
    starlight: { type: "boolean", default: false },
    corpus: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

const corpusDir = corpusDirOrExit(args.corpus);
const log = (line: string) => console.error(line);
const loadAtStart = os.loadavg().map((n) => Math.round(n * 100) / 100);
const sizes = (args.sizes ?? (args.quick ? "1,2" : "1,4")).split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes 应是用逗号分开的正整数（副本数），例如 1,4；收到的是 ${args.sizes}`);
  process.exit(2);
}

// The commit checked out when the run began (a commit made during a long run does not count).
let commit = "unknown";
try {
  commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  }).trim();
} catch {
  // Not a git checkout: the figures still stand, without a commit.
}

let files = listCorpus(corpusDir);
if (args.quick) files = files.filter((_, i) => i % Math.ceil(files.length / 60) === 0);
const laws = readCorpus(corpusDir, files).filter((law) => law.body.length > 0);
log(`语料 ${laws.length} 篇；规模 ${sizes.map((n) => `${n}×`).join("、")}`);

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

function htmlPages(dist: string): number {
  return readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith(".html"),
  ).length;
}

/** Builds `site` clean, measured, and sizes its output; the caller removes the site. */
/** `astro` names the Astro to run (the floor's, Starlight's); without it, the portal's own `npm run build`. */
async function measureBuild(name: string, site: CorpusSite, astro?: string): Promise<BuildFigures> {
  const dist = path.join(site.root, "dist");
  log(`构建 ${name}……`);
  const run = astro ? await buildMeasured(site.root, dist, astro) : await npmBuildMeasured(site.root);
  const seconds = indexSeconds(run.output);
  const figures = buildFigures(run, {
    pages: htmlPages(dist),
    distBytes: folderBytes(dist),
    searchIndexBytes: folderBytes(path.join(dist, "pagefind")),
    indexMs: seconds === undefined ? undefined : seconds * 1000,
  });
  log(
    `  ${(figures.wall_ms / 1000).toFixed(1)} s，CPU ${(figures.cpu_ms / 1000).toFixed(1)} s，峰值 ${figures.peak_rss_mb} MB，${figures.pages} 页`,
  );
  return figures;
}

const results: SizeResult[] = [];
for (const copies of sizes) {
  const label = `${copies}×`;
  const ours = createCorpusSite(laws, copies);
  try {
    const oursFigures = await measureBuild(`本站 ${label}（${laws.length * copies} 篇）`, ours);
    const page = medianRulePage(path.join(ours.root, "dist"));
    if (!page) throw new Error("构建结果中没有规章页面");
    log(`  在 Chromium 中打开中位规章页 ${page}……`);
    const weight = await measurePageWeight(path.join(ours.root, "dist"), page);
    ours.remove();
    const floor = createFloorSite(laws, copies);
    try {
      const floorFigures = await measureBuild(`地板 ${label}`, floor, PROJECT_ASTRO);
      results.push({
        label,
        copies,
        docs: laws.length * copies,
        ours: oursFigures,
        floor: floorFigures,
        page_weight: weight,
      });
    } finally {
      floor.remove();
    }
  } finally {
    ours.remove();
  }
}

let starlight: BuildFigures | undefined;
if (args.starlight) {
  ensureStarlight(log);
  const site = createStarlightSite(laws);
  try {
    starlight = await measureBuild("Starlight 1×", site, starlightAstro());
    // Starlight's Pagefind step is part of its build; no separate figure.
    starlight.index_ms = 0;
    starlight.page_build_ms = starlight.wall_ms;
    starlight.page_build_cpu_ms = starlight.cpu_ms;
  } finally {
    site.remove();
  }
}

const first = results[0] as SizeResult;
const last = results[results.length - 1] as SizeResult;
const output = {
  date: new Date().toISOString(),
  commit,
  machine: {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memory_gb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load_average_at_start: loadAtStart,
  },
  quick: args.quick,
  corpus_docs: laws.length,
  overhead_vs_floor: overheadVsFloor(first.ours, first.floor),
  overhead_vs_floor_cpu: cpuOverheadVsFloor(first.ours, first.floor),
  ms_per_page_ratio: Math.round((last.ours.ms_per_page / first.ours.ms_per_page) * 1000) / 1000,
  sizes: Object.fromEntries(
    results.map((r) => [
      r.label.replace("×", "x"),
      {
        copies: r.copies,
        docs: r.docs,
        ms_per_page: r.ours.ms_per_page,
        peak_rss_mb: r.ours.peak_rss_mb,
        overhead_vs_floor: overheadVsFloor(r.ours, r.floor),
        overhead_vs_floor_cpu: cpuOverheadVsFloor(r.ours, r.floor),
        ours: r.ours,
        floor: r.floor,
        page_weight: r.page_weight,
      },
    ]),
  ),
  starlight: starlight ?? null,
  full_build_vs_starlight: starlight
    ? Math.round((first.ours.wall_ms / starlight.wall_ms) * 1000) / 1000
    : null,
  full_build_vs_starlight_cpu: starlight
    ? Math.round((first.ours.cpu_ms / starlight.cpu_ms) * 1000) / 1000
    : null,
};

console.log(formatTable(results, starlight));
if (args.json) console.log(JSON.stringify(output));
