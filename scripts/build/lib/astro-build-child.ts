/**
 * `astro build` in a child process of scripts/build/build.ts: node astro-build-child.ts ROOT OUTDIR.
 * Astro keeps 1–2 GB of memory until its process ends, so the search index is
 * built only after this process has exited (see scripts/build/build.ts), and the two
 * never hold memory at once. If the parent build is killed, this child stops
 * too, so nothing keeps writing into a folder the next build will clean up.
 */
import { build } from "astro";

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  console.error("用法：node scripts/build/lib/astro-build-child.ts 项目目录 输出目录");
  process.exit(2);
}

const parent = process.ppid;
setInterval(() => {
  // Orphaned (the parent was killed, even with SIGKILL): stop at once.
  if (process.ppid !== parent) process.exit(1);
}, 200).unref();

// The parent builds the search index after this process ends (src/integrations/search-index.ts),
// and has checked the content already (src/integrations/content-guard.ts).
process.env["ZUGONG_SEARCH_INDEX"] = "after-build";
process.env["ZUGONG_CONTENT_CHECKED"] = "1";
try {
  await build({ root, outDir });
} catch (error) {
  const e = error as Error & { hint?: string };
  console.error(`\n原因：${e.message}`);
  if (e.hint) console.error(`怎么改：${e.hint}`);
  if (process.env["DEBUG"]) console.error(e.stack);
  process.exit(1);
}
// Astro and Vite may leave handles open; the build is done.
process.exit(0);
