/** Runs the real `astro build` of this project (or a copy of it) into a folder of the test's choosing. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(options: { root?: string; outDir: string; base?: string }): BuildResult {
  const root = options.root ?? PROJECT_ROOT;
  const args = [
    path.join(root, "node_modules", "astro", "bin", "astro.mjs"),
    "build",
    "--outDir",
    options.outDir,
  ];
  // process.execPath is the project's pinned Node, which runs the tests.
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    // SITE_BASE is how a host builds for a sub-path (see README), so the tests use it too.
    env: {
      ...buildEnv(),
      SITE_BASE: options.base ?? "",
      FORCE_COLOR: "0",
      NO_COLOR: "1",
      ASTRO_TELEMETRY_DISABLED: "1",
    },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A throwaway copy of the project sharing node_modules, for builds with deliberately broken content. */
export function copyProject(): string {
  const copy = mkdtempSync(path.join(tmpdir(), "zugong-project-"));
  for (const item of [
    "src",
    "public",
    "astro.config.mjs",
    "site.config.ts",
    "tsconfig.json",
    "package.json",
  ]) {
    cpSync(path.join(PROJECT_ROOT, item), path.join(copy, item), { recursive: true });
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  return copy;
}

/**
 * The environment without what the test runner sets for itself: vitest exports
 * BASE_URL, MODE, PROD… and Astro would read them as import.meta.env values.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return env;
}
