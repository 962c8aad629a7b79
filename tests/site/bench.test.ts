import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, PROJECT_ROOT } from "../../scripts/common/project.ts";

const corpus = path.join(PROJECT_ROOT, "..", "shared", "corpus", "laws");

describe("npm run bench --quick", () => {
  // Proves the benchmark works end to end on a small sample; the figures are not timed thresholds.
  it("builds the portal and the floor at two sizes, sizes the median rule page and reports JSON", () => {
    expect(existsSync(corpus), `需要 ${corpus}`).toBe(true);
    const result = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, "scripts/bench/bench.ts"), "--quick", "--json"],
      { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 400_000, env: cleanEnv() },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("| 整站构建 wall |");
    const figures = JSON.parse(result.stdout.trim().split("\n").pop() as string);

    expect(figures.quick).toBe(true);
    expect(figures.overhead_vs_floor).toBeGreaterThan(0);
    expect(figures.ms_per_page_ratio).toBeGreaterThan(0);
    expect(figures.starlight).toBeNull();
    expect(Object.keys(figures.sizes)).toEqual(["1x", "2x"]);
    for (const key of Object.keys(figures.sizes)) {
      const size = figures.sizes[key];
      expect(size.ms_per_page).toBeGreaterThan(0);
      expect(size.peak_rss_mb).toBe(size.ours.peak_rss_mb);
      // Astro plus Pagefind: at least two processes, and memory in the hundreds of MB, not bytes.
      expect(size.ours.peak_processes).toBeGreaterThanOrEqual(2);
      expect(size.ours.peak_rss_mb).toBeGreaterThan(100);
      expect(size.ours.cpu_ms).toBeGreaterThan(0);
      // The portal indexes its pages; the floor has no search.
      expect(size.ours.index_ms).toBeGreaterThan(0);
      expect(size.ours.search_index_bytes).toBeGreaterThan(0);
      expect(size.floor.search_index_bytes).toBe(0);
      expect(size.ours.page_build_ms + size.ours.index_ms).toBeCloseTo(size.ours.wall_ms, -1);
      // Every document is a page in both sites; the portal adds lists, home, search and so on.
      expect(size.floor.pages).toBe(size.docs);
      expect(size.ours.pages).toBeGreaterThan(size.docs);
      // The median rule page is a real page with its stylesheet, and nothing from another origin.
      const weight = size.page_weight;
      expect(weight.page).toMatch(/^\/rules\/law-\d{5}\/$/);
      expect(weight.html.raw).toBeGreaterThan(1000);
      expect(weight.html.gzip).toBeLessThan(weight.html.raw);
      expect(weight.css.raw).toBeGreaterThan(0);
      expect(weight.requests).toBeGreaterThanOrEqual(2);
      expect(weight.external).toBe(0);
      expect(weight.total.raw).toBeGreaterThanOrEqual(weight.html.raw);
    }
    expect(figures.sizes["2x"].docs).toBe(2 * figures.sizes["1x"].docs);
  }, 420_000);
});
