/**
 * The project on disk, for tools that build it: its root, a throwaway copy
 * that shares node_modules, and a clean environment for `astro build`.
 */
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What a copy needs to build: sources, public files and configuration. */
// scripts/: `npm run build` is scripts/build/build.ts.
const BUILD_INPUTS = [
  "src",
  "public",
  "scripts",
  // The production build runs the 站点自查: its wording list and the deploy policy (CSP) it audits under.
  "audit",
  "deploy",
  "astro.config.mjs",
  "site.config.ts",
  "tsconfig.json",
  "package.json",
];

/** A copy of the project in a new temporary folder (named `prefix…`), sharing node_modules. */
export function copyProject(prefix = "zugong-project-"): string {
  const copy = mkdtempSync(path.join(tmpdir(), prefix));
  for (const item of BUILD_INPUTS) {
    cpSync(path.join(PROJECT_ROOT, item), path.join(copy, item), { recursive: true });
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  return copy;
}

/**
 * The environment for a child `astro build` or tool run: without what a test
 * runner sets for itself (vitest exports BASE_URL, MODE, PROD…, which Astro
 * would read as import.meta.env values), plus `extra`.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return { ...env, ...extra };
}
