import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv, PROJECT_ROOT } from "../../../scripts/common/project.ts";
import { articleSite } from "./fixture-site.ts";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function audit(dist: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "scripts/audit/audit.ts"), "--dist", dist, "--no-html", "--no-axe", ...args],
    { encoding: "utf8", env: cleanEnv(), cwd: PROJECT_ROOT },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run audit", () => {
  const dist = articleSite("2026-03-01");
  folders.push(dist);

  it("exits 0 on a site updated within two weeks", () => {
    const result = audit(dist, "--today", "2026-03-10", "--no-save");
    expect(result.stderr).not.toContain("未能完成");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("【单项否决】0 项");
    expect(result.stdout).toContain("  首页：正常，1 篇，最新 2026-03-01（9 天前），要求 14 天内");
    expect(result.stdout).toContain(
      "未检查：外部链接可用性（未使用 --online）；HTML 规范（W3C 检查器）（使用了 --no-html）；无障碍（axe-core）（使用了 --no-axe）",
    );
  });

  it("exits 1 when the home page is stale (单项否决) and saves the JSON and HTML reports", () => {
    const json = path.join(dist, "..", `${path.basename(dist)}-report.json`);
    const html = path.join(dist, "..", `${path.basename(dist)}-report.html`);
    folders.push(json, html);
    const result = audit(dist, "--today", "2026-04-01", "--json", json, "--html", html);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /【单项否决】1 项[^]*首页栏目不更新：最新内容发布于 2026-03-01，已 31 天未更新，超过 14 天/,
    );
    expect(result.stdout).toContain("合计：单项否决 1 项，扣分项 1 项，提示 0 项。有单项否决项，不能发布。");
    const saved = JSON.parse(readFileSync(json, "utf8"));
    expect(saved.counts).toEqual({ 单项否决: 1, 扣分项: 1, 提示: 0 });
    expect(saved.today).toBe("2026-04-01");
    expect(readFileSync(html, "utf8")).toContain("<title>站点自查报告（2026-04-01）</title>");
  });

  it("explains a wrong option or a missing site and exits 2", () => {
    const bad = audit(dist, "--today", "2026-3-1", "--no-save");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("自查日期“2026-3-1”无效，应为 YYYY-MM-DD");
    const missing = audit(path.join(dist, "nowhere"), "--no-save");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("中没有 index.html：请先运行 npm run build");
    expect(existsSync(path.join(dist, "nowhere"))).toBe(false);
    expect(audit(dist, "--colour").status).toBe(2);
  });
});
