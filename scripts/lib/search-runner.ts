/**
 * Runs benchmark queries in headless Chromium against a built site: through
 * the search page's own code (<zg-search>.runQuery) for ours, and through
 * Pagefind's plain search API over /pagefind-stock/ for the baseline.
 */
import type { Page } from "playwright-core";
import { launchChromium } from "./browser.ts";
import { serveStatic } from "./static-server.ts";
import type { QueryRun } from "./search-metrics.ts";
import type { EvalQuery } from "./search-queries.ts";

export type Engine = "ours" | "stock";

/** How many results are loaded and compared, as the search page shows at first. */
const SHOWN = 10;

interface Answer {
  urls: string[];
  /** Until the results are shown (loaded, ranked, rendered). */
  ms: number;
  /** Until the ranked list is known, before the shown results are loaded. */
  rankMs: number;
}

async function openEngine(page: Page, origin: string, engine: Engine, query?: string): Promise<void> {
  if (engine === "ours") {
    await page.goto(`${origin}/search/${query ? `?q=${encodeURIComponent(query)}` : ""}`);
    await page.waitForSelector("zg-search[data-state=ready]", { timeout: 60_000 });
  } else {
    // A page as light as the search page (the site map would add 230 KB of links to stock's time).
    await page.goto(`${origin}/404.html`);
    await page.evaluate(async () => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind-stock/pagefind.js`);
      await pf.init();
      (window as unknown as { stock: unknown }).stock = pf;
    });
  }
}

async function ask(page: Page, engine: Engine, query: string): Promise<Answer> {
  if (engine === "ours") {
    return page.evaluate(async (q) => {
      const started = performance.now();
      const element = document.querySelector("zg-search") as HTMLElement & {
        runQuery(q: string): Promise<string[]>;
      };
      const urls = await element.runQuery(q);
      return { urls, ms: performance.now() - started, rankMs: Number(element.dataset["rankMs"]) };
    }, query);
  }
  return page.evaluate(
    async ({ q, shown }) => {
      type Stock = { search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }> };
      const stock = (window as unknown as { stock: Stock }).stock;
      const started = performance.now();
      const search = await stock.search(q);
      const rankMs = performance.now() - started;
      const data = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
      return { urls: data.map((d) => d.url), ms: performance.now() - started, rankMs };
    },
    { q: query, shown: SHOWN },
  );
}

export interface RunnerResult {
  runs: Record<string, QueryRun[]>;
  fresh: { ms: number[]; kb: number[] };
}

export async function runQueries(
  dist: string,
  engine: Engine,
  sets: Record<string, EvalQuery[]>,
  options: { freshCount: number; fileOf: (url: string) => string },
): Promise<RunnerResult> {
  const server = await serveStatic(dist, "/");
  const chromium = await launchChromium();
  const unique = (urls: string[]) => [...new Set(urls.map(options.fileOf))];
  try {
    // Warm: one page, every query in turn.
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await openEngine(page, server.origin, engine);
    await ask(page, engine, "示例"); // let the engine settle
    const runs: Record<string, QueryRun[]> = {};
    for (const [name, queries] of Object.entries(sets)) {
      runs[name] = [];
      for (const query of queries) {
        const answer = await ask(page, engine, query.q);
        runs[name].push({
          expect: query.expect,
          ranked: unique(answer.urls),
          ms: answer.ms,
          rankMs: answer.rankMs,
        });
      }
    }
    await context.close();

    // Fresh: a new browser profile per query, nothing cached; time and bytes of the search engine's requests.
    const fresh = { ms: [] as number[], kb: [] as number[] };
    const sample = Object.values(sets)
      .flat()
      .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / options.freshCount)) === 0)
      .slice(0, options.freshCount);
    for (const query of sample) {
      const freshContext = await chromium.browser.newContext();
      const freshPage = await freshContext.newPage();
      let bytes = 0;
      const pending: Array<Promise<void>> = [];
      freshPage.on("requestfinished", (request) => {
        if (!/\/pagefind(-stock)?\//.test(request.url())) return;
        pending.push(
          request.sizes().then((s) => {
            bytes += s.responseBodySize + s.responseHeadersSize;
          }),
        );
      });
      const started = performance.now();
      if (engine === "ours") {
        await openEngine(freshPage, server.origin, engine, query.q);
        await freshPage.waitForFunction(
          () =>
            document.querySelector(".search-results li") ||
            /没有找到/.test(document.querySelector(".search-status")?.textContent ?? ""),
        );
      } else {
        await openEngine(freshPage, server.origin, engine);
        await ask(freshPage, engine, query.q);
      }
      fresh.ms.push(performance.now() - started);
      await Promise.all(pending);
      fresh.kb.push(bytes / 1024);
      await freshContext.close();
    }
    return { runs, fresh };
  } finally {
    await chromium.close();
    await server.close();
  }
}
