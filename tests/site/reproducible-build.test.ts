/**
 * Two clean builds of the same sources produce byte-identical sites, even
 * from checkouts in different folders: no timestamps, random ids or
 * unordered output (the search index included).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv } from "../../scripts/common/project.ts";
import { copyProject, PROJECT_ROOT } from "../helpers/build-site.ts";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/**
 * `astro build` of `root` into a new folder. Both builds read the history of
 * this repository (GIT_DIR, read-only) for the 最后更新 dates, and the same
 * build date, as a CI job would from SOURCE_DATE_EPOCH.
 */
function build(root: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), "zugong-repro-dist-"));
  folders.push(outDir);
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
    {
      cwd: root,
      encoding: "utf8",
      timeout: 240_000,
      env: cleanEnv({
        SITE_BASE: "/portal/",
        SOURCE_DATE_EPOCH: "1772323200", // 2026-03-01 00:00 UTC
        GIT_DIR: path.join(PROJECT_ROOT, ".git"),
        GIT_WORK_TREE: root,
        FORCE_COLOR: "0",
        NO_COLOR: "1",
        ASTRO_TELEMETRY_DISABLED: "1",
      }),
    },
  );
  if (result.status !== 0)
    throw new Error(`astro build of ${root} failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Files only in one build, and files whose bytes differ. */
function differences(a: string, b: string): string[] {
  const inA = files(a);
  const inB = new Set(files(b));
  const report: string[] = [];
  for (const file of inA) {
    if (!inB.has(file)) report.push(`only in the first build: ${file}`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
      report.push(`differs: ${file}`);
    inB.delete(file);
  }
  for (const file of inB) report.push(`only in the second build: ${file}`);
  return report;
}

describe("reproducible builds", () => {
  it("builds the same bytes twice, from the project and from a copy in another folder", () => {
    const copy = copyProject("zugong-repro-");
    folders.push(copy);
    const first = build(PROJECT_ROOT);
    const second = build(copy);
    expect(files(first).length).toBeGreaterThan(50);
    expect(files(first).some((f) => f.endsWith(".pf_index"))).toBe(true);
    // The calendar feed and every session's file (stable UIDs, no build-time stamp) are among them.
    expect(files(first)).toContain("sessions.ics");
    expect(files(first).filter((f) => f.endsWith(".ics")).length).toBeGreaterThan(10);
    expect(differences(first, second)).toEqual([]);
  });
});
