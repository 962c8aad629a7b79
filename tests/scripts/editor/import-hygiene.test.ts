/**
 * npm run import applies the same Chinese-text fixes as npm run check -- --fix
 * to what it imports and says what it changed; npm run check explains --fix.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planContext } from "../../../scripts/editor/lib/cli.ts";
import { planImport, readDocx } from "../../../scripts/editor/lib/import-entry.ts";
import { formatChanges } from "../../../src/content-check/fix.ts";
import { PROJECT_ROOT } from "../../helpers/build-site.ts";
import { createContentFixture, type ContentFixture } from "../../helpers/content-fixture.ts";
import { officialRule } from "../../helpers/docx-fixture.ts";

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
});
afterEach(() => fixture.cleanup());

describe("npm run import", () => {
  it("removes leftover pinyin, converts Traditional characters and fixes punctuation in the imported text, listing each change", async () => {
    const doc = await readDocx(await officialRule(), "rules");
    const damaged = {
      ...doc,
      body: `${doc.body}\n\n第七條 創(chuàng)建“學習型”機關,加強監(jiān)督。`,
    };
    const plan = planImport(
      damaged,
      { collection: "rules" },
      planContext(fixture.root, new Date(2026, 0, 15)),
    );
    expect(plan.text).toContain("第七条 创建“学习型”机关，加强监督。");
    expect(plan.text).not.toMatch(/\(chuàng\)|\(jiān\)/u);
    const listing = formatChanges(plan.fixes).join("\n");
    expect(listing).toMatch(/删去拼音：“.*創\(chuàng\)建.*” → “.*創建.*”/u);
    expect(listing).toContain("繁体改简体");
    expect(listing).toContain("改为中文标点");
  });

  it("changes nothing in a clean document", async () => {
    const doc = await readDocx(await officialRule(), "rules");
    const plan = planImport(doc, { collection: "rules" }, planContext(fixture.root, new Date(2026, 0, 15)));
    expect(plan.fixes).toEqual([]);
  });
});

describe("npm run check", () => {
  it("explains --fix in its usage", () => {
    const result = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, "scripts/editor/check.ts"), "--help"],
      {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("用法：npm run check");
    expect(result.stdout).toContain("--fix");
  });
});
