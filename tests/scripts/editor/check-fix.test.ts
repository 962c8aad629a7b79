/**
 * `npm run check -- --fix` as an editor runs it, in a copy of the project: it
 * repairs pasted text in place (leftover pinyin, Traditional characters,
 * half-width punctuation), lists what it changed, then checks; a second run
 * changes nothing.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv } from "../../../scripts/common/project.ts";
import { copyProject } from "../../helpers/build-site.ts";

const project = copyProject("zugong-fix-");
afterAll(() => rmSync(project, { recursive: true, force: true }));
const rule = path.join(project, "src/content/rules/shouwen-fuze.md");
const original = readFileSync(rule, "utf8");

const check = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(project, "scripts/editor/check.ts"), ...args], {
    cwd: project,
    encoding: "utf8",
    env: cleanEnv({ NO_COLOR: "1" }),
  });

describe("npm run check -- --fix", () => {
  it("refuses pasted damage, repairs it in place with a list of changes, and then finds nothing to change", () => {
    writeFileSync(rule, `${original.trimEnd()}\n\n本制度由漢濱區(qū)委組織部負責解釋, 自發布之日起施行.\n`);

    const before = check();
    expect(before.status).toBe(1);
    expect(before.stdout).toContain("src/content/rules/shouwen-fuze.md");

    const fixed = check("--fix");
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain("自动改正：改动了 1 个文件");
    expect(fixed.stdout).toContain("src/content/rules/shouwen-fuze.md");
    expect(readFileSync(rule, "utf8")).toBe(
      `${original.trimEnd()}\n\n本制度由汉滨区委组织部负责解释，自发布之日起施行。\n`,
    );

    const again = check("--fix");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("自动改正：没有可以自动改正的问题，文件都没有改动。");
    expect(readFileSync(rule, "utf8")).toBe(
      `${original.trimEnd()}\n\n本制度由汉滨区委组织部负责解释，自发布之日起施行。\n`,
    );
  }, 60_000);
});
