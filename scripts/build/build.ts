/**
 * npm run build — checks the content, builds the site next to dist/ and swaps
 * it in only when the whole build (pages and search index) succeeded, so a
 * failed, crashed or killed build never leaves a broken or half-written dist/.
 * Astro runs in a child process that stops when this one is killed; the
 * content is checked here meanwhile (on the other core), and the search index
 * is built here once Astro's process has ended, so their memory peaks do not
 * add up (BENCHMARKS.md).
 * SITE_ENV=production is the build that gets published: it also refuses a
 * site config without the registration items the rules require, and runs the
 * 站点自查 on the new site before swapping it in, refusing on any 单项否决;
 * it also writes the compilation's PDF and EPUB (npm run book) into it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkContent, formatReport, hasErrors } from "../../src/content-check/index.ts";
import { buildSearchIndex } from "../../src/integrations/search-index.ts";
import { recoverLeftovers, siblingOf, swapIn } from "./lib/atomic-dir.ts";
import {
  SITE_CONFIG_FILE,
  siteRegistrationProblems,
} from "../../src/content-check/checks/site-registration.ts";
import { auditExitCode, formatAuditReport } from "../../src/lib/audit/report.ts";
import { runAudit } from "../audit/lib/run-audit.ts";
import { saveAuditReport } from "../audit/lib/save-report.ts";
import { makeBook } from "../book/book.ts";
import site from "../../site.config.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = path.join(root, "dist");
const relative = (p: string) => path.relative(root, p) || ".";
const production = process.env["SITE_ENV"] === "production";
if (production)
  console.log("正式发布构建（SITE_ENV=production）：另检查页脚的备案与联系信息，并在发布前运行站点自查。");

const recovery = recoverLeftovers(dist);
if (recovery.restored)
  console.log(`上次构建在替换网站时中断，已从 ${relative(recovery.restored)} 恢复 dist/。`);
for (const removed of recovery.removed) console.log(`已清理上次中断的构建留下的 ${relative(removed)}。`);
for (const running of recovery.running)
  console.log(
    `注意：${relative(running)} 属于另一个正在运行的构建，未清理；两个构建同时进行时，后完成的生效。`,
  );

const partial = siblingOf(dist, "partial", process.pid);
let astro: ChildProcess | undefined;
rmSync(partial, { recursive: true, force: true });
// Ctrl-C or a stop from a CI runner: remove the half-written folder; dist/ was never touched.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const) {
  process.once(signal, () => {
    astro?.kill("SIGKILL");
    rmSync(partial, { recursive: true, force: true });
    console.error("构建已中断，dist/ 保持原样。");
    process.exit(code);
  });
}

// A build machine on an intranet has no reason to call Astro's telemetry service.
process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";
try {
  astro = spawn(
    process.execPath,
    [path.join(root, "scripts/build/lib/astro-build-child.ts"), root, partial],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const exited = once(astro, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  // Astro's log is held back until the content has passed: an editor with a mistake sees our
  // explanation of it, not Astro's stack trace for the same mistake.
  const heldBack = holdOutput(astro);
  const problems = checkContent(root);
  if (production)
    problems.push(
      ...siteRegistrationProblems(site, {
        configText: readFileSync(path.join(root, SITE_CONFIG_FILE), "utf8"),
        publicFileExists: (p) => existsSync(path.join(root, "public", p)),
      }),
    );
  console.log(formatReport(problems));
  if (hasErrors(problems)) {
    astro.kill("SIGKILL");
    await exited;
    rmSync(partial, { recursive: true, force: true });
    console.error("内容检查未通过，网站没有生成，dist/ 保持原样。");
    process.exit(1);
  }
  heldBack.release();
  const [code, signal] = await exited;
  await heldBack.drained;
  if (code !== 0) throw new Error(signal ? `Astro 被信号 ${signal} 终止` : "Astro 构建出错（原因见上方）");
  const pages = await buildSearchIndex(partial, {
    info: (message: string) => console.log(`[zugong:search-index] ${message}`),
  });
  if (pages === 0) throw new Error("没有任何页面进入搜索索引");
  // A build that "succeeds" without a home page is not a site to publish.
  if (!existsSync(path.join(partial, "index.html")))
    throw new Error(`${relative(partial)} 中没有生成 index.html`);
  if (production) {
    // The compilation's PDF and EPUB go out with the site (the PDF only where Chromium runs).
    for (const line of await makeBook({ dist: partial })) console.log(`[zugong:book] ${line}`);
    await auditBeforePublishing();
  }
} catch (error) {
  rmSync(partial, { recursive: true, force: true });
  const e = error as Error & { hint?: string };
  // Astro has already logged where a page failed; the message is what the reader needs here.
  console.error(`\n构建失败，dist/ 保持原样（仍是上一次成功构建的网站）。\n原因：${e.message}`);
  if (e.hint) console.error(`怎么改：${e.hint}`);
  if (process.env["DEBUG"]) console.error(e.stack);
  process.exit(1);
}

swapIn(partial, dist);
console.log("网站已生成到 dist/。");
// Astro and Pagefind may leave handles open; the build is done.
process.exit(0);

/** 站点自查 of the new site, where it was built; a 单项否决 item stops it from being published. */
async function auditBeforePublishing(): Promise<void> {
  const report = await runAudit({
    root,
    dist: partial,
    config: site,
    // AUDIT_TODAY re-checks a site as of a given day (tests; re-running an old inspection).
    today: process.env["AUDIT_TODAY"] || undefined,
    log: (line) => console.log(`[站点自查] ${line}`),
  });
  console.log(formatAuditReport(report));
  const saved = saveAuditReport(report, root);
  console.log(`自查报告已保存：${relative(saved.json)}、${relative(saved.html)}`);
  if (auditExitCode(report) !== 0)
    throw Object.assign(new Error("站点自查发现单项否决项（见上方报告），正式发布的网站没有生成"), {
      hint: "按报告逐项处理后重新构建；报告中的日期、文件和页面指出了每一项的位置。",
    });
}

/** Buffers a child's stdout and stderr until `release()`, then passes them through as they come. */
function holdOutput(child: ChildProcess): { release(): void; drained: Promise<void> } {
  const held: Array<[NodeJS.WriteStream, Buffer]> = [];
  let holding = true;
  const streams = [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const;
  for (const [from, to] of streams)
    from?.on("data", (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
  return {
    release() {
      holding = false;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
    drained: Promise.all(streams.map(([from]) => (from ? once(from, "close") : Promise.resolve()))).then(
      () => {},
    ),
  };
}
