import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  gitLastChanged,
  lastUpdated,
  lastUpdatedOf,
  type GitRunner,
} from "../../../src/lib/site/last-updated.ts";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("lastUpdated", () => {
  it("takes the git day when it is later than the entry's own date", () => {
    expect(lastUpdated("2025-06-01", day("2024-03-01"))).toEqual(day("2025-06-01"));
  });

  it("never shows a page as updated before its own date", () => {
    expect(lastUpdated("2024-01-10", day("2024-03-01"))).toEqual(day("2024-03-01"));
  });

  it("falls back to the entry's own date without git history, and to git without an own date", () => {
    expect(lastUpdated(undefined, day("2024-03-01"))).toEqual(day("2024-03-01"));
    expect(lastUpdated("2025-06-01", undefined)).toEqual(day("2025-06-01"));
    expect(lastUpdated(undefined, undefined)).toBeUndefined();
  });
});

describe("gitLastChanged with a stubbed git", () => {
  const stub =
    (answers: Record<string, string | undefined>): GitRunner =>
    (args) =>
      answers[args[0] as string];

  it("reads the newest day of each file from one git log", () => {
    const log =
      "\u00002025-06-02\n\nsrc/content/rules/a.md\n\n\u00002025-01-05\n\nsrc/content/rules/a.md\nsrc/content/books/b.md\n";
    const days = gitLastChanged("/project", "src/content", stub({ "rev-parse": "false\n", log }));
    expect(days).toEqual(
      new Map([
        ["src/content/rules/a.md", "2025-06-02"],
        ["src/content/books/b.md", "2025-01-05"],
      ]),
    );
  });

  it("gives up in a shallow clone, where every file would get the clone's day", () => {
    expect(
      gitLastChanged("/project", "src/content", stub({ "rev-parse": "true\n", log: "" })),
    ).toBeUndefined();
  });

  it("gives up without git or outside a repository", () => {
    expect(gitLastChanged("/project", "src/content", stub({}))).toBeUndefined();
  });
});

describe("gitLastChanged with a real repository", () => {
  const root = mkdtempSync(path.join(tmpdir(), "zugong-git-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (args: string[], date: string) =>
    execFileSync("git", args, {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: "ignore",
    });

  it("dates each committed file by its last commit, and leaves others to the fallback", () => {
    mkdirSync(path.join(root, "src/content/rules"), { recursive: true });
    git(["init", "-q"], "2024-01-01T12:00:00Z");
    git(["config", "user.email", "test@example.com"], "2024-01-01T12:00:00Z");
    git(["config", "user.name", "测试"], "2024-01-01T12:00:00Z");
    writeFileSync(path.join(root, "src/content/rules/a.md"), "一\n");
    writeFileSync(path.join(root, "src/content/rules/b.md"), "一\n");
    git(["add", "."], "2024-05-01T12:00:00Z");
    git(["commit", "-qm", "first"], "2024-05-01T12:00:00Z");
    writeFileSync(path.join(root, "src/content/rules/a.md"), "二\n");
    git(["commit", "-qam", "second"], "2025-02-03T12:00:00Z");
    writeFileSync(path.join(root, "src/content/rules/new.md"), "新\n");

    expect(gitLastChanged(root)).toEqual(
      new Map([
        ["src/content/rules/a.md", "2025-02-03"],
        ["src/content/rules/b.md", "2024-05-01"],
      ]),
    );
    expect(lastUpdatedOf(root, "src/content/rules/a.md", day("2024-03-01"))).toEqual(day("2025-02-03"));
    expect(lastUpdatedOf(root, "src/content/rules/new.md", day("2024-03-01"))).toEqual(day("2024-03-01"));
  });

  it("falls back to the entry's own date in a folder without git", () => {
    const plain = mkdtempSync(path.join(tmpdir(), "zugong-nogit-"));
    try {
      expect(gitLastChanged(plain)).toBeUndefined();
      expect(lastUpdatedOf(plain, "src/content/rules/a.md", day("2024-03-01"))).toEqual(day("2024-03-01"));
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
