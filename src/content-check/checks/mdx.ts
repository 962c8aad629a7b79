/**
 * MDX is Markdown that can contain code. Content may use it only to place the
 * project's own components: an .mdx file is allowed only in collections that
 * need components, may import only from src/components/, and may not export
 * anything or evaluate {…} expressions. Anything else is an error, so the
 * build stops before the code could run.
 */
import path from "node:path";
import type { Node as MdastNode, Parent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { MdxjsEsm } from "mdast-util-mdxjs-esm";
import type { MdxFlowExpression, MdxTextExpression } from "mdast-util-mdx-expression";
import { isComponentName } from "../../lib/markdown/rehype-sanitize-content.ts";
import type { BodyContext } from "../types.ts";
import { COLLECTIONS, type CollectionName } from "../../model/collections.ts";
import type { ParsedBody } from "../parse-body.ts";
import type { Problem } from "../problem.ts";

/**
 * Collections whose entries may be .mdx. Research articles may need a
 * component (a chart, a data table); rules, the study compilation and book
 * recommendations are plain text and stay .md.
 */
export const MDX_COLLECTIONS: readonly CollectionName[] = ["articles"];

/** The only folder MDX content may import from. */
export const COMPONENTS_FOLDER = "src/components/";

/** Where an import in `file` points, project-relative, or undefined for a package import. */
export function resolveImport(file: string, source: string): string | undefined {
  if (!source.startsWith(".") && !source.startsWith("/")) return undefined;
  const target = source.startsWith("/") ? source.slice(1) : path.posix.join(path.posix.dirname(file), source);
  return path.posix.normalize(target);
}

/** Whether an import source names a component of this project. */
export function isProjectComponent(file: string, source: string): boolean {
  const target = resolveImport(file, source);
  return (
    target !== undefined &&
    target.startsWith(COMPONENTS_FOLDER) &&
    !target.slice(COMPONENTS_FOLDER.length).includes("/") &&
    target.endsWith(".astro")
  );
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Line `index` (0-based) of a block of code, trimmed, for quoting it in a message. */
const codeLine = (code: string, index: number): string => code.split("\n")[index]?.trim() ?? "";

const COMPONENT_IMPORT_EXAMPLE = 'import PillarTag from "../../components/PillarTag.astro";';

export function checkMdx(ctx: BodyContext, parsed: ParsedBody): Problem[] {
  if (!parsed.mdx) return [];
  const at = (line: number | undefined) => (line === undefined ? undefined : ctx.firstLine + line - 1);
  const error = (
    line: number | undefined,
    problem: Omit<Problem, "severity" | "file" | "line">,
  ): Problem => ({
    severity: "error",
    file: ctx.file,
    line: at(line),
    ...problem,
  });

  if (!MDX_COLLECTIONS.includes(ctx.collection)) {
    return [
      {
        severity: "error",
        file: ctx.file,
        message: `${COLLECTIONS[ctx.collection].label}不能使用 MDX 格式`,
        found: `“${path.posix.basename(ctx.file)}”`,
        expected: `.md 文件（只有${MDX_COLLECTIONS.map((c) => COLLECTIONS[c].label).join("、")}可以用 .mdx 放置网站组件）`,
        hint: `把扩展名改为 .md；正文里的 import、<组件> 和 {…} 要删去或改成普通文字。`,
      },
    ];
  }

  if (!parsed.ok) {
    return [
      error(parsed.line, {
        message: "MDX 语法错误，文件无法读取",
        found: parsed.reason,
        expected: "MDX 中 {、}、< 有特殊含义：作为普通文字时写成 \\{、\\}、\\<",
        hint: "检查这一行及附近的花括号和尖括号；不需要组件的文章请改用 .md 文件。",
      }),
    ];
  }

  const problems: Problem[] = [];
  const imported = new Set<string>();

  for (const node of parsed.mdast.children as MdastNode[]) {
    if (node.type !== "mdxjsEsm") continue;
    const esm = node as MdxjsEsm;
    const line = esm.position?.start.line;
    for (const statement of esm.data?.estree?.body ?? []) {
      // estree positions count from the start of the body, like the Markdown nodes.
      const statementLine = statement.loc?.start.line ?? line;
      if (statement.type === "ImportDeclaration") {
        const source = String(statement.source.value);
        if (isProjectComponent(ctx.file, source)) {
          for (const specifier of statement.specifiers) imported.add(specifier.local.name);
        } else {
          problems.push(
            error(statementLine, {
              message: "MDX 文件只能引入本网站的组件",
              found: `“${source}”`,
              expected: `${COMPONENTS_FOLDER} 下的 .astro 组件，例如 ${COMPONENT_IMPORT_EXAMPLE}`,
              hint: "删去这一行 import；需要新组件时请开发人员放到 src/components/ 里。",
            }),
          );
        }
      } else {
        problems.push(
          error(statementLine, {
            message: "MDX 正文中不能写 export 或其他代码",
            found: `“${codeLine(esm.value, (statementLine ?? 0) - (line ?? 0))}”`,
            expected: `只有引入组件的 import 行，例如 ${COMPONENT_IMPORT_EXAMPLE}`,
            hint: "删去这段代码；文章的标题、日期等写在前置元数据里。",
          }),
        );
      }
    }
  }

  const visit = (node: MdastNode) => {
    const line = node.position?.start.line;
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      const expression = node as MdxFlowExpression | MdxTextExpression;
      // {/* 注释 */} is a comment, not code.
      if ((expression.data?.estree?.body.length ?? 1) > 0) {
        problems.push(
          error(line, {
            message: "MDX 正文中不能写 {…} 表达式",
            found: `“{${expression.value.trim().slice(0, 40)}}”`,
            expected: "普通文字；花括号作为文字时写成 \\{ 和 \\}",
            hint: "删去这个表达式，或在花括号前加反斜杠 \\ 让它按原样显示。",
          }),
        );
      }
    }
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const element = node as JsxElement;
      const name = element.name;
      if (name && isComponentName(name) && !imported.has(name)) {
        problems.push(
          error(line, {
            message: "使用了没有引入的组件",
            found: `<${name}>`,
            expected: `文件开头有引入它的一行，例如 ${COMPONENT_IMPORT_EXAMPLE}`,
            hint: `在正文开头加上 import ${name} from "../../components/${name}.astro";（组件须在 src/components/ 里），或删去 <${name}>。`,
          }),
        );
      }
      for (const attribute of element.attributes) {
        const expression =
          attribute.type === "mdxJsxExpressionAttribute" ||
          (attribute.value !== null && typeof attribute.value === "object");
        if (expression) {
          problems.push(
            error(line, {
              message: "标签的属性不能用 {…} 表达式",
              found:
                attribute.type === "mdxJsxExpressionAttribute"
                  ? `“{${attribute.value}}”`
                  : `“${attribute.name}={${(attribute.value as { value: string }).value}}”`,
              expected: '用引号写的文字，例如 title="年轻干部"',
              hint: "把属性值改成引号里的文字；需要传数字、列表等时请开发人员协助。",
            }),
          );
        } else if (name && isComponentName(name) && attribute.name.includes(":")) {
          problems.push(
            error(line, {
              message: "组件不能使用 client: 等指令",
              found: `“${attribute.name}”`,
              expected: "不带冒号的普通属性",
              hint: "删去这个属性：内容页不加载组件的浏览器脚本。",
            }),
          );
        }
      }
    }
    for (const child of (node as Parent).children ?? []) visit(child);
  };
  visit(parsed.mdast);
  return problems;
}
