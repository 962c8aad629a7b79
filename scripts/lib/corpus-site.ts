/**
 * A temporary copy of the portal whose rules are the real-law corpus: the
 * real layouts, components, search index and build, on 1,500+ documents.
 * Used by the search benchmark (and the build benchmark).
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lawToRuleMarkdown, type CorpusLaw } from "./corpus.ts";
import { cleanEnv, copyProject } from "./project.ts";

export interface CorpusSite {
  root: string;
  /** Rule id → corpus file. */
  files: Map<string, string>;
  remove(): void;
}

/**
 * Copies the project (sharing node_modules) and replaces the sample rules and
 * compilation with `laws`, each `copies` times under new ids.
 */
export function createCorpusSite(laws: readonly CorpusLaw[], copies = 1): CorpusSite {
  const root = copyProject("zugong-corpus-");
  const files = new Map<string, string>();
  for (const folder of ["rules", "study"]) {
    rmSync(path.join(root, "src/content", folder), { recursive: true, force: true });
    mkdirSync(path.join(root, "src/content", folder));
  }
  let n = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const law of laws) {
      const id = `law-${String(++n).padStart(5, "0")}`;
      files.set(id, law.file);
      writeFileSync(path.join(root, "src/content/rules", `${id}.md`), lawToRuleMarkdown(law));
    }
  }
  return { root, files, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface TimedRun {
  ms: number;
  output: string;
}

/** Runs `npm run build`'s steps (content check, then astro build) in a corpus site. */
export function buildCorpusSite(site: CorpusSite, outDir = path.join(site.root, "dist")): Promise<TimedRun> {
  const env = cleanEnv({ ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", SITE_BASE: "" });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(site.root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
      { cwd: site.root, env },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (code) => {
      if (code === 0) resolve({ ms: performance.now() - started, output });
      else reject(new Error(`astro build failed (${code}):\n${output.slice(-4000)}`));
    });
  });
}
