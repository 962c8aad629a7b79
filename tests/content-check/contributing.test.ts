/**
 * CONTRIBUTING.md explains every message npm run check can print: each fixed
 * message text in the checker and the schemas must appear in the guide, so a
 * new check cannot ship without its explanation.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build-site.ts";

const guide = readFileSync(path.join(PROJECT_ROOT, "CONTRIBUTING.md"), "utf8");

/** The fixed opening of every `message: "…"`/`error: "…"` in a folder's sources, sub-folders included (up to the first ${…} or punctuation). */
function messagesIn(folder: string): string[] {
  const dir = path.join(PROJECT_ROOT, folder);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && name !== "site.ts") // site.ts: the site config, not content
    .flatMap((name) => {
      const source = readFileSync(path.join(dir, name), "utf8");
      return [...source.matchAll(/\b(?:message|error):\s*[`"]([^`"$]*)/g)].map((m) =>
        (m[1] as string).trim(),
      );
    })
    .map((text) => text.replace(/[，：:（(“].*$/, ""))
    .filter((text) => /\p{Script=Han}{3}/u.test(text));
}

describe("CONTRIBUTING.md", () => {
  const messages = [...new Set([...messagesIn("src/content-check"), ...messagesIn("src/model")])];

  it("finds the messages to look for", () => {
    expect(messages.length).toBeGreaterThan(40);
  });

  it.each(messages)("explains “%s”", (message) => {
    expect(guide).toContain(message);
  });

  it("has a complete example for every collection", () => {
    for (const folder of ["rules", "study", "books", "articles"]) {
      expect(guide).toContain(`src/content/${folder}/`);
    }
    expect(guide).toContain("### 股室（`src/content/departments.yaml`）");
  });
});
