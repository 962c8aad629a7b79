/**
 * The one marker for "the editor still has to fill this in": the text 待填写,
 * written by `npm run new` and `npm run import` wherever they could not fill a
 * value. The content check reports every one left as an error, so a file that
 * was scaffolded but not finished cannot be published.
 */

export const PLACEHOLDER = "待填写";

/** Whether a front-matter value is (still) the placeholder, e.g. "待填写" or "待填写：发文机关". */
export const isPlaceholder = (value: unknown): boolean =>
  typeof value === "string" && value.trim().startsWith(PLACEHOLDER);

/**
 * Paths of the values in `data` that are still the placeholder. A list is
 * reported once, by its own key, however many of its items are placeholders.
 */
export function placeholderPaths(data: unknown, path: readonly PropertyKey[] = []): PropertyKey[][] {
  if (isPlaceholder(data)) return [[...path]];
  if (Array.isArray(data)) {
    return data.some((item) => placeholderPaths(item).length > 0) ? [[...path]] : [];
  }
  if (data !== null && typeof data === "object" && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => placeholderPaths(value, [...path, key]));
  }
  return [];
}

/** Whether `path` lies under (or is) `prefix`. */
export const isUnder = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean =>
  prefix.every((key, i) => path[i] === key);
