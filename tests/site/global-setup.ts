/**
 * Builds the real site twice before the site tests: at the root and under
 * /portal/, into temporary folders that the tests read through `inject`. The
 * /portal/ build splits its search index into shards, as a large site's
 * build does (src/lib/search/shards.ts), so the search tests cover both.
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
  const builds = {
    rootDist: { base: "/", env: {} },
    // 58 searchable sample pages: three shards.
    portalDist: { base: "/portal/", env: { SEARCH_SHARD_PAGES: "20" } },
  } as const;
  for (const [key, { base, env }] of Object.entries(builds)) {
    const outDir = path.join(folder, key);
    const result = buildSite({ outDir, base, env });
    if (result.status !== 0) throw new Error(`astro build (base ${base}) failed:\n${result.output}`);
    project.provide(key as keyof typeof builds, outDir);
  }
  return () => rmSync(folder, { recursive: true, force: true });
}
