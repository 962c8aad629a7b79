/**
 * The W3C Nu Html Checker (vnu.jar, shipped by the vnu-jar package) over a
 * set of HTML files, in one Java process per batch: starting the JVM costs
 * about a second, checking a page a few milliseconds.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { HtmlMessage } from "../../src/lib/audit/checkers.ts";

const run = promisify(execFile);

/** One message of the checker: the audit's HtmlMessage (src/lib/audit/checkers.ts). */
export type VnuMessage = HtmlMessage;

interface RawMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Where vnu.jar is, resolved through the package so that a hoisted install works too. */
export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
}

/** True when a `java` command can run; the checker needs it and says so when it is missing. */
export async function hasJava(): Promise<boolean> {
  try {
    await run("java", ["-version"]);
    return true;
  } catch {
    return false;
  }
}

const BATCH = 400;

/** Checks the files and returns every message (errors and warnings), in file order. */
export async function validateHtml(files: readonly string[]): Promise<VnuMessage[]> {
  const messages: VnuMessage[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    // --exit-zero-always: the result is read from the JSON, not the exit code; the report goes to stderr.
    const { stderr } = await run(
      "java",
      ["-Xss8m", "-jar", vnuJarPath(), "--format", "json", "--exit-zero-always", ...batch],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const parsed = JSON.parse(stderr) as { messages: RawMessage[] };
    for (const raw of parsed.messages) messages.push(toMessage(raw));
  }
  return messages;
}

function toMessage(raw: RawMessage): VnuMessage {
  return {
    file: raw.url?.startsWith("file:") ? fileURLToPath(raw.url) : (raw.url ?? ""),
    line: raw.lastLine,
    column: raw.firstColumn,
    // A file vnu could not read ("non-document-error") is as much a failure as invalid markup.
    type: raw.type === "info" ? "info" : "error",
    subType: raw.subType,
    message: raw.message,
    extract: raw.extract,
  };
}

export const isVnuError = (message: VnuMessage) => message.type === "error";
