import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `input`, when it is close enough to be a likely
 * typo (at most half the length of the longer string, and at most 3 edits).
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(3, Math.ceil(Math.max(input.length, best.length) / 2));
  return bestDistance <= limit ? best : undefined;
}
