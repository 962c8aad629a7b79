/**
 * npm run new — creates a new content file with today's date, an id from the
 * title and every required field filled in or marked 待填写. Asks in the
 * terminal for what the flags do not give; never overwrites a file.
 *
 *   npm run new
 *   npm run new -- --collection rules --title 首问负责制度 [--id shouwen-fuze] [--date 2024-03-01]
 */
import { createInterface } from "node:readline/promises";
import { describePlan, parseCommandArgs, PROJECT_ROOT, planContext, runCommand } from "./lib/cli.ts";
import { askForMissing } from "./lib/new-entry-questions.ts";
import {
  EditorToolError,
  planNewEntry,
  writePlan,
  type GivenInput,
  type NewEntryInput,
} from "./lib/new-entry.ts";
import { readlinePrompter } from "./lib/prompts.ts";

const HELP = `用法：npm run new [-- 选项]

不带选项时逐项提问。用选项（例如在脚本中）时，没有给出的必填项在文件中标为“待填写”：

  --collection, -c   内容类别：rules（规章制度）、study（学习资料选编）、books（推荐书目）、
                     articles（调研文章）、sessions（学习安排）、departments（股室）
  --title, -t        标题（股室为名称）
  --id               编号，即文件名（默认取标题的拼音，如 shouwen-fuze-zhidu）
  --date             rules 的成文日期、articles 的发布日期（默认今天）、sessions 的日期（默认下一个星期五）
  --issuer --category --status --doc-number --pillar        规章制度的字段
  --part --order --source --pillar                          学习资料选编的字段
  --author（可重复） --publisher --month --pillar            推荐书目的字段
  --author（可重复） --department --pillar                   调研文章的字段
  --start --end --place --format --speaker --host --material（可重复） --pillar
                                                            学习安排的字段（--host 填股室的编号或名称，
                                                            --material 如 study/gongwuyuan-fa）
  --yes, -y          不提问，直接按选项生成
  --help, -h         显示本说明

例如：npm run new -- --collection rules --title 首问负责制度 --category 工作制度`;

await runCommand(async () => {
  const parsed = parseCommandArgs(
    {
      collection: { type: "string", short: "c" },
      title: { type: "string", short: "t" },
      id: { type: "string" },
      date: { type: "string" },
      issuer: { type: "string" },
      category: { type: "string" },
      status: { type: "string" },
      "doc-number": { type: "string" },
      pillar: { type: "string" },
      part: { type: "string" },
      order: { type: "string" },
      source: { type: "string" },
      author: { type: "string", multiple: true },
      publisher: { type: "string" },
      month: { type: "string" },
      department: { type: "string" },
      start: { type: "string" },
      end: { type: "string" },
      place: { type: "string" },
      format: { type: "string" },
      speaker: { type: "string" },
      host: { type: "string" },
      material: { type: "string", multiple: true },
      yes: { type: "boolean", short: "y" },
      help: { type: "boolean", short: "h" },
    },
    HELP,
  );
  if (!parsed) return;
  const { values, positionals } = parsed;
  const given: GivenInput = {
    collection: values.collection ?? positionals[0],
    title: values.title ?? (positionals.slice(1).join(" ") || undefined),
    id: values.id,
    date: values.date,
    issuer: values.issuer,
    category: values.category,
    status: values.status,
    docNumber: values["doc-number"],
    pillar: values.pillar,
    part: values.part,
    order: values.order,
    source: values.source,
    authors: values.author,
    publisher: values.publisher,
    month: values.month,
    department: values.department,
    start: values.start,
    end: values.end,
    place: values.place,
    format: values.format,
    speaker: values.speaker,
    host: values.host,
    materials: values.material,
  };
  const ctx = planContext(PROJECT_ROOT);
  let input: NewEntryInput;
  if (values.yes || !process.stdin.isTTY) {
    if (!given.collection || !given.title) {
      throw new EditorToolError(`不提问时必须给出 --collection 和 --title。\n\n${HELP}`);
    }
    input = given as NewEntryInput;
  } else {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      input = await askForMissing(
        given,
        ctx,
        readlinePrompter(rl, (text) => process.stdout.write(text)),
      );
    } finally {
      rl.close();
    }
  }
  const plan = planNewEntry(input, ctx);
  writePlan(PROJECT_ROOT, plan);
  console.log(describePlan(plan));
});
