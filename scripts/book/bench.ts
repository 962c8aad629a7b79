/**
 * The book at scale: the real-law corpus (../shared/corpus/laws) as one
 * compilation — `--chapters N` laws (default 300) in parts of 30 — built into a
 * temporary copy of the portal, then `npm run book` on it, with its time and
 * the peak memory of its whole process tree (Node and Chromium) measured.
 *
 *   node scripts/book/bench.ts [--chapters 300] [--corpus DIR] [--no-pdf]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runMeasured } from "../bench/lib/process.ts";
import { corpusDirOrExit, readCorpus } from "../common/corpus.ts";
import { cleanEnv, copyProject } from "../common/project.ts";
import { toChineseNumeral } from "../../src/lib/reading/chinese-numerals.ts";

const { values } = parseArgs({
  options: {
    chapters: { type: "string", default: "300" },
    corpus: { type: "string" },
    "no-pdf": { type: "boolean" },
  },
});
const laws = readCorpus(corpusDirOrExit(values.corpus))
  .filter((law) => law.body.length > 0)
  .slice(0, Number(values.chapters));
const root = copyProject("zugong-book-bench-");
const study = path.join(root, "src/content/study");
rmSync(study, { recursive: true, force: true });
mkdirSync(study);
laws.forEach((law, index) => {
  const part = `第${toChineseNumeral(Math.floor(index / 30) + 1)}编 法律法规（语料）`;
  const front = ["---", `title: ${JSON.stringify(law.title)}`, `part: ${part}`, `order: ${index + 1}`, "---"];
  writeFileSync(
    path.join(study, `law-${String(index + 1).padStart(5, "0")}.md`),
    `${front.join("\n")}\n\n${law.body}\n`,
  );
});
const dist = path.join(root, "dist-bench");
// The corpus is real text with its own punctuation quirks: not ours to fix, so the content check is skipped.
const env = cleanEnv({
  ASTRO_TELEMETRY_DISABLED: "1",
  SOURCE_DATE_EPOCH: "1764460800",
  ZUGONG_CONTENT_CHECKED: "1",
});
try {
  console.log(`${laws.length} 章：构建网站……`);
  const site = await runMeasured(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "build", "--outDir", dist],
    {
      cwd: root,
      env,
    },
  );
  if (!statSync(path.join(dist, "study/print/index.html"), { throwIfNoEntry: false }))
    throw new Error(`网站构建失败：\n${site.output.slice(-3000)}`);
  console.log(`网站构建 ${(site.wallMs / 1000).toFixed(1)} s。npm run book……`);
  const args = ["scripts/book/book.ts", "--dist", dist, ...(values["no-pdf"] ? ["--no-pdf"] : [])];
  const book = await runMeasured(process.execPath, args, {
    cwd: root,
    env,
    onTimeline: (line) => console.log(line),
  });
  const size = (name: string) =>
    statSync(path.join(dist, "study", name), { throwIfNoEntry: false })?.size ?? 0;
  console.log(book.output.trim());
  const pdf = path.join(dist, "study/xuanbian.pdf");
  const pages = existsSync(pdf)
    ? Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1])
    : 0;
  console.log(
    JSON.stringify(
      {
        chapters: laws.length,
        printPageBytes: statSync(path.join(dist, "study/print/index.html")).size,
        bookWallSeconds: Math.round(book.wallMs / 100) / 10,
        bookCpuSeconds: Math.round(book.cpuMs / 100) / 10,
        peakRssMb: Math.round(book.peakRssBytes / 2 ** 20),
        peakRssMbByName: book.peakRssMbByName,
        epubBytes: size("xuanbian.epub"),
        pdfBytes: size("xuanbian.pdf"),
        pdfPages: pages,
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
