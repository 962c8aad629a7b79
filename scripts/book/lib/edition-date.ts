/**
 * The edition's date, which the EPUB and the PDF carry: SOURCE_DATE_EPOCH when
 * set (reproducible builds), else the date of the last commit that changed the
 * compilation or the site config, else the newest change to a chapter file.
 * Never the clock, so two runs on the same commit give the same bytes.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const dayInChina = (ms: number) => new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 10);

export function editionDate(root: string, env: Record<string, string | undefined> = process.env): string {
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch && /^\d+$/.test(epoch)) return dayInChina(Number(epoch) * 1000);
  try {
    const seconds = execFileSync(
      "git",
      ["log", "-1", "--format=%ct", "--", "src/content/study", "site.config.ts"],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    ).trim();
    if (/^\d+$/.test(seconds)) return dayInChina(Number(seconds) * 1000);
  } catch {
    // Not a git checkout: fall through to the files themselves.
  }
  const folder = path.join(root, "src/content/study");
  const newest = Math.max(0, ...readdirSync(folder).map((name) => statSync(path.join(folder, name)).mtimeMs));
  return dayInChina(newest);
}
