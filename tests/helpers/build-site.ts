/** Runs the real `astro build` of this project (or a copy of it) into a folder of the test's choosing. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { cleanEnv, PROJECT_ROOT } from "../../scripts/common/project.ts";

export { copyProject, PROJECT_ROOT } from "../../scripts/common/project.ts";

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(options: {
  root?: string;
  outDir: string;
  base?: string;
  env?: Record<string, string>;
}): BuildResult {
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
    env: cleanEnv({
      SITE_BASE: options.base ?? "",
      FORCE_COLOR: "0",
      NO_COLOR: "1",
      ASTRO_TELEMETRY_DISABLED: "1",
      ...options.env,
    }),
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
