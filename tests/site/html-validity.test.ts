/**
 * Every page of both builds through the W3C Nu Html Checker (vnu.jar), the
 * validator inspectors use: no error, and no warning either, since the
 * sample content has none and a new one is worth a look.
 */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { validateHtml, type VnuMessage } from "../../scripts/common/vnu.ts";
import { htmlFiles } from "../helpers/site-files.ts";

const describeMessage = (m: VnuMessage) =>
  `${m.file}:${m.line ?? "?"}:${m.column ?? "?"} ${m.type}${m.subType ? `/${m.subType}` : ""}: ${m.message}`;

describe("the W3C Nu Html Checker", () => {
  it("finds nothing on any page of the site, at the root and under /portal/", async () => {
    const files = [inject("rootDist"), inject("portalDist")].flatMap((dist) =>
      htmlFiles(dist).map((file) => path.join(dist, file)),
    );
    expect(files.length).toBeGreaterThan(100);
    const messages = await validateHtml(files);
    expect(messages.map(describeMessage)).toEqual([]);
  });

  it("reports a page that is not valid, with its file and line", async () => {
    const dist = inject("rootDist");
    const broken = path.join(path.dirname(dist), "invalid-page.html");
    writeFileSync(
      broken,
      '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>无效</title></head>\n<body><p>正文</p></body></html><script src="a.js"></script>\n',
    );
    try {
      const messages = await validateHtml([broken]);
      const errors = messages.filter((m) => m.type === "error");
      expect(errors[0]).toMatchObject({ file: broken, line: 3, message: "Stray start tag “script”." });
    } finally {
      rmSync(broken);
    }
  });
});
