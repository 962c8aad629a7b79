/** Shared pieces of the editor commands: the project root, today, and how results and mistakes are printed. */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { readContentIndex } from "./content-index.ts";
import { EditorToolError, existsIn, localDay, type EntryPlan, type PlanContext } from "./new-entry.ts";

export { PROJECT_ROOT } from "../../common/project.ts";

export function planContext(root: string, now = new Date()): PlanContext {
  return { index: readContentIndex(root), today: localDay(now), exists: existsIn(root) };
}

/** What the editor reads after a file is created: where it is, what was assumed, what is left, what next. */
export function describePlan(plan: EntryPlan, extra: { images?: string[]; notes?: string[] } = {}): string {
  const lines: string[] = [];
  if (plan.kind === "append") {
    lines.push(`已在 ${plan.file} 末尾添加股室：编号 ${plan.id}。`);
    lines.push("下一步：运行 npm run check 检查，然后提交合并请求（见 CONTRIBUTING.md）。");
    return lines.join("\n");
  }
  lines.push(`已创建 ${plan.file}`);
  if (extra.images?.length) lines.push(`已保存 ${extra.images.length} 张图片：${extra.images.join("、")}`);
  if (plan.defaults.length) {
    lines.push(
      `已自动填写（请核对）：${plan.defaults.map((d) => `${d.label}（${d.key}）${d.value}`).join("、")}`,
    );
  }
  const todo = plan.unfilled.map((f) => `${f.label}（${f.key}）`);
  if (
    /^(?:第[^条\s]+条\s+)?待填写/m.test(
      plan.text
        .split(/\n---\n/)
        .slice(1)
        .join("\n---\n"),
    )
  )
    todo.push("正文");
  if (todo.length) lines.push(`还需要填写（文件中标着“待填写”）：${todo.join("、")}`);
  for (const note of extra.notes ?? []) lines.push(`注意：${note}`);
  lines.push(
    "下一步：",
    `  1. 用编辑器打开 ${plan.file}，把“待填写”换成实际内容${todo.includes("正文") ? "，写好正文" : "，核对正文"}；`,
    "  2. 运行 npm run check，按提示修改，直到没有错误；",
    "  3. 运行 npm run dev 在浏览器中预览，然后提交合并请求（见 CONTRIBUTING.md）。",
  );
  return lines.join("\n");
}

/** Runs a command's main function: an EditorToolError is printed as a plain Chinese message, exit code 1. */
export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof EditorToolError) {
      console.error(`出错了：${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

/**
 * A command's options and positionals; a mistake in them is an EditorToolError
 * followed by the help text. With --help/-h the help is printed and the result
 * is undefined: the command has nothing more to do.
 */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(options: O, help: string) {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options });
  } catch (error) {
    throw new EditorToolError(`${(error as Error).message}\n\n${help}`);
  }
  if ((parsed.values as Record<string, unknown>)["help"]) {
    console.log(help);
    return undefined;
  }
  return parsed;
}
