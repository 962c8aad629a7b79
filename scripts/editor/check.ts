/**
 * npm run check — validates everything under src/content without building the
 * site, with the same checks the build runs, and prints problems in Chinese.
 *
 *   npm run check -- --fix             first applies the safe Chinese-text fixes in place and lists them
 *   npm run check -- --corpus [DIR]    times the Chinese-text check on the law corpus (../shared/corpus/laws)
 */
import { fileURLToPath } from "node:url";
import { chineseText } from "../../src/content-check/checks/chinese-text.ts";
import { fixContent, formatFixes } from "../../src/content-check/fix.ts";
import { checkContent, formatReport, hasErrors, type Problem } from "../../src/content-check/index.ts";
import { corpusDirOrExit, lawToRuleMarkdown, readCorpus } from "../common/corpus.ts";
import { parseCommandArgs, runCommand } from "./lib/cli.ts";

const HELP = `用法：npm run check [-- 选项]

检查 src/content 下的全部内容，与构建网站时的检查相同。

  --fix          先自动改正能安全改正的中文文字问题（拼音残留、繁体字、中文标点），列出改了什么，再检查
  --corpus [目录] 对法律法规语料（默认 ../shared/corpus/laws）运行中文文字检查并计时（开发人员用）
  --help, -h     显示本说明`;

await runCommand(async () => {
  const parsed = parseCommandArgs(
    { fix: { type: "boolean" }, corpus: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    HELP,
  );
  if (!parsed) return;
  const root = fileURLToPath(new URL("../..", import.meta.url));
  if (parsed.values.corpus) {
    checkCorpus(parsed.positionals[0]);
    return;
  }
  if (parsed.values.fix) console.log(`${formatFixes(fixContent(root))}\n`);
  const problems = checkContent(root);
  console.log(formatReport(problems));
  if (hasErrors(problems)) process.exitCode = 1;
});

/** The Chinese-text check over every law of the corpus, each as a rule file; the report's summary and the time taken. */
function checkCorpus(given: string | undefined): void {
  const dir = corpusDirOrExit(given);
  const laws = readCorpus(dir);
  const started = performance.now();
  const problems: Problem[] = laws.flatMap((law) =>
    chineseText({ file: law.file, text: lawToRuleMarkdown(law), kind: "markdown", isRule: true }),
  );
  const seconds = (performance.now() - started) / 1000;
  const byMessage = new Map<string, { blocks: number; places: number; files: Set<string> }>();
  for (const p of problems) {
    const entry = byMessage.get(p.message) ?? { blocks: 0, places: 0, files: new Set<string>() };
    entry.blocks += 1;
    entry.places += p.count ?? 1;
    entry.files.add(p.file);
    byMessage.set(p.message, entry);
  }
  console.log(formatReport(problems));
  console.log(`\n语料：${laws.length} 部法律法规，中文文字检查用时 ${seconds.toFixed(2)} 秒`);
  for (const [message, { places, files }] of byMessage) {
    console.log(`  ${message}：${files.size} 个文件，${places} 处`);
  }
}
