/**
 * npm run eval:search — search quality and speed on the real-law corpus.
 *
 * Builds a copy of the portal whose rules are ../shared/corpus/laws (real
 * layouts, real index), also indexes the same pages with stock Pagefind
 * (lang="zh-CN", default settings), then runs generated queries in headless
 * Chromium through the search page's own code and prints both side by side.
 *
 *   --seed N       query generation seed (default 1)
 *   --count N      queries per generated set (default 200)
 *   --queries F    also run a JSON list [{"q": "…", "expect": ["行政法规/….md"]}]
 *   --quick        a small sample (150 laws, 20 queries a set) to prove it works
 *   --fresh N      fresh-page measurements per engine (default 20)
 *   --copies N     import every law N times under new ids (default 1; 4 for the 4× figures)
 *   --corpus DIR   corpus folder (default ../shared/corpus/laws)
 *   --json         print the figures as one JSON object on the last line
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as OpenCC from "opencc-js/cn2t";
import * as pagefind from "pagefind";
import { indexSeconds } from "../bench/lib/report.ts";
import { corpusDirOrExit, listCorpus, readCorpus } from "../common/corpus.ts";
import { buildCorpusSite, createCorpusSite } from "../common/corpus-site.ts";
import {
  phraseQueries,
  seededRandom,
  titleQueries,
  traditionalQueries,
  type EvalQuery,
} from "./lib/queries.ts";
import {
  meanReciprocalRank,
  percentile,
  recallAt,
  successAt,
  zeroResultRate,
  type QueryRun,
} from "./lib/metrics.ts";
import { runQueries, TRADITIONAL_SET, type Engine } from "./lib/runner.ts";

const { values: args } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    count: { type: "string" },
    queries: { type: "string" },
    quick: { type: "boolean", default: false },
    fresh: { type: "string" },
    copies: { type: "string", default: "1" },
    corpus: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

const corpusDir = corpusDirOrExit(args.corpus);
const seed = Number(args.seed);
const copies = Number(args.copies);
if (!Number.isInteger(copies) || copies < 1) {
  console.error(`--copies 应是正整数（每部法律导入的份数），收到的是 ${args.copies}`);
  process.exit(2);
}
const count = Number(args.count ?? (args.quick ? 20 : 200));
const freshCount = Number(args.fresh ?? (args.quick ? 3 : 20));
const log = (line: string) => console.error(line);

// The eval measures search over the corpus as it is. The content check's findings there are its own
// report (npm run check): one law has a Traditional character (諮), an error that would stop the build.
process.env["ZUGONG_CONTENT_CHECKED"] ??= "1";

const random = seededRandom(seed);
let files = listCorpus(corpusDir);
if (args.quick) files = files.filter((_, i) => i % Math.ceil(files.length / 150) === 0);
const laws = readCorpus(corpusDir, files).filter((law) => law.body.length > 0);
const sets: Record<string, EvalQuery[]> = {
  title: titleQueries(laws, count, random),
  phrase: phraseQueries(laws, count, random),
};
// The title queries again in Traditional characters, run after the others (so their figures are
// as before) and counted on their own.
sets[TRADITIONAL_SET] = traditionalQueries(sets["title"] ?? [], OpenCC.Converter({ from: "cn", to: "tw" }));
if (args.queries) {
  const custom = JSON.parse(readFileSync(args.queries, "utf8")) as Array<{ q: string; expect: string[] }>;
  sets["queries"] = custom.map((c) => ({ kind: "custom", q: c.q, expect: c.expect }));
}

log(
  `语料 ${laws.length} 篇${copies > 1 ? ` × ${copies} 份` : ""}；查询：标题 ${sets["title"]?.length}、短语 ${sets["phrase"]?.length}、繁体标题 ${sets[TRADITIONAL_SET]?.length}${args.queries ? `、自带 ${sets["queries"]?.length}` : ""}（种子 ${seed}）`,
);
const site = createCorpusSite(laws, copies);
try {
  log("构建站点（页面 + 搜索索引）……");
  const dist = path.join(site.root, "dist");
  const build = await buildCorpusSite(site, dist);
  const indexMs = (indexSeconds(build.output) ?? NaN) * 1000;
  log(`构建用时 ${(build.ms / 1000).toFixed(1)} 秒，其中搜索索引 ${(indexMs / 1000).toFixed(1)} 秒`);

  log("用默认设置的 Pagefind 建立对照索引……");
  const stockStarted = performance.now();
  const { index } = await pagefind.createIndex();
  if (!index) throw new Error("Pagefind 无法启动");
  await index.addDirectory({ path: dist });
  await index.writeFiles({ outputPath: path.join(dist, "pagefind-stock") });
  await pagefind.close();
  const stockIndexMs = performance.now() - stockStarted;

  const fileOf = (url: string) => site.files.get(/\/rules\/([^/#?]+)/.exec(url)?.[1] ?? "") ?? url;
  log("在 Chromium 中运行查询：本站搜索和默认 Pagefind（新页面的查询两者轮流进行）……");
  const results = await runQueries(dist, ["ours", "stock"], sets, { freshCount, fileOf });
  const report: Record<string, Record<string, unknown>> = {};
  for (const engine of ["ours", "stock"] as Engine[])
    report[engine] = summarise(results[engine].runs, results[engine].fresh);
  const ours = report["ours"] as Record<string, unknown>;
  const output = {
    ...ours,
    baseline: report["stock"],
    build_ms: Math.round(build.ms),
    index_ms: Math.round(indexMs),
    stock_index_ms: Math.round(stockIndexMs),
    corpus_docs: laws.length,
    copies,
    seed,
  };
  printTable(report, build.ms, indexMs, stockIndexMs);
  if (args.json) console.log(JSON.stringify(output));
} finally {
  site.remove();
}

function summarise(
  runs: Record<string, QueryRun[]>,
  fresh: { ms: number[]; kb: number[] },
): Record<string, unknown> {
  const all = Object.entries(runs).flatMap(([name, set]) => (name === TRADITIONAL_SET ? [] : set));
  const traditional = runs[TRADITIONAL_SET] ?? [];
  const title = runs["title"] ?? [];
  const phrase = runs["phrase"] ?? [];
  const custom = runs["queries"];
  return {
    title: {
      success_at_1: successAt(title, 1),
      success_at_5: successAt(title, 5),
      mrr: meanReciprocalRank(title),
    },
    phrase: {
      recall_at_5: recallAt(phrase, 5),
      recall_at_10: recallAt(phrase, 10),
      mrr: meanReciprocalRank(phrase),
    },
    traditional: {
      queries: traditional.length,
      success_at_1: successAt(traditional, 1),
      success_at_5: successAt(traditional, 5),
    },
    ...(custom
      ? { queries: { success_at_1: successAt(custom, 1), success_at_5: successAt(custom, 5) } }
      : {}),
    zero_result_rate: zeroResultRate(all),
    latency_ms: {
      warm_median: percentile(
        all.map((r) => r.ms),
        50,
      ),
      warm_p95: percentile(
        all.map((r) => r.ms),
        95,
      ),
      warm_rank_median: percentile(
        all.map((r) => r.rankMs ?? r.ms),
        50,
      ),
      fresh_median: percentile(fresh.ms, 50),
    },
    first_query_kb: percentile(fresh.kb, 50),
  };
}

function printTable(
  report: Record<string, Record<string, unknown>>,
  buildMs: number,
  indexMs: number,
  stockMs: number,
) {
  const get = (engine: string, key: string) =>
    key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], report[engine]);
  const rows: Array<[string, string]> = [
    ["标题查询 success@1", "title.success_at_1"],
    ["标题查询 success@5", "title.success_at_5"],
    ["标题查询 MRR", "title.mrr"],
    ["短语查询 recall@5", "phrase.recall_at_5"],
    ["短语查询 recall@10", "phrase.recall_at_10"],
    ["短语查询 MRR", "phrase.mrr"],
    ["繁体标题查询 success@1", "traditional.success_at_1"],
    ["繁体标题查询 success@5", "traditional.success_at_5"],
    ...(report["ours"]?.["queries"]
      ? ([
          ["自带查询 success@1", "queries.success_at_1"],
          ["自带查询 success@5", "queries.success_at_5"],
        ] as Array<[string, string]>)
      : []),
    ["零结果率", "zero_result_rate"],
    ["查询耗时中位数（已加载，到显示 10 条结果）ms", "latency_ms.warm_median"],
    ["查询耗时 p95（已加载，到显示 10 条结果）ms", "latency_ms.warm_p95"],
    ["排序耗时中位数（已加载，到得出结果顺序）ms", "latency_ms.warm_rank_median"],
    ["新页面首次查询耗时中位数 ms", "latency_ms.fresh_median"],
    ["新页面首次查询传输量 KB", "first_query_kb"],
  ];
  const lines = ["| 指标 | 本站搜索 | 默认 Pagefind |", "| --- | --- | --- |"];
  for (const [label, key] of rows)
    lines.push(`| ${label} | ${String(get("ours", key))} | ${String(get("stock", key))} |`);
  lines.push(`| 建立索引 ms | ${Math.round(indexMs)} | ${Math.round(stockMs)} |`);
  lines.push(`| 整站构建（含索引）ms | ${Math.round(buildMs)} | — |`);
  console.log(lines.join("\n"));
}
