/**
 * npm run check — validates everything under src/content without building the
 * site, with the same checks the build runs, and prints problems in Chinese.
 */
import { fileURLToPath } from "node:url";
import { checkContent, formatReport, hasErrors } from "../../src/content-check/index.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const problems = checkContent(root);
console.log(formatReport(problems));
if (hasErrors(problems)) process.exitCode = 1;
