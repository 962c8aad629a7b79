/**
 * The production profile, `SITE_ENV=production npm run build`, in a copy of
 * the project: it refuses the sample configuration (no registration items) with
 * the checker's Chinese report, publishes a complete one after the 站点自查, and
 * refuses a site whose home page is out of date (单项否决) — an intranet site,
 * which is exempt from the registrations but not from the rest.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { cleanEnv } from "../../scripts/common/project.ts";
import { copyProject } from "../helpers/build-site.ts";
import { htmlFiles, readPage } from "../helpers/site-files.ts";

const project = copyProject();
afterAll(() => rmSync(project, { recursive: true, force: true }));
const dist = path.join(project, "dist");

function productionBuild(today?: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ["scripts/build/build.ts"], {
    cwd: project,
    env: cleanEnv({
      SITE_ENV: "production",
      SITE_BASE: "",
      FORCE_COLOR: "0",
      NO_COLOR: "1",
      ASTRO_TELEMETRY_DISABLED: "1",
      ...(today ? { AUDIT_TODAY: today } : {}),
    }),
    encoding: "utf8",
    timeout: 400_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The newest PubDate of the sample site: the day the content was last updated. */
function newestContentDay(): string {
  const root = inject("rootDist");
  return htmlFiles(root)
    .map((f) => readPage(path.join(root, f)).querySelector('meta[name="PubDate"]')?.getAttribute("content"))
    .filter((d): d is string => !!d)
    .map((d) => d.slice(0, 10))
    .sort()
    .at(-1) as string;
}

const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function writeConfig(fields: string): void {
  writeFileSync(
    path.join(project, "site.config.ts"),
    `import { defineSiteConfig } from "./src/lib/site/site-config.ts";
export default defineSiteConfig({
  name: "组工学习门户",
  description: "示例",
  url: "https://zugong.example.com",
  organizer: "示例县委组织部",
  phone: "0000-0000000",
  consultation: "https://zugong.example.com/liuyan/",
${fields}
});
`,
  );
}

describe("SITE_ENV=production npm run build", () => {
  it("refuses the sample configuration, naming each missing item in site.config.ts, and writes no dist/", () => {
    const result = productionBuild();
    expect(result.status, result.output).toBe(1);
    for (const text of [
      "【错误】site.config.ts 第",
      "字段：siteIdCode（网站标识码）",
      "字段：icp（ICP备案号）",
      "字段：police（公安机关备案号）",
      "字段：govMark（党政机关网站标识）",
      "字段：consultation（咨询建言）",
      "网站没有生成",
    ])
      expect(result.output).toContain(text);
    expect(existsSync(dist)).toBe(false);
  });

  it("publishes a complete configuration after the 站点自查, and keeps the report", () => {
    mkdirSync(path.join(project, "public/images"), { recursive: true });
    writeFileSync(path.join(project, "public/images/dzjg.png"), "png");
    writeFileSync(path.join(project, "public/images/gongan.png"), "png");
    writeConfig(`  siteIdCode: "0000000000",
  icp: "陕ICP备00000000号-1",
  police: { number: "陕公网安备 00000000000000号", code: "00000000000000", icon: "/images/gongan.png" },
  govMark: { image: "/images/dzjg.png", href: "https://bszs.conac.cn/sitename?method=show&id=0000000000000000" },`);
    const today = dayAfter(newestContentDay(), 1);
    const result = productionBuild(today);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain("站点自查");
    expect(result.output).not.toContain("单项否决：1");
    const home = readPage(path.join(dist, "index.html"));
    expect(home.querySelector('meta[name="SiteIDCode"]')?.getAttribute("content")).toBe("0000000000");
    expect(home.querySelector("footer a.error-report")).not.toBeNull();
    const reports = readdirSync(path.join(project, "audit-report"));
    expect(reports).toEqual([`audit-${today}.html`, `audit-${today}.json`]);
    const json = JSON.parse(
      readFileSync(path.join(project, "audit-report", `audit-${today}.json`), "utf8"),
    ) as {
      today: string;
    };
    expect(json.today).toBe(today);
  });

  it("exempts an intranet site from the registrations, but refuses it when the home page is out of date", () => {
    const before = readFileSync(path.join(dist, "index.html"), "utf8");
    writeConfig("  intranet: true,");
    const result = productionBuild(dayAfter(newestContentDay(), 60));
    expect(result.status, result.output).toBe(1);
    expect(result.output).not.toContain("【错误】site.config.ts");
    expect(result.output).toContain("单项否决");
    expect(result.output).toContain("正式发布的网站没有生成");
    // The site published before is still there, untouched.
    expect(readFileSync(path.join(dist, "index.html"), "utf8")).toBe(before);
  });
});
