/**
 * `npm run build` (scripts/build/build.ts) in a copy of the project: a build that
 * fails on bad content, crashes, or is killed with SIGKILL half-way leaves
 * the previous dist/ complete and servable; the next build cleans up.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv } from "../../scripts/common/project.ts";
import { serveStatic } from "../../scripts/common/static-server.ts";
import { copyProject } from "../helpers/build-site.ts";

let project: string;
let dist: string;
/** Every file of the good site and a hash of its bytes. */
let goodSite: Map<string, string>;

const env = cleanEnv({ SITE_BASE: "", FORCE_COLOR: "0", NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1" });

/** `npm run build`'s command, as npm runs it (the pinned Node, in the project folder). */
function runBuild(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ["scripts/build/build.ts"], {
    cwd: project,
    env,
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  return new Map(
    files.map((f) => [path.relative(dir, f), createHash("sha256").update(readFileSync(f)).digest("hex")]),
  );
}

const leftovers = () => readdirSync(project).filter((name) => /^dist\.(partial|old)-\d+$/.test(name));

/** The good site is still there, byte for byte, and a web server serves it. */
async function expectGoodSiteServed() {
  expect(snapshot(dist)).toEqual(goodSite);
  const server = await serveStatic(dist, "/");
  try {
    for (const page of ["/", "/rules/", "/search/"]) {
      const response = await fetch(`${server.origin}${page}`);
      expect(response.status, page).toBe(200);
      expect(await response.text(), page).toContain("组工学习门户");
    }
  } finally {
    await server.close();
  }
}

/** Adds a file to the project copy for one test. */
function withFile(relative: string, text: string): () => void {
  const file = path.join(project, relative);
  const previous = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  writeFileSync(file, text);
  return () => (previous === undefined ? rmSync(file) : writeFileSync(file, previous));
}

beforeAll(() => {
  project = copyProject("zugong-atomic-");
  dist = path.join(project, "dist");
  const first = runBuild();
  if (first.status !== 0) throw new Error(`first build failed:\n${first.output}`);
  goodSite = snapshot(dist);
});
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("npm run build never replaces a good site with a broken one", () => {
  it("builds the site into dist/ and leaves nothing beside it", () => {
    expect(goodSite.has("index.html")).toBe(true);
    expect(goodSite.has("404.html")).toBe(true);
    expect([...goodSite.keys()].some((f) => f.startsWith(`pagefind${path.sep}`))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("keeps the previous site when the content has an error, and says which file", async () => {
    const restore = withFile(
      "src/content/rules/broken-rule.md",
      "---\ntitle: 缺少字段的制度\nstatus: 现在有效\n---\n\n第一条 示例。\n",
    );
    try {
      const result = runBuild();
      expect(result.status).not.toBe(0);
      expect(result.output).toContain("broken-rule.md");
      expect(result.output).toContain("dist/ 保持原样");
      expect(leftovers()).toEqual([]);
      await expectGoodSiteServed();
    } finally {
      restore();
    }
  });

  async function expectCrashKeepsSite(restore: () => void, message: string) {
    try {
      const result = runBuild();
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(message);
      expect(result.output).toContain("dist/ 保持原样");
      expect(leftovers()).toEqual([]);
      await expectGoodSiteServed();
    } finally {
      restore();
    }
  }

  it("keeps the previous site when a page throws while rendering", async () => {
    await expectCrashKeepsSite(
      withFile("src/pages/crash.astro", '---\nthrow new Error("页面渲染崩溃");\n---\n'),
      "页面渲染崩溃",
    );
  });

  it("keeps the previous site when an integration throws after every page was written", async () => {
    const config = readFileSync(path.join(project, "astro.config.mjs"), "utf8");
    const crashing = config.replace(
      /integrations:\s*\[/,
      'integrations: [{ name: "crash", hooks: { "astro:build:done": () => { throw new Error("构建收尾崩溃"); } } }, ',
    );
    expect(crashing).not.toBe(config);
    await expectCrashKeepsSite(withFile("astro.config.mjs", crashing), "构建收尾崩溃");
  });

  it("keeps the previous site when the build is killed with SIGKILL half-way, and the next build cleans up", async () => {
    const child = spawn(process.execPath, ["scripts/build/build.ts"], { cwd: project, env, stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const partial = path.join(project, `dist.partial-${child.pid}`);
    const writing = () => existsSync(partial) && readdirSync(partial, { recursive: true }).length > 0;
    const deadline = Date.now() + 150_000;
    while (!writing() && child.exitCode === null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(child.exitCode, "the build ended before it could be killed").toBeNull();
    child.kill("SIGKILL");
    await exited;
    // Killed half-way: its unfinished output is still there, beside an untouched dist/.
    expect(leftovers()).toEqual([`dist.partial-${child.pid}`]);
    await expectGoodSiteServed();

    // The next build, with new content, removes the leftover and publishes the new site.
    const restore = withFile(
      "src/content/articles/zz-atomic-build-check.md",
      readFileSync(
        path.join(
          project,
          "src/content/articles",
          readdirSync(path.join(project, "src/content/articles")).sort()[0] as string,
        ),
        "utf8",
      ).replace(/^title:.*$/m, "title: 原子构建检查文章"),
    );
    try {
      const result = runBuild();
      expect(result.status, result.output).toBe(0);
      expect(result.output).toContain(`已清理上次中断的构建留下的 dist.partial-${child.pid}`);
      expect(leftovers()).toEqual([]);
      expect(existsSync(path.join(dist, "articles/zz-atomic-build-check/index.html"))).toBe(true);
    } finally {
      restore();
    }
  });
});
