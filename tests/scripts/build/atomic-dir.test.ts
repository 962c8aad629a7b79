import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  leftoversOf,
  processAlive,
  recoverLeftovers,
  siblingOf,
  swapIn,
} from "../../../scripts/build/lib/atomic-dir.ts";

let parent: string;
let dist: string;

/** A folder standing for one build's output, marked with `label`. */
function site(dir: string, label: string) {
  mkdirSync(path.join(dir, "rules"), { recursive: true });
  writeFileSync(path.join(dir, "index.html"), label);
  writeFileSync(path.join(dir, "rules", "index.html"), label);
}
const label = (dir: string) => readFileSync(path.join(dir, "index.html"), "utf8");
const DEAD = 2 ** 22 + 12345; // above Linux's pid_max default: never a running process

beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), "zugong-atomic-unit-"));
  dist = path.join(parent, "dist");
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe("swapIn", () => {
  it("replaces the old folder with the new one and removes the old one", () => {
    site(dist, "old");
    const next = siblingOf(dist, "partial", 42);
    site(next, "new");
    swapIn(next, dist, 42);
    expect(label(dist)).toBe("new");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("creates the folder on a first build", () => {
    const next = siblingOf(dist, "partial", 7);
    site(next, "first");
    swapIn(next, dist, 7);
    expect(label(dist)).toBe("first");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("puts the old folder back when the new one cannot be moved in", () => {
    site(dist, "old");
    expect(() => swapIn(path.join(parent, "missing"), dist, 9)).toThrow();
    expect(label(dist)).toBe("old");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });
});

describe("leftovers of builds that died", () => {
  it("finds only this folder's partial and old siblings", () => {
    for (const name of [
      "dist.partial-12",
      "dist.old-34",
      "dist.partial-x",
      "dist-partial-5",
      "distx.partial-6",
      "dist.backup",
    ])
      mkdirSync(path.join(parent, name));
    expect(leftoversOf(dist).map((l) => [path.basename(l.path), l.kind, l.pid])).toEqual([
      ["dist.old-34", "old", 34],
      ["dist.partial-12", "partial", 12],
    ]);
  });

  it("removes the half-written output of a dead build and keeps the site", () => {
    site(dist, "good");
    site(siblingOf(dist, "partial", DEAD), "half");
    const recovery = recoverLeftovers(dist);
    expect(recovery.removed).toEqual([siblingOf(dist, "partial", DEAD)]);
    expect(label(dist)).toBe("good");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("restores the site from a build killed between its two renames", () => {
    site(siblingOf(dist, "old", DEAD), "good");
    site(siblingOf(dist, "partial", DEAD), "new");
    const recovery = recoverLeftovers(dist);
    expect(recovery.restored).toBe(siblingOf(dist, "old", DEAD));
    expect(label(dist)).toBe("good");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("leaves alone the folders of a build that is still running", () => {
    site(dist, "good");
    site(siblingOf(dist, "partial", 4242), "in progress");
    const recovery = recoverLeftovers(dist, (pid) => pid === 4242);
    expect(recovery.running).toEqual([siblingOf(dist, "partial", 4242)]);
    expect(existsSync(siblingOf(dist, "partial", 4242))).toBe(true);
  });

  it("tells running processes from finished ones", () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(DEAD)).toBe(false);
  });
});
