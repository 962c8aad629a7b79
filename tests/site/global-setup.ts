/**
 * Builds the real site twice before the site tests: at the root and under
 * /portal/, into temporary folders that the tests read through `inject`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../helpers/build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    rootDist: string;
    portalDist: string;
  }
}

export default function setup(project: TestProject) {
  const folder = mkdtempSync(path.join(tmpdir(), "zugong-dist-"));
  const builds = { rootDist: { base: "/" }, portalDist: { base: "/portal/" } } as const;
  for (const [key, { base }] of Object.entries(builds)) {
    const outDir = path.join(folder, key);
    const result = buildSite({ outDir, base });
    if (result.status !== 0) throw new Error(`astro build (base ${base}) failed:\n${result.output}`);
    project.provide(key as keyof typeof builds, outDir);
  }
  return () => rmSync(folder, { recursive: true, force: true });
}
