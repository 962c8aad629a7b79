/**
 * npm run import -- FILE.docx — turns a Word document (also saved by WPS) into
 * a new content file: headings, lists, tables, bold and italics are kept;
 * 第X章 headings and 第N条 articles are recognised; the title, 文号 and dates
 * are pre-filled where the document has them; what could not be filled is
 * marked 待填写; images are saved next to the entry. Never overwrites a file.
 *
 *   npm run import -- 首问负责制度.docx --collection rules [--id shouwen-fuze] [--title 首问负责制度]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { formatChanges } from "../../src/content-check/fix.ts";
import { describePlan, parseCommandArgs, PROJECT_ROOT, planContext, runCommand } from "./lib/cli.ts";
import { MARKDOWN_COLLECTIONS } from "./lib/content-index.ts";
import { guessCollection, planImport, readDocx, writeImport } from "./lib/import-entry.ts";
import { COLLECTION_LABELS, EditorToolError, isIdTaken, resolveCollection } from "./lib/new-entry.ts";
import { readlinePrompter } from "./lib/prompts.ts";
import { titleToId, uniqueId } from "./lib/slug.ts";

const HELP = `用法：npm run import -- 文件.docx [选项]

把 Word 文档（.docx，WPS 保存的也可以）转换成一个新的内容文件。

  --collection, -c   内容类别：rules（规章制度）、study（学习资料选编）、books（推荐书目）、articles（调研文章）
                     不给出时会根据文档内容建议一个并询问
  --id               编号，即文件名（默认取标题的拼音）
  --title, -t        标题（默认取文档的标题）
  --yes, -y          不提问（此时必须给出 --collection）
  --help, -h         显示本说明

例如：npm run import -- 首问负责制度.docx --collection rules`;

await runCommand(async () => {
  const parsed = parseCommandArgs(
    {
      collection: { type: "string", short: "c" },
      id: { type: "string" },
      title: { type: "string", short: "t" },
      yes: { type: "boolean", short: "y" },
      help: { type: "boolean", short: "h" },
    },
    HELP,
  );
  if (!parsed) return;
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file) throw new EditorToolError(`请给出要导入的 Word 文件。\n\n${HELP}`);
  if (/\.(?:doc|wps)$/i.test(file)) {
    throw new EditorToolError(
      "只能导入 .docx 文件：请在 Word/WPS 中打开它，“另存为”Word 文档（*.docx）后再导入。",
    );
  }
  // npm runs scripts in the project folder; a relative path is from where the editor typed the command.
  const full = path.resolve(process.env["INIT_CWD"] ?? process.cwd(), file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch {
    throw new EditorToolError(`找不到文件 ${full}。`);
  }

  const interactive = !values.yes && process.stdin.isTTY;
  const ctx = planContext(PROJECT_ROOT);
  let collection = values.collection ? resolveCollection(values.collection) : undefined;
  let id = values.id;
  if (collection === undefined) {
    if (!interactive) throw new EditorToolError(`不提问时必须给出 --collection。\n\n${HELP}`);
    // Read once as a rule to see what the document looks like, then ask.
    const probe = await readDocx(bytes, "rules");
    const guess = guessCollection(probe.body, probe);
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      const prompter = readlinePrompter(rl, (text) => process.stdout.write(text));
      const chosen = await prompter.choose(
        "把这个文档导入为哪一类内容？",
        MARKDOWN_COLLECTIONS.map((c) => ({ value: c, label: `${COLLECTION_LABELS[c]}（${c}）` })),
        guess ? { defaultValue: guess } : {},
      );
      const target = resolveCollection(chosen);
      if (target === "departments") throw new EditorToolError("股室不能从 Word 文档导入，请用 npm run new。");
      collection = target;
      const title = values.title ?? probe.title;
      if (!id && title) {
        const fromTitle = titleToId(title);
        const suggested = fromTitle ? uniqueId(fromTitle, (c) => isIdTaken(target, c, ctx)) : undefined;
        id = (await prompter.ask("编号（文件名，也是网址的一部分）", suggested)) || undefined;
      }
    } finally {
      rl.close();
    }
  }
  if (collection === "departments") throw new EditorToolError("股室不能从 Word 文档导入，请用 npm run new。");
  const doc = await readDocx(bytes, collection);
  const plan = planImport(doc, { collection, id, title: values.title }, ctx);
  writeImport(PROJECT_ROOT, plan);
  console.log(`已导入 ${path.basename(full)}`);
  console.log(describePlan(plan, { images: plan.images.map((i) => i.file), notes: plan.notes }));
  if (plan.fixes.length > 0) {
    console.log(
      `导入时自动改正了 ${plan.fixes.length} 处中文文字问题（与 npm run check -- --fix 相同，请核对）：`,
    );
    console.log(formatChanges(plan.fixes).join("\n"));
  }
});
