/**
 * A small, valid content tree written to a temporary folder, which a test can
 * break one file at a time. Every fixture is readable here, in code.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataFile = (name: string) =>
  readFileSync(new URL(`../../src/content/${name}`, import.meta.url), "utf8");

export const VALID_FILES: Record<string, string> = {
  "departments.yaml": "- id: ganbu-yigu\n  name: 干部一股\n- id: zuzhi-gu\n  name: 组织股\n",
  "pillars.yaml": dataFile("pillars.yaml"),
  "wukan-wubi.yaml": dataFile("wukan-wubi.yaml"),
  "commitments.yaml": dataFile("commitments.yaml"),
  "rules/shouwen-fuze.md": `---
title: 首问负责制度
docNumber: 示例组发〔2024〕5号
issuer: 示例县委组织部
issued: 2024-03-01
effective: 2024-04-01
status: 现行有效
category: 工作制度
pillar: 廉政型
---

## 第一章 总则

第一条 为了示例，制定本制度。

第二条 本制度自印发之日起施行。
`,
  "rules/xianshi-banjie-2023.md": `---
title: 限时办结制度
issuer: 示例县委组织部
issued: 2023-05-01
status: 已修改
category: 工作制度
---

第一条 旧版。
`,
  "rules/xianshi-banjie.md": `---
title: 限时办结制度
issuer: 示例县委组织部
issued: 2025-05-01
status: 现行有效
category: 工作制度
supersedes: xianshi-banjie-2023
---

第一条 新版。
`,
  "study/gongwuyuan-fa.md": `---
title: 中华人民共和国公务员法
part: 第一编 干部人事
order: 1
source: 2018年12月29日修订
related:
  - shouwen-fuze
---

第一条 为了规范公务员的管理，制定本法。
`,
  "study/jiancha-fa.md": `---
title: 中华人民共和国监察法
part: 第二编 监督执纪
order: 2
---

第一条 为了深化国家监察体制改革，制定本法。
`,
  "books/xiangtu-zhongguo.md": `---
title: 乡土中国
authors:
  - 费孝通
publisher: 北京大学出版社
year: 2012
isbn: 978-0-306-40615-7
month: 2026-01
questions:
  - 什么是差序格局？
---

## 推荐理由

示例。
`,
  "books/wanli-shiwunian.md": `---
title: 万历十五年
authors:
  - 黄仁宇
publisher: 中华书局
month: 2026-02
---

示例。
`,
  "articles/nianqing-ganbu.md": `---
title: 关于年轻干部培养的调研
authors:
  - 干部一股调研组
department: ganbu-yigu
date: 2025-06-18
abstract: 示例摘要。
keywords:
  - 年轻干部
pillar: 有为型
published:
  outlet: 《示例组工通讯》
  level: 市级
  date: 2025-08-01
---

## 一、基本情况

示例。
`,
  "sessions/2026-03-06-gongwuyuan-fa.md": `---
title: 公务员法专题辅导
date: 2026-03-06
start: 14:30
end: 17:00
place: 三楼会议室
format: 外聘专家集中授课
speaker: 特邀教师（示例）
host: ganbu-yigu
materials:
  - study/gongwuyuan-fa
  - rules/shouwen-fuze
  - books/xiangtu-zhongguo
pillar: 学习型
---

## 学习通知

示例。
`,
  "sessions/2026-03-13-zuotan.md": `---
title: 首问负责制座谈
date: 2026-03-13
start: 14:30
end: 16:30
place: 三楼会议室
format: 组工干部座谈讨论
host: zuzhi-gu
---

示例。
`,
};

export interface ContentFixture {
  root: string;
  write(relative: string, text: string | Buffer): void;
  remove(relative: string): void;
  /** Replaces `from` with `to` in a file; throws when `from` is absent, so a test cannot silently break nothing. */
  edit(relative: string, from: string | RegExp, to: string): void;
  cleanup(): void;
}

export function createContentFixture(files: Record<string, string> = VALID_FILES): ContentFixture {
  const root = mkdtempSync(path.join(tmpdir(), "zugong-content-"));
  const contentPath = (relative: string) => path.join(root, "src", "content", relative);
  const fixture: ContentFixture = {
    root,
    write(relative, text) {
      mkdirSync(path.dirname(contentPath(relative)), { recursive: true });
      writeFileSync(contentPath(relative), text);
    },
    remove(relative) {
      rmSync(contentPath(relative));
    },
    edit(relative, from, to) {
      const before = readFileSync(contentPath(relative), "utf8");
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fixture edit did not change ${relative}: ${String(from)}`);
      writeFileSync(contentPath(relative), after);
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  for (const folder of ["rules", "study", "books", "articles"])
    mkdirSync(contentPath(folder), { recursive: true });
  for (const [relative, text] of Object.entries(files)) fixture.write(relative, text);
  return fixture;
}
