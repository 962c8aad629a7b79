import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `input`, when it is close enough to be a likely
 * typo (at most half the length of the longer string, and at most 3 edits);
 * otherwise the one candidate that contains it, a value written short
 * (座谈讨论 for 组工干部座谈讨论).
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
  if (bestDistance <= limit) return best;
  const containing = input.trim().length >= 2 ? candidates.filter((c) => c.includes(input.trim())) : [];
  return containing.length === 1 ? containing[0] : undefined;
}
