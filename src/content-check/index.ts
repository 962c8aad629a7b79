/** Content checking as one call: used by the build integration and by tests. */
import { existsSync } from "node:fs";
import path from "node:path";
import { loadContent } from "./load.ts";
import type { Problem } from "./problem.ts";
import { validateContent } from "./validate.ts";

export { formatProblem, formatReport, hasErrors, type Problem } from "./problem.ts";

/** Every problem in `<root>/src/content`, errors and warnings, in file order. */
export function checkContent(root: string): Problem[] {
  const { entries, problems } = loadContent(root);
  problems.push(...validateContent(entries, { fileExists: (p) => existsSync(path.join(root, p)) }));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
