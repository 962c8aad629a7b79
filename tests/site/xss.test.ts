/**
 * Known XSS payloads, written into real content files of a copy of the
 * project (a research article, a rule and an MDX article) and built with the
 * real `astro build`: the build succeeds, `npm run check` warns about each
 * file with its line, and the built pages carry none of the payloads in a
 * form a browser would execute. Chromium then loads the pages and pokes every
 * element: no dialog may open.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent, type Problem } from "../../src/content-check/index.ts";
import { buildSite, copyProject, type BuildResult } from "../helpers/build-site.ts";
import { useBrowserSite } from "../helpers/browser-site.ts";

/** Markdown payloads: raw HTML in its many spellings, and Markdown's own link and image forms. */
const MARKDOWN_PAYLOADS: readonly string[] = [
  `<script>alert("x1")</script>`,
  `<ScRiPt>alert("x2")</sCrIpT>`,
  `<img src=x onerror=alert(3)>`,
  `<IMG SRC="javascript:alert('x4');">`,
  `<a href="jav&#x09;ascript:alert('x5')">x5</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('x6')">x6</a>`,
  `<a href="JaVaScRiPt:alert('x7')">x7</a>`,
  `<a href=" javascript:alert('x8')">x8</a>`,
  `[x9](javascript:alert('x9'))`,
  `![x10](javascript:alert('x10'))`,
  `[x11](<javascript:alert('x11')>)`,
  `[x12][evil12]\n\n[evil12]: javascript:alert('x12')`,
  `[x13](vbscript:msgbox("x13"))`,
  `[x14](data:text/html;base64,PHNjcmlwdD5hbGVydCgneDE0Jyk8L3NjcmlwdD4=)`,
  `<svg><script>alert("x15")</script></svg>`,
  `<svg onload=alert(16)></svg>`,
  `<svg><a xlink:href="javascript:alert('x17')"><text x="0" y="20">x17</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(18)></style></mglyph></table></mtext></math>`,
  `<math href="javascript:alert('x19')">x19</math>`,
  `<iframe srcdoc="<script>alert('x20')</script>"></iframe>`,
  `<iframe src="javascript:alert('x21')"></iframe>`,
  `<object data="javascript:alert('x22')"></object>`,
  `<embed src="data:text/html,<script>alert('x23')</script>">`,
  `<form action="javascript:alert('x24')"><input type="submit" value="x24"></form>`,
  `<button formaction="javascript:alert('x25')">x25</button>`,
  `<style>@import "http://evil.example/x26.css"; body { display: none }</style>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert('x27')">`,
  `<base href="javascript:alert('x28')//">`,
  `<link rel="stylesheet" href="http://evil.example/x29.css">`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgneDMwJyk8L3NjcmlwdD4=">x30</a>`,
  `<div style="background:url(javascript:alert('x31'))">x31</div>`,
  `<<script>script>alert("x32")<</script>/script>`,
  `<img """><script>alert("x33")</script>">`,
  `<details open ontoggle=alert(34)><summary>x34</summary>x34</details>`,
  `<p onmouseover="alert('x35')" OnClick="alert('x35')">x35</p>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(36)>"></p></noscript>`,
  `<a href="javascript&colon;alert('x37')">x37</a>`,
  `<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgneDM4Jyk8L3NjcmlwdD4=" alt="x38">`,
  `<video><source onerror="alert('x39')"></video>`,
  `<input autofocus onfocus=alert(40)>`,
  `<marquee onstart=alert(41)>x41</marquee>`,
  `<template><script>alert("x42")</script></template>`,
  `<textarea><script>alert("x43")</script></textarea>`,
  `<javascript:alert('x44')>`,
  `<a href="java\nscript:alert('x45')">x45</a>`,
  `<x-custom onclick="alert('x46')">x46</x-custom>`,
  `<img src=x:alert(47) onerror=eval(src)>`,
  `<isindex action="javascript:alert('x48')" type=image>`,
  `<table background="javascript:alert('x49')"><tr><td>x49</td></tr></table>`,
  `<a href="vbscript:msgbox('x50')">x50</a>`,
];

/** The same attacks in MDX, where HTML is JSX (no {…}: the checker rejects those, see content-safety.test.ts). */
const MDX_PAYLOADS: readonly string[] = [
  `<script>alert("m1")</script>`,
  `<img src="/favicon.svg" onerror="alert('m2')" />`,
  `<a href="javascript:alert('m3')">m3</a>`,
  `<PillarTag pillar="学习型">\n  <iframe src="javascript:alert('m4')"></iframe>\n</PillarTag>`,
  `<div style="color:red" onClick="alert('m5')">m5</div>`,
  `[m6](javascript:alert('m6'))`,
  `<svg><a xlink:href="javascript:alert('m7')"><text>m7</text></a></svg>`,
  `<form action="javascript:alert('m8')"><button formAction="javascript:alert('m8')">m8</button></form>`,
  `<object data="javascript:alert('m9')"></object>`,
  `<a href="JAVASCRIPT:alert('m10')">m10</a>`,
  `<iframe srcDoc="<script>alert('m11')</script>"></iframe>`,
  `<meta httpEquiv="refresh" content="0;url=javascript:alert('m12')" />`,
  `<base href="javascript:alert('m13')//" />`,
  `<style>@import url(http://evil.example/m14.css);</style>`,
];

