/**
 * Stops `astro build` before any page is rendered when the content has an
 * error, and prints every problem in Chinese. Astro's own schema errors name
 * only the entry; this report names the file, line, field, value found, what
 * is expected and how to fix it, and lists all problems at once.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { checkContent, formatReport, hasErrors } from "../content-check/index.ts";

export default function contentGuard(): AstroIntegration {
  return {
    name: "zugong:content-guard",
    hooks: {
      "astro:config:setup": ({ config, command, logger }) => {
        // `npm run build` (scripts/build/build.ts) has just checked the same files before starting Astro.
        if (process.env["ZUGONG_CONTENT_CHECKED"] === "1") return;
        const root = fileURLToPath(config.root);
        const problems = checkContent(root);
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (hasErrors(problems) && command === "build") {
          // Printed in full before throwing, so nothing is lost to Astro's error box.
          process.stderr.write(`\n${report}\n\n`);
          throw new AstroError(
            "内容检查未通过，网站没有生成。",
            "请按上面每一条的“怎么改”修改内容文件，再重新构建；也可以先运行 npm run check 只做检查。",
          );
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
