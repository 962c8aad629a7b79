/**
 * 最后更新: when a content file last changed, from git history, falling back
 * to the entry's own date where git cannot tell (no git, a shallow clone, a
 * file not yet committed).
 */
import { execFileSync } from "node:child_process";
import { parseIsoDay } from "../text/dates.ts";

/** Runs git with `args` in `cwd`: its output, or undefined when git is missing or fails. */
export type GitRunner = (args: readonly string[], cwd: string) => string | undefined;

export const runGit: GitRunner = (args, cwd) => {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined;
  }
};

/**
 * The last commit day (YYYY-MM-DD) of every file under `folder`, keyed by its
 * path relative to `root`. Undefined when there is no usable history: no git,
 * not a repository, or a shallow clone (whose single commit would date every
 * file the same day).
 */
export function gitLastChanged(
  root: string,
  folder = "src/content",
  run: GitRunner = runGit,
): Map<string, string> | undefined {
  const shallow = run(["rev-parse", "--is-shallow-repository"], root);
  if (shallow === undefined || shallow.trim() !== "false") return undefined;
  // Newest first: the first day seen for a file is its last change. %cs is the committer day.
  const log = run(["log", "--relative", "--format=%x00%cs", "--name-only", "--", folder], root);
  if (log === undefined) return undefined;
  const days = new Map<string, string>();
  let day: string | undefined;
  for (const line of log.split("\n")) {
    if (line.startsWith("\0")) day = line.slice(1).trim();
    else if (line.trim() !== "" && day && !days.has(line.trim())) days.set(line.trim(), day);
  }
  return days;
}

/**
 * The day a page was last updated: the later of the file's last commit and
 * the entry's own date (an entry dated after its commit is not shown as
 * updated before it was issued), or whichever of the two is known.
 */
export function lastUpdated(gitDay: string | undefined, ownDate: Date | undefined): Date | undefined {
  const fromGit = gitDay ? parseIsoDay(gitDay) : undefined;
  if (fromGit && ownDate) return fromGit > ownDate ? fromGit : ownDate;
  return fromGit ?? ownDate;
}

const cache = new Map<string, Map<string, string> | undefined>();

/** lastUpdated for a project file, reading git history once per project root. */
export function lastUpdatedOf(
  root: string,
  filePath: string | undefined,
  ownDate: Date | undefined,
): Date | undefined {
  if (!cache.has(root)) cache.set(root, gitLastChanged(root));
  const key = filePath?.replaceAll("\\", "/").replace(/^\.\//, "");
  return lastUpdated(key ? cache.get(root)?.get(key) : undefined, ownDate);
}
