/**
 * A temporary copy of the portal whose rules are the real-law corpus: the
 * real layouts, components, search index and build, on 1,500+ documents.
 * Used by the search benchmark (and the build benchmark).
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fixText } from "../../src/content-check/checks/chinese-text.ts";
import path from "node:path";
import { runMeasured, type Measured } from "../bench/lib/process.ts";
import { lawToRuleMarkdown, type CorpusLaw } from "./corpus.ts";
import { cleanEnv, copyProject, PROJECT_ROOT } from "./project.ts";

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
  // The sample sessions study sample rules and chapters: they go with them.
  for (const folder of ["rules", "study", "sessions"]) {
    rmSync(path.join(root, "src/content", folder), { recursive: true, force: true });
    mkdirSync(path.join(root, "src/content", folder));
  }
  const files = writeLaws(path.join(root, "src/content/rules"), laws, copies);
  return { root, files, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Writes `laws` as rule files law-00001.md … into `folder`, `copies` times under
 * new ids, with the text fixes `npm run import` applies (one law has a stray
 * Traditional character, which the content check would rightly refuse).
 */
function writeLaws(folder: string, laws: readonly CorpusLaw[], copies: number): Map<string, string> {
  const files = new Map<string, string>();
  const markdown = laws.map(
    (law) => fixText({ file: law.file, text: lawToRuleMarkdown(law), kind: "markdown", isRule: true }).text,
  );
  let n = 0;
  for (let copy = 0; copy < copies; copy++) {
    laws.forEach((law, i) => {
      const id = `law-${String(++n).padStart(5, "0")}`;
      files.set(id, law.file);
      writeFileSync(path.join(folder, `${id}.md`), markdown[i] as string);
    });
  }
  return files;
}

/**
 * The build benchmark's floor (bench/floor: one trivial layout, the portal's
 * Markdown processor, no search) with the same documents. The site's `root`
 * is bench/floor inside a project copy, so its config finds the portal's
 * Markdown options at the same relative path as in the repository.
 */
export function createFloorSite(laws: readonly CorpusLaw[], copies = 1): CorpusSite {
  const project = copyProject("zugong-floor-");
  const root = path.join(project, "bench/floor");
  cpSync(path.join(PROJECT_ROOT, "bench/floor"), root, { recursive: true });
  const folder = path.join(root, "src/content/rules");
  mkdirSync(folder, { recursive: true });
  const files = writeLaws(folder, laws, copies);
  return { root, files, remove: () => rmSync(project, { recursive: true, force: true }) };
}

/** The project's own Astro (the floor site builds with it). */
export const PROJECT_ASTRO = path.join(PROJECT_ROOT, "node_modules/astro/bin/astro.mjs");

/** `astro build` of a site into `outDir`, measured as a process tree (wall, CPU, peak memory). */
export function buildMeasured(root: string, outDir: string, astro = PROJECT_ASTRO): Promise<Measured> {
  const env = cleanEnv({ ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", SITE_BASE: "" });
  return runMeasured(process.execPath, [astro, "build", "--outDir", outDir], { cwd: root, env });
}

/**
 * `npm run build` of a portal copy (scripts/build/build.ts: content check, Astro in a
 * child process, then the search index, then the swap into dist/), measured
 * as a process tree: what a host actually runs.
 */
export function npmBuildMeasured(root: string): Promise<Measured> {
  const env = cleanEnv({ ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", SITE_BASE: "" });
  return runMeasured(process.execPath, [path.join(root, "scripts/build/build.ts")], { cwd: root, env });
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
