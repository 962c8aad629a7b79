import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, PROJECT_ROOT } from "../../scripts/common/project.ts";

const corpus = path.join(PROJECT_ROOT, "..", "shared", "corpus", "laws");

describe("npm run eval:search --quick", () => {
  // CI runs with ../shared beside the project; without the corpus the script explains what is missing.
  it("builds a corpus site, runs both engines in Chromium and reports the figures as JSON", () => {
    const result = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, "scripts/eval/eval-search.ts"), "--quick", "--json"],
      {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        timeout: 300_000,
        env: cleanEnv(),
      },
    );
    expect(existsSync(corpus), `需要 ${corpus}`).toBe(true);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("| 标题查询 success@1 |");
    const figures = JSON.parse(result.stdout.trim().split("\n").pop() as string);
    for (const engine of [figures, figures.baseline]) {
      expect(Object.keys(engine)).toEqual(
        expect.arrayContaining(["title", "phrase", "zero_result_rate", "latency_ms", "first_query_kb"]),
      );
      expect(engine.latency_ms.warm_median).toBeGreaterThan(0);
      expect(engine.first_query_kb).toBeGreaterThan(0);
    }
    // Even on the small sample, titles and phrases are found.
    expect(figures.title.success_at_1).toBeGreaterThanOrEqual(0.9);
    expect(figures.phrase.recall_at_5).toBeGreaterThanOrEqual(0.9);
    expect(figures.zero_result_rate).toBeLessThanOrEqual(0.05);
  }, 360_000);
});
