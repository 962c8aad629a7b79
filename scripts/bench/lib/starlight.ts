/**
 * The Starlight comparison of the build benchmark: stock Starlight (docs
 * theme, built-in Pagefind) building the same documents as docs pages.
 * Starlight is not a dependency of the portal; it is installed once into a
 * folder under the system temp dir from bench/starlight/package.json.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CorpusLaw } from "../../common/corpus.ts";
import type { CorpusSite } from "../../common/corpus-site.ts";
import { PROJECT_ROOT } from "../../common/project.ts";

const TEMPLATE = path.join(PROJECT_ROOT, "bench/starlight");
export const STARLIGHT_HOME = path.join(tmpdir(), "zugong-starlight");

/** Installs Starlight into STARLIGHT_HOME unless the same package.json is already installed there. */
export function ensureStarlight(log: (line: string) => void): void {
  const manifest = readFileSync(path.join(TEMPLATE, "package.json"), "utf8");
  const installed = path.join(STARLIGHT_HOME, "package.json");
  if (
    existsSync(path.join(STARLIGHT_HOME, "node_modules/@astrojs/starlight")) &&
    existsSync(installed) &&
    readFileSync(installed, "utf8") === manifest
  )
    return;
  log(`安装 Starlight 到 ${STARLIGHT_HOME}（只需一次）……`);
  mkdirSync(STARLIGHT_HOME, { recursive: true });
  writeFileSync(installed, manifest);
  // npm runs under the project's Node (first on PATH in `npm run`), which Astro 7 needs.
  execFileSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: STARLIGHT_HOME, stdio: "inherit" });
}

/** A Starlight site (under STARLIGHT_HOME, sharing its node_modules) whose docs are `laws`. */
export function createStarlightSite(laws: readonly CorpusLaw[]): CorpusSite {
  const root = mkdtempSync(path.join(STARLIGHT_HOME, "site-"));
  cpSync(path.join(TEMPLATE, "astro.config.mjs"), path.join(root, "astro.config.mjs"));
  cpSync(path.join(TEMPLATE, "src"), path.join(root, "src"), { recursive: true });
  const docs = path.join(root, "src/content/docs");
  mkdirSync(docs, { recursive: true });
  const files = new Map<string, string>();
  laws.forEach((law, i) => {
    const id = `law-${String(i + 1).padStart(5, "0")}`;
    files.set(id, law.file);
    writeFileSync(
      path.join(docs, `${id}.md`),
      `---\ntitle: ${JSON.stringify(law.title)}\n---\n\n${law.body || "（本文件没有正文。）"}\n`,
    );
  });
  return { root, files, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export const starlightAstro = () => path.join(STARLIGHT_HOME, "node_modules/astro/bin/astro.mjs");
