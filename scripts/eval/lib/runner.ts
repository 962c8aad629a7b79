/**
 * Runs benchmark queries in headless Chromium against a built site: through
 * the search page's own code (<zg-search>.runQuery) for ours, and through
 * Pagefind's plain search API over /pagefind-stock/ for the baseline.
 */
import type { Browser, Page } from "playwright-core";
import { RANK_MEASURE } from "../../../src/lib/search/engine.ts";
import { launchChromium } from "../../common/browser.ts";
import { serveStatic } from "../../common/static-server.ts";
import type { QueryRun } from "./metrics.ts";
import type { EvalQuery } from "./queries.ts";

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

/**
 * Resolves when the search page has finished its search (it marks itself
 * ready once the results, or the empty-result message, are shown). Waits in
 * the page, on attribute changes: Playwright's waitForSelector first injects
 * its own large script into a fresh page, which made our first query look
 * 300–500 ms slower than the baseline's (BENCHMARKS.md).
 */
function searchPageReady(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const element = document.querySelector<HTMLElement>("zg-search");
        if (!element) return reject(new Error("no <zg-search> on the search page"));
        const done = () => element.dataset["state"] === "ready" && resolve();
        new MutationObserver(done).observe(element, { attributes: true, attributeFilter: ["data-state"] });
        done();
        setTimeout(() => reject(new Error("the search page did not become ready in 60 s")), 60_000);
      }),
  );
}

async function openEngine(page: Page, origin: string, engine: Engine, query?: string): Promise<void> {
  if (engine === "ours") {
    await page.goto(`${origin}/search/${query ? `?q=${encodeURIComponent(query)}` : ""}`);
    await searchPageReady(page);
  } else {
    // A page as light as the search page (the site map would add 230 KB of links to stock's time).
    await page.goto(`${origin}/404.html`);
    await page.evaluate(async () => {
      const pf = (await import(/* @vite-ignore */ `${location.origin}/pagefind-stock/pagefind.js`)) as {
        init(): Promise<void>;
      };
      await pf.init();
      (window as unknown as { stock: unknown }).stock = pf;
    });
  }
}

async function ask(page: Page, engine: Engine, query: string): Promise<Answer> {
  if (engine === "ours") {
    // The search page's own interface: <zg-search>.runQuery searches as the form does, and each
    // search records a User Timing measure from the query to ranked results (RANK_MEASURE, src/lib/search/engine.ts).
    return page.evaluate(
      async ([q, measure]) => {
        const started = performance.now();
        const element = document.querySelector("zg-search") as HTMLElement & {
          runQuery(q: string): Promise<string[]>;
        };
        const urls = await element.runQuery(q);
        const rankMs = performance.getEntriesByName(measure, "measure").at(-1)?.duration ?? Number.NaN;
        return { urls, ms: performance.now() - started, rankMs };
      },
      [query, RANK_MEASURE] as const,
    );
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

/** The set of Traditional-character queries (queries.ts): warm runs only. */
export const TRADITIONAL_SET = "traditional";

/** Every query of `sets` on one warm page of `engine`, in turn. */
async function warmRuns(
  browser: Browser,
  origin: string,
  engine: Engine,
  sets: Record<string, EvalQuery[]>,
  unique: (urls: string[]) => string[],
): Promise<Record<string, QueryRun[]>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openEngine(page, origin, engine);
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
    return runs;
  } finally {
    await context.close();
  }
}

/** One query on a fresh page of `engine` (a new browser profile, nothing cached): time and KB of the search engine's requests. */
async function freshRun(
  browser: Browser,
  origin: string,
  engine: Engine,
  query: string,
): Promise<{ ms: number; kb: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let bytes = 0;
    let measuring = true;
    const pending: Array<Promise<void>> = [];
    page.on("requestfinished", (request) => {
      // After the first query, the search page goes on to load the filter menus: not counted.
      if (!measuring || !/\/pagefind(-stock)?\//.test(request.url())) return;
      pending.push(
        request.sizes().then(
          (s) => {
            bytes += s.responseBodySize + s.responseHeadersSize;
          },
          () => {}, // the context closed before the sizes came: the request was not part of the query
        ),
      );
    });
    const started = performance.now();
    if (engine === "ours") {
      // Ready once the first results (or the empty-result message) are shown.
      await openEngine(page, origin, engine, query);
    } else {
      await openEngine(page, origin, engine);
      await ask(page, engine, query);
    }
    const ms = performance.now() - started;
    measuring = false;
    await Promise.all(pending);
    return { ms, kb: bytes / 1024 };
  } finally {
    await context.close();
  }
}

/**
 * Runs the query sets on each engine, warm (one page, every query), then a
 * sample of them on fresh pages, the engines taking turns query by query (and
 * going first in turn), so that neither meets a busier machine than the other.
 */
export async function runQueries(
  dist: string,
  engines: readonly Engine[],
  sets: Record<string, EvalQuery[]>,
  options: { freshCount: number; fileOf: (url: string) => string },
): Promise<Record<Engine, RunnerResult>> {
  const server = await serveStatic(dist, "/");
  const chromium = await launchChromium();
  const unique = (urls: string[]) => [...new Set(urls.map(options.fileOf))];
  try {
    const results = {} as Record<Engine, RunnerResult>;
    for (const engine of engines) {
      results[engine] = {
        runs: await warmRuns(chromium.browser, server.origin, engine, sets, unique),
        fresh: { ms: [], kb: [] },
      };
    }
    // The Traditional variants repeat title queries: fresh pages are for the sets as typed.
    const sample = Object.entries(sets)
      .flatMap(([name, queries]) => (name === TRADITIONAL_SET ? [] : queries))
      .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / options.freshCount)) === 0)
      .slice(0, options.freshCount);
    for (const [i, query] of sample.entries()) {
      const order = i % 2 === 0 ? engines : [...engines].reverse();
      for (const engine of order) {
        const run = await freshRun(chromium.browser, server.origin, engine, query.q);
        results[engine].fresh.ms.push(run.ms);
        results[engine].fresh.kb.push(run.kb);
      }
    }
    return results;
  } finally {
    await chromium.close();
    await server.close();
  }
}
