/** Search-quality and speed figures from ranked results (pure, so it is unit-tested). */

export interface QueryRun {
  /** Corpus files that are correct answers. */
  expect: readonly string[];
  /** Corpus files of the results, best first (duplicates removed). */
  ranked: readonly string[];
  /** Milliseconds until the results were shown. */
  ms: number;
  /** Milliseconds until the ranked list was known (before loading the shown results). */
  rankMs?: number;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** Share of queries with a correct answer among the first k results. */
export function successAt(runs: readonly QueryRun[], k: number): number {
  if (runs.length === 0) return 0;
  return round(
    runs.filter((r) => r.ranked.slice(0, k).some((f) => r.expect.includes(f))).length / runs.length,
  );
}

/** Mean share of each query's correct answers found among the first k results. */
export function recallAt(runs: readonly QueryRun[], k: number): number {
  if (runs.length === 0) return 0;
  const sum = runs.reduce((acc, r) => {
    const found = new Set(r.ranked.slice(0, k).filter((f) => r.expect.includes(f)));
    return acc + found.size / new Set(r.expect).size;
  }, 0);
  return round(sum / runs.length);
}

/** Mean reciprocal rank of the first correct answer (0 when none is found). */
export function meanReciprocalRank(runs: readonly QueryRun[]): number {
  if (runs.length === 0) return 0;
  const sum = runs.reduce((acc, r) => {
    const rank = r.ranked.findIndex((f) => r.expect.includes(f));
    return acc + (rank < 0 ? 0 : 1 / (rank + 1));
  }, 0);
  return round(sum / runs.length);
}

export function zeroResultRate(runs: readonly QueryRun[]): number {
  if (runs.length === 0) return 0;
  return round(runs.filter((r) => r.ranked.length === 0).length / runs.length);
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index] as number, 1);
}