const FRONT_MATTER_ARTICLE = (title: string) => `---
title: ${title}
authors:
  - 测试组
department: bangongshi
date: 2025-01-01
abstract: 用于安全测试。
keywords:
  - 测试
---
`;

/** Each payload between two marker paragraphs, which must both reach the page. */
const withMarkers = (payloads: readonly string[], prefix: string) =>
  payloads.map((payload, i) => `标记${prefix}${i}甲\n\n${payload}\n\n标记${prefix}${i}乙`).join("\n\n");

const FILES = {
  "src/content/articles/xss-markdown.md": `${FRONT_MATTER_ARTICLE("安全测试（Markdown）")}
## 一、基本情况

${withMarkers(MARKDOWN_PAYLOADS, "md")}
`,
  "src/content/rules/xss-rule.md": `---
title: 安全测试制度
issuer: 示例县委组织部
issued: 2024-03-01
status: 现行有效
category: 工作制度
---

## 第一章 总则

第一条 为了测试<img src=x onerror=alert(101)>，制定本制度[^1]。

第二条 <script>alert("r2")</script>本制度适用于<a href="javascript:alert('r3')">全体</a>。

第三条 见[第一条](#art-1)。

[^1]: 注释<iframe src="javascript:alert('r4')"></iframe>内容。
`,
  "src/content/articles/xss-mdx.mdx": `${FRONT_MATTER_ARTICLE("安全测试（MDX）")}
import PillarTag from "../../components/PillarTag.astro";

本文属于 <PillarTag pillar="有为型" /> 建设。

\`\`\`js
const 示例 = 1;
\`\`\`

${withMarkers(MDX_PAYLOADS, "mdx")}
`,
} as const;

const PAGES = ["articles/xss-markdown/", "rules/xss-rule/", "articles/xss-mdx/"] as const;

let root: string;
let outDir: string;
let build: BuildResult;
let problems: Problem[];
const pages = new Map<string, HTMLElement>();

