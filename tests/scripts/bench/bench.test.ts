import { describe, expect, it } from "vitest";
import {
  cpuAt,
  parseGnuTime,
  parseProcStat,
  processTree,
  type ProcStat,
} from "../../../scripts/bench/lib/process.ts";
import {
  buildFigures,
  cpuOverheadVsFloor,
  formatTable,
  indexSeconds,
  overheadVsFloor,
  type SizeResult,
} from "../../../scripts/bench/lib/report.ts";
import {
  inlineAssets,
  kindOf,
  medianBySize,
  sizeOf,
  type PageWeight,
} from "../../../scripts/bench/lib/weight.ts";

// A real /proc/<pid>/stat line, with a command name that contains a space and parentheses.
const STAT =
  "4242 (pagefind (ext)) S 4000 4242 4000 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 9 0 123456 5000000 51200 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

describe("bench-process", () => {
  it("reads pid, parent, command, CPU ticks and resident memory from /proc/<pid>/stat", () => {
    expect(parseProcStat(STAT)).toEqual({
      pid: 4242,
      name: "pagefind (ext)",
      ppid: 4000,
      start: 123456,
      cpuTicks: 325,
      rssBytes: 51200 * 4096,
    });
    expect(parseProcStat("garbage")).toBeUndefined();
  });

  it("finds a process and all its descendants, not its siblings", () => {
    const p = (pid: number, ppid: number): ProcStat => ({
      pid,
      ppid,
      name: "x",
      start: 0,
      cpuTicks: 0,
      rssBytes: 1,
    });
    const table = [p(1, 0), p(10, 1), p(11, 10), p(12, 11), p(20, 1), p(13, 10)];
    expect(
      processTree(table, 10)
        .map((x) => x.pid)
        .sort(),
    ).toEqual([10, 11, 12, 13]);
    expect(processTree(table, 99)).toEqual([]);
  });

  it("gives the CPU spent up to a moment from the samples", () => {
    const timeline: Array<[number, number]> = [
      [0, 0],
      [100, 80],
      [200, 150],
    ];
    expect(cpuAt(timeline, 150)).toBe(80);
    expect(cpuAt(timeline, 200)).toBe(150);
    expect(cpuAt(timeline, 5000)).toBe(150);
  });

  it("reads user and system time from GNU time's output, after any status line", () => {
    expect(parseGnuTime("Command exited with non-zero status 1\n12.50 20.25 3.75 812345\n")).toEqual({
      userMs: 20250,
      sysMs: 3750,
    });
    expect(parseGnuTime("")).toBeUndefined();
  });
});

describe("bench-weight", () => {
  it("sizes content raw and gzipped", () => {
    const text = "第一条 ".repeat(200);
    const size = sizeOf(text);
    expect(size.raw).toBe(Buffer.byteLength(text));
    expect(size.gzip).toBeGreaterThan(0);
    expect(size.gzip).toBeLessThan(size.raw);
  });

  it("classifies loaded files by type", () => {
    expect(kindOf("/x/index.html")).toBe("html");
    expect(kindOf("/_astro/a.CSS")).toBe("css");
    expect(kindOf("/_astro/b.js")).toBe("js");
    expect(kindOf("/favicon.svg")).toBe("other");
  });

  it("counts inline style and script text, not JSON data or external scripts", () => {
    const inline = inlineAssets(
      `<style>p{color:red}</style><script>let a=1</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>`,
    );
    expect(inline.css.raw).toBe("p{color:red}".length);
    expect(inline.js.raw).toBe("let a=1".length);
    expect(inlineAssets("<p>无</p>")).toEqual({ css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } });
  });

  it("picks the median item by size (the lower middle for an even count)", () => {
    expect(medianBySize([{ size: 5 }, { size: 1 }, { size: 3 }])).toEqual({ size: 3 });
    expect(medianBySize([{ size: 4 }, { size: 1 }, { size: 3 }, { size: 2 }])).toEqual({ size: 2 });
    expect(medianBySize([])).toBeUndefined();
  });
});

describe("bench-report", () => {
  const measured = (wallMs: number) => ({
    wallMs,
    cpuMs: wallMs * 1.5,
    peakRssBytes: 1536 * 2 ** 20,
    peakProcesses: 3,
    peakRssMbByName: {},
    cpuTimeline: [
      [0, 0],
      [wallMs / 2, wallMs / 2],
      [wallMs, wallMs * 1.5],
    ] as Array<[number, number]>,
    output: "",
  });

  it("takes the search index step out of the page-build time and computes per-page cost", () => {
    const figures = buildFigures(measured(30_000), {
      pages: 1500,
      distBytes: 100,
      searchIndexBytes: 40,
      indexMs: 12_000,
    });
    expect(figures).toMatchObject({
      wall_ms: 30_000,
      cpu_ms: 45_000,
      peak_rss_mb: 1536,
      page_build_ms: 18_000,
      // The CPU sampled at 15 s, the last sample before the index began at 18 s.
      page_build_cpu_ms: 15_000,
      index_ms: 12_000,
      ms_per_page: 20,
    });
    const floor = buildFigures(measured(15_000), { pages: 1500, distBytes: 50, searchIndexBytes: 0 });
    expect(floor.page_build_ms).toBe(15_000);
    expect(overheadVsFloor(figures, floor)).toBe(1.2);
    expect(cpuOverheadVsFloor(figures, floor)).toBe(0.667);
  });

  it("reads the index time from the search integration's log line", () => {
    expect(indexSeconds("12:00:01 [zugong:search-index] 搜索索引：1532 个页面，用时 45.8 秒")).toBe(45.8);
    expect(indexSeconds("搜索索引：6078 个页面，分 3 个分片，用时 61.2 秒")).toBe(61.2);
    expect(indexSeconds("no index here")).toBeUndefined();
  });

  it("prints one column per build and the ratios", () => {
    const weight: PageWeight = {
      page: "/rules/law-00002/",
      requests: 4,
      files: ["/rules/law-00002/", "/_astro/a.css"],
      external: 0,
      html: { raw: 20_000, gzip: 6_000 },
      css: { raw: 12_000, gzip: 3_000 },
      js: { raw: 0, gzip: 0 },
      other: { raw: 200, gzip: 150 },
      total: { raw: 32_200, gzip: 9_150 },
    };
    const ours = buildFigures(measured(20_000), {
      pages: 100,
      distBytes: 1,
      searchIndexBytes: 1,
      indexMs: 5_000,
    });
    const floor = buildFigures(measured(10_000), { pages: 100, distBytes: 1, searchIndexBytes: 0 });
    const result: SizeResult = { label: "1×", copies: 1, docs: 100, ours, floor, page_weight: weight };
    const table = formatTable([result], floor);
    expect(table).toContain("| 整站构建 wall | 20.0 s | 10.0 s | 10.0 s |");
    expect(table).toContain("| 合计 total | 31.4 KB / 8.9 KB |");
    expect(table).toContain("1×: overhead_vs_floor = 1.5");
    expect(table).toContain("整站构建 ÷ Starlight = 2.000");
  });
});
