/** The complete examples in CONTRIBUTING.md pass npm run check as they are, so editors can copy them. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkContent, formatProblem } from "../../src/content-check/index.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { createContentFixture, type ContentFixture } from "../helpers/content-fixture.ts";

const guide = readFileSync(path.join(PROJECT_ROOT, "CONTRIBUTING.md"), "utf8");

/** Each example: the file named in its heading, and the code block under it. */
function examples(): { file: string; text: string }[] {
  const section = guide.slice(guide.indexOf("## 五、"), guide.indexOf("## 六、"));
  return [
    ...section.matchAll(/^### .*?（`src\/content\/([^`]+)`）\n\n```(?:markdown|yaml)\n([\s\S]*?)```/gm),
  ].map((m) => ({ file: m[1] as string, text: m[2] as string }));
}

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.cleanup());

describe("the examples in CONTRIBUTING.md", () => {
  it("cover every collection", () => {
    expect(examples().map((e) => e.file)).toEqual([
      "rules/shouwen-fuze.md",
      "study/gongwuyuan-fa.md",
      "books/xiangtu-zhongguo.md",
      "articles/nianqing-ganbu-2025.md",
      "sessions/2026-03-06-gongwuyuan-fa.md",
      "departments.yaml",
    ]);
  });

  it("pass the content check", () => {
    fixture = createContentFixture();
    for (const { file, text } of examples()) fixture.write(file, text);
    // What the examples refer to: the cover image and the related rule.
    fixture.write("books/covers/xiangtu-zhongguo.jpg", Buffer.from([0xff, 0xd8, 0xff]));
    fixture.write(
      "rules/ganbu-jiandu-sixiang.md",
      "---\ntitle: 干部监督四项制度\nissuer: 示例县委组织部\nissued: 2024-01-01\nstatus: 现行有效\ncategory: 监督制度\n---\n\n第一条 示例。\n",
    );
    expect(checkContent(fixture.root).map(formatProblem)).toEqual([]);
  });
});