beforeAll(() => {
  root = copyProject("zugong-xss-");
  for (const [file, text] of Object.entries(FILES)) writeFileSync(path.join(root, file), text);
  problems = checkContent(root);
  outDir = mkdtempSync(path.join(tmpdir(), "zugong-xss-dist-"));
  build = buildSite({ root, outDir, base: "/" });
  if (build.status === 0) {
    for (const page of PAGES) {
      // Only script and style hold raw text: elements inside <pre> or <noscript> are inspected too.
      const html = readFileSync(path.join(outDir, page, "index.html"), "utf8");
      pages.set(page, parse(html, { blockTextElements: { script: true, style: true } }));
    }
  }
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

/** Elements that execute, embed, submit or restyle: none may appear in content. */
const FORBIDDEN_IN_CONTENT = [
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "button",
  "textarea",
  "select",
  "style",
  "meta",
  "base",
  "link",
  "svg",
  "math",
  "noscript",
  "template",
  "isindex",
  "marquee",
  "video",
  "source",
];

const URL_ATTRIBUTES = [
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "poster",
  "background",
  "cite",
];

/** A URL as a browser reads it: entities decoded (by the parser), tabs, newlines and spaces removed, lower case. */
const normalizedUrl = (value: string) =>
  value
    .replace(/&#x?[0-9a-f]+;?|&colon;|&tab;|&newline;/gi, (entity) => {
      const named: Record<string, string> = { "&colon;": ":", "&tab;": "\t", "&newline;": "\n" };
      if (named[entity.toLowerCase()]) return named[entity.toLowerCase()] as string;
      const hex = /^&#x/i.test(entity);
      return String.fromCodePoint(Number.parseInt(entity.replace(/^&#x?|;$/gi, ""), hex ? 16 : 10));
    })
    // Browsers drop control characters and spaces from a URL before reading its scheme.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f]/g, "")
    .toLowerCase();

/** Every way an element of the page could run a payload, as readable findings. */
function executableFindings(document: HTMLElement): string[] {
  const findings: string[] = [];
  for (const content of document.querySelectorAll(".prose")) {
    for (const tag of FORBIDDEN_IN_CONTENT) {
      for (const element of content.querySelectorAll(tag))
        findings.push(`<${tag}> in content: ${element.outerHTML}`);
    }
    for (const input of content.querySelectorAll("input")) {
      if (input.getAttribute("type") !== "checkbox" || !input.hasAttribute("disabled"))
        findings.push(`enabled input in content: ${input.outerHTML}`);
    }
  }
  for (const element of document.querySelectorAll("*")) {
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith("on")) findings.push(`${attribute} on <${element.tagName}>`);
      if (attribute === "srcdoc") findings.push(`srcdoc on <${element.tagName}>`);
      if (!URL_ATTRIBUTES.includes(attribute)) continue;
      const url = normalizedUrl(value);
      const dataImage = element.tagName === "IMG" && attribute === "src" && url.startsWith("data:image/");
      if (/^(?:javascript|vbscript|livescript):/.test(url) || (url.startsWith("data:") && !dataImage))
        findings.push(`${attribute}="${value}" on <${element.tagName}>`);
    }
  }
  return findings;
}

describe("XSS payloads in real content files", () => {
  it("feeds at least 30 payloads", () => {
    expect(MARKDOWN_PAYLOADS.length + MDX_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(MARKDOWN_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it("passes npm run check with warnings only, each naming its file and line", () => {
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    for (const file of Object.keys(FILES)) {
      const own = problems.filter((p) => p.file === file);
      expect(own.length, file).toBeGreaterThan(3);
      for (const problem of own) {
        expect(problem.severity).toBe("warning");
        expect(problem.line).toBeGreaterThan(0);
      }
    }
    // The first <script> of the article, on the line where it was written.
    const source = FILES["src/content/articles/xss-markdown.md"].split("\n");
    const scriptLine = source.indexOf(MARKDOWN_PAYLOADS[0] as string) + 1;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "src/content/articles/xss-markdown.md",
        line: scriptLine,
        found: "<script>",
      }),
    );
  });

  it("still builds the site", () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it.each(PAGES)("/%s carries no payload in executable form", (page) => {
    const document = pages.get(page) as HTMLElement;
    expect(document.querySelector(".prose")).not.toBeNull();
    expect(executableFindings(document)).toEqual([]);
  });

  it("keeps the text around every payload", () => {
    const markdown = (pages.get("articles/xss-markdown/") as HTMLElement).querySelector(".prose")?.text ?? "";
    MARKDOWN_PAYLOADS.forEach((_, i) => {
      expect(markdown).toContain(`标记md${i}甲`);
      expect(markdown).toContain(`标记md${i}乙`);
    });
    const mdx = (pages.get("articles/xss-mdx/") as HTMLElement).querySelector(".prose")?.text ?? "";
    MDX_PAYLOADS.forEach((_, i) => {
      expect(mdx).toContain(`标记mdx${i}甲`);
      expect(mdx).toContain(`标记mdx${i}乙`);
    });
  });

  it("keeps the rule's article anchors and footnotes working", () => {
    const rule = (pages.get("rules/xss-rule/") as HTMLElement).querySelector(".prose") as HTMLElement;
    for (const n of [1, 2, 3]) {
      expect(rule.querySelector(`p#art-${n}.article > a.article-no[href="#art-${n}"]`)).not.toBeNull();
    }
    expect(rule.querySelector('a[href="#art-1"]:not(.article-no)')?.text).toBe("第一条");
    const ref = rule.querySelector("a[data-footnote-ref]");
    expect(ref?.getAttribute("href")).toBe("#user-content-fn-1");
    expect(rule.querySelector(`li#user-content-fn-1`)?.text).toContain("注释内容");
  });

  it("renders the project component and a code block in MDX", () => {
    const mdx = (pages.get("articles/xss-mdx/") as HTMLElement).querySelector(".prose") as HTMLElement;
    expect(mdx.querySelectorAll("a.pillar-tag").map((a) => a.text)).toEqual(["有为型", "学习型"]);
    // Ordinary Markdown in MDX keeps its markup too (a fenced code block; no highlighter, see astro.config.mjs).
    expect(mdx.querySelector("pre > code")?.text).toContain("const 示例 = 1;");
  });
});

describe("the built pages in Chromium", () => {
  const site = useBrowserSite(() => outDir, "/");

  it.each(PAGES)(
    "/%s opens no dialog, even when every content element is hovered, focused and toggled",
    async (page) => {
      const context = await site.browser.newContext();
      try {
        const tab = await context.newPage();
        const dialogs: string[] = [];
        tab.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        const response = await tab.goto(site.url(page), { waitUntil: "load" });
        expect(response?.status()).toBe(200);
        await tab.evaluate(() => {
          for (const element of document.querySelectorAll(".prose *")) {
            for (const type of [
              "mouseover",
              "mouseenter",
              "focus",
              "toggle",
              "animationstart",
              "load",
              "error",
            ])
              element.dispatchEvent(new Event(type));
            if (element instanceof HTMLDetailsElement) element.open = !element.open;
          }
        });
        await tab.waitForTimeout(300);
        expect(dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
