/**
 * Replacing a folder (dist/) only when its successor is complete: the new
 * content is written to a sibling `dist.partial-<pid>`, then two renames on
 * the same file system swap it in, so at no point is dist/ half-written.
 * A build that died leaves siblings behind; the next build removes them, and
 * puts the old site back if it died between the two renames.
 */
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

export type SiblingKind = "partial" | "old";

export interface Leftover {
  path: string;
  kind: SiblingKind;
  pid: number;
}

export function siblingOf(dir: string, kind: SiblingKind, pid: number): string {
  return `${dir}.${kind}-${pid}`;
}

/** Siblings of `dir` that builds create: `dir.partial-<pid>` and `dir.old-<pid>`, sorted by name. */
export function leftoversOf(dir: string): Leftover[] {
  const parent = path.dirname(dir);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(
    `^${path.basename(dir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(partial|old)-(\\d+)$`,
  );
  return readdirSync(parent)
    .sort()
    .flatMap((name) => {
      const match = pattern.exec(name);
      return match
        ? [{ path: path.join(parent, name), kind: match[1] as SiblingKind, pid: Number(match[2]) }]
        : [];
    });
}

/** Whether a process is running (a pid of another user's process counts as running). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface Recovery {
  restored?: string;
  removed: string[];
  /** Leftovers of builds that are still running, left alone. */
  running: string[];
}

/**
 * Cleans up after builds that died: restores `dir` from a `dir.old-<pid>` if
 * a build died between its two renames, and removes every other leftover of
 * a process that is no longer running.
 */
export function recoverLeftovers(dir: string, alive: (pid: number) => boolean = processAlive): Recovery {
  const recovery: Recovery = { removed: [], running: [] };
  for (const leftover of leftoversOf(dir)) {
    if (leftover.pid !== process.pid && alive(leftover.pid)) {
      recovery.running.push(leftover.path);
    } else if (leftover.kind === "old" && !existsSync(dir)) {
      renameSync(leftover.path, dir);
      recovery.restored = leftover.path;
    } else {
      rmSync(leftover.path, { recursive: true, force: true });
      recovery.removed.push(leftover.path);
    }
  }
  return recovery;
}

/**
 * Puts the complete folder `next` in place of `dir`: two renames, so readers
 * see either the old or the new folder, never a mix; then removes the old one.
 */
export function swapIn(next: string, dir: string, pid = process.pid): void {
  const old = siblingOf(dir, "old", pid);
  const hadOld = existsSync(dir);
  if (hadOld) renameSync(dir, old);
  try {
    renameSync(next, dir);
  } catch (error) {
    if (hadOld) renameSync(old, dir);
    throw error;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
