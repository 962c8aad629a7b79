/**
 * npm run check -- --fix: the safe Chinese-text fixes (checks/chinese-text.ts)
 * applied to the content files in place, and the list of what changed, for
 * the editor to read. Files that are not UTF-8 are left alone (the check
 * reports their encoding first).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COLLECTIONS, COLLECTION_NAMES, MARKDOWN_EXTENSIONS } from "../model/collections.ts";
import { fixText, SLIP_SPECS, type TextChange } from "./checks/chinese-text.ts";
import { decodeContent } from "./checks/text.ts";

export interface FileFix {
  /** Project-relative path. */
  file: string;
  changes: TextChange[];
}

/** Content files the check reads: each Markdown collection's files and each data file. */
function contentFiles(root: string): Array<{ file: string; kind: "markdown" | "yaml"; isRule: boolean }> {
  const files: Array<{ file: string; kind: "markdown" | "yaml"; isRule: boolean }> = [];
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const target = path.join(root, "src", "content", spec.path);
    const rel = (full: string) => path.relative(root, full).split(path.sep).join("/");
    try {
      if (spec.kind === "yaml-list") {
        if (statSync(target).isFile()) files.push({ file: rel(target), kind: "yaml", isRule: false });
        continue;
      }
      for (const entry of readdirSync(target).sort()) {
        const full = path.join(target, entry);
        if (!(MARKDOWN_EXTENSIONS as readonly string[]).includes(path.extname(entry))) continue;
        if (statSync(full).isFile())
          files.push({ file: rel(full), kind: "markdown", isRule: name === "rules" });
      }
    } catch {
      // A missing folder or file is the check's to report.
    }
  }
  return files;
}

/** Applies the safe fixes to every content file under `root`; returns what changed, file by file. */
export function fixContent(root: string): FileFix[] {
  const fixes: FileFix[] = [];
  for (const { file, kind, isRule } of contentFiles(root)) {
    const full = path.join(root, file);
    const bytes = readFileSync(full);
    const { text, encoding } = decodeContent(bytes);
    if (encoding !== "utf-8") continue;
    // A byte-order mark is kept as it was.
    const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    const fixed = fixText({ file, text: text.slice(bom.length), kind, isRule });
    if (fixed.changes.length === 0) continue;
    writeFileSync(full, bom + fixed.text);
    fixes.push({ file, changes: fixed.changes });
  }
  return fixes;
}

/** One line per change: line number, what kind of fix, before and after. */
export function formatChanges(changes: readonly TextChange[]): string[] {
  return changes.map(
    (change) =>
      `  第 ${change.line} 行  ${SLIP_SPECS[change.kind].fixLabel}：“${change.before.trim()}” → “${change.after.trim()}”`,
  );
}

/** What --fix changed, in Chinese: per file, one line per change with its line number, before and after. */
export function formatFixes(fixes: readonly FileFix[]): string {
  if (fixes.length === 0) return "自动改正：没有可以自动改正的问题，文件都没有改动。";
  const total = fixes.reduce((n, f) => n + f.changes.length, 0);
  const lines = [`自动改正：改动了 ${fixes.length} 个文件，共 ${total} 处（请用 git diff 核对后再提交）：`];
  for (const { file, changes } of fixes)
    lines.push("", `${file}（${changes.length} 处）`, ...formatChanges(changes));
  return lines.join("\n");
}
